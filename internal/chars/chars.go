// Package chars cuts and wraps text for people to read. It counts
// characters as a person does: a letter with its accents (a + U+030A, "å"
// typed in two parts), a flag or an emoji family is one character, and it
// is never split. What it returns is always valid UTF-8: invalid bytes in
// what it is given become U+FFFD.
package chars

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-text/typesetting/segmenter"
)

// Ellipsis is what Shorten puts where it cut.
const Ellipsis = "…"

// Len is how many characters s has.
func Len(s string) int {
	s = valid(s)
	n := 0
	forChars(s, func(int) bool { n++; return true })
	return n
}

// Cut is s cut to at most max characters.
func Cut(s string, max int) string {
	s = valid(s)
	end, _ := cutAt(s, max)
	return s[:end]
}

// Shorten is s cut to at most max characters with the ellipsis counted,
// ending in the ellipsis where it was cut: for a name on a button, or a
// value in a message.
func Shorten(s string, max int) string {
	s = valid(s)
	if max < 1 {
		return ""
	}
	if _, more := cutAt(s, max); !more {
		return s
	}
	end, _ := cutAt(s, max-1)
	return s[:end] + Ellipsis
}

// Wrap breaks s into lines of at most width characters, at spaces (not at
// no-break spaces). The
// line breaks s has are kept, and a line that fits is left as it is; in
// one that does not, words are put one space apart, and a word longer than
// width stands whole on a line of its own.
func Wrap(s string, width int) []string {
	var out []string
	for _, line := range strings.Split(valid(s), "\n") {
		if _, more := cutAt(line, width); !more {
			out = append(out, line)
			continue
		}
		out = append(out, wrapLine(line, width)...)
	}
	return out
}

// wrapLine fills lines with the words of one line, greedily.
func wrapLine(s string, width int) []string {
	var lines []string
	line, n := "", 0
	for _, w := range strings.FieldsFunc(s, isSpace) {
		wn := Len(w)
		switch {
		case line == "":
			line, n = w, wn
		case n+1+wn <= width:
			line, n = line+" "+w, n+1+wn
		default:
			lines = append(lines, line)
			line, n = w, wn
		}
	}
	return append(lines, line)
}

// isSpace is where a line may break: at a space, but never at a no-break
// space, which joins on purpose ("Steg\u00a01").
func isSpace(r rune) bool {
	return unicode.IsSpace(r) && r != '\u00a0' && r != '\u2007' && r != '\u202f'
}

// cutAt is where in s (valid UTF-8) its first max characters end, and
// whether more follow.
func cutAt(s string, max int) (end int, more bool) {
	if max < 1 {
		return 0, s != ""
	}
	if utf8.RuneCountInString(s) <= max {
		return len(s), false // each character is a rune or more
	}
	end = len(s)
	forChars(s, func(start int) bool {
		if max == 0 {
			end, more = start, true
			return false
		}
		max--
		return true
	})
	return end, more
}

// forChars calls yield with where each character of s (valid UTF-8)
// starts, until yield returns false. It finds the characters with the
// Unicode rules (UAX #29) in a prefix of s, made longer only while yield
// asks for more: a kit's line of megabytes is not read whole to cut its
// first sixty characters.
func forChars(s string, yield func(start int) bool) {
	var seg segmenter.Segmenter
	done := 0 // characters already given, in earlier, shorter prefixes
	for k := 64; ; k *= 4 {
		runes, offsets, whole := prefix(s, k)
		seg.Init(runes)
		it := seg.GraphemeIterator()
		for i := 0; it.Next(); i++ {
			// Where a character starts is decided by the runes before it
			// and its own first (UAX #29 looks no further ahead), so each
			// start found in a prefix holds for all of s.
			if i < done {
				continue
			}
			done++
			if !yield(offsets[it.Grapheme().Offset]) {
				return
			}
		}
		if whole {
			return
		}
	}
}

// prefix is s's first k runes, where each starts in s, and whether that is
// all of s.
func prefix(s string, k int) (runes []rune, offsets []int, whole bool) {
	for i, r := range s {
		if len(runes) == k {
			return runes, offsets, false
		}
		runes, offsets = append(runes, r), append(offsets, i)
	}
	return runes, offsets, true
}

// valid is s with each invalid byte replaced by U+FFFD, as a conversion to
// runes does.
func valid(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return string([]rune(s))
}
