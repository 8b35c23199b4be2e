package kit

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"
)

// decode gives a kit's text as UTF-8, whatever Windows saved it as:
// UTF-8 with or without Notepad's mark, or UTF-16 with its mark (what
// PowerShell 5.1's Out-File writes). Anything else, such as the ANSI that
// its Set-Content writes ("Växjö" as one byte a letter), is a problem that
// names its line and says how to save the file, rather than a parser error
// about a byte. The result is at most half as long again as data, so the
// size limit in front still bounds the parser behind.
func decode(data []byte) ([]byte, *Problem) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		return fromUTF16(data[2:], func(b []byte) uint16 { return uint16(b[0]) | uint16(b[1])<<8 })
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		return fromUTF16(data[2:], func(b []byte) uint16 { return uint16(b[0])<<8 | uint16(b[1]) })
	}
	if !utf8.Valid(data) {
		p := problem("file", "kit.encoding")
		p.Line = 1 + bytes.Count(data[:firstInvalid(data)], []byte("\n"))
		return nil, &p
	}
	return data, nil
}

// fromUTF16 turns UTF-16 code units, read two bytes at a time by unit,
// into UTF-8. An odd byte at the end, or half of a surrogate pair, is a
// file that is not UTF-16 after all.
func fromUTF16(data []byte, unit func([]byte) uint16) ([]byte, *Problem) {
	if len(data)%2 != 0 {
		p := problem("file", "kit.encoding")
		return nil, &p
	}
	units := make([]uint16, len(data)/2)
	for i := range units {
		units[i] = unit(data[2*i:])
	}
	out := make([]byte, 0, len(data)*3/2)
	for _, r := range utf16.Decode(units) {
		if r == utf8.RuneError {
			p := problem("file", "kit.encoding")
			p.Line = 1 + bytes.Count(out, []byte("\n"))
			return nil, &p
		}
		out = utf8.AppendRune(out, r)
	}
	return out, nil
}

// firstInvalid is the offset of data's first byte that is not UTF-8.
func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(data)
}
