package chars

import (
	"strings"
	"testing"
)

func TestEscapeShowsWhatActsOnTheTerminal(t *testing.T) {
	for in, want := range map[string]string{
		"plain åäö\n\ttab":           "plain åäö\n\ttab",
		"/tmp/x\x1b[31mRED\a":        `/tmp/x\x1b[31mRED\a`,
		"a\u202egnp.exe":             `a\u202egnp.exe`,
		"bad \xff byte":              `bad \xff byte`,
		"Error parsing \x1b[2Jen_US": `Error parsing \x1b[2Jen_US`,
	} {
		if got := Escape(in); got != want {
			t.Errorf("Escape(%q) = %q, want %q", in, got, want)
		}
	}
}

// A character cut between two writes is escaped, or kept, whole.
func TestEscapeWriterKeepsCharactersWhole(t *testing.T) {
	var b strings.Builder
	e := &EscapeWriter{W: &b}
	in := "å\u202eö\x1b"
	for i := range len(in) {
		e.Write([]byte{in[i]})
	}
	e.Write([]byte{0xe2, 0x80}) // the start of a character that never ends
	e.Flush()
	if want := `å\u202eö\x1b\xe2\x80`; b.String() != want {
		t.Errorf("wrote %q, want %q", b.String(), want)
	}
}
