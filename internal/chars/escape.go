package chars

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Escape shows every character a person does not see (Unseen) as a \u
// escape, and leaves the rest, line breaks and tabs included: text from
// outside (a file name, a kit's value, a locale) can then be printed to a
// terminal or a log without moving the cursor, clearing the screen or
// turning the text after it round.
func Escape(s string) string { return EscapeWhere(s, escaped) }

// EscapeWhere shows every character for which hide is true as a \u
// escape (a stray byte as \x), and leaves the rest.
func EscapeWhere(s string, hide func(rune) bool) string {
	if strings.IndexFunc(s, hide) < 0 {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], string(utf8.RuneError)):
			b.WriteString(`\x` + strconv.FormatUint(uint64(s[i]), 16)) // a stray byte
		case hide(r):
			b.WriteString(strings.Trim(strconv.QuoteRuneToASCII(r), "'"))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func escaped(r rune) bool { return r != '\n' && r != '\t' && Unseen(r) }

// EscapeWriter escapes, as Escape does, everything written through it.
// A character cut between two writes is held until the next; Flush writes
// what is held.
type EscapeWriter struct {
	W    io.Writer
	held []byte
}

func (e *EscapeWriter) Write(p []byte) (int, error) {
	data := append(e.held, p...)
	cut := len(data)
	for i := max(0, len(data)-utf8.UTFMax+1); i < len(data); i++ {
		if utf8.RuneStart(data[i]) && !utf8.FullRune(data[i:]) {
			cut = i
			break
		}
	}
	e.held = append([]byte(nil), data[cut:]...)
	if _, err := io.WriteString(e.W, Escape(string(data[:cut]))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes a character left cut at the end, escaped.
func (e *EscapeWriter) Flush() error {
	if len(e.held) == 0 {
		return nil
	}
	s := Escape(string(e.held))
	e.held = nil
	_, err := io.WriteString(e.W, s)
	return err
}
