package chars

import (
	"unicode"
	"unicode/utf8"
)

// Unseen reports whether r acts on text or shows as nothing where a person
// reads it: control and formatting characters (a right-to-left override
// turns the text after it round), line and paragraph separators, private
// and unassigned code points, invalid bytes, and the fillers that look
// like blanks (U+3164 and its kin). Spaces a person can see are not.
func Unseen(r rune) bool {
	switch r {
	case utf8.RuneError, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800:
		return true
	}
	return unicode.In(r, unicode.Cc, unicode.Cf, unicode.Zl, unicode.Zp, unicode.Co, unicode.Cs) ||
		!unicode.IsPrint(r) && !unicode.IsSpace(r)
}
