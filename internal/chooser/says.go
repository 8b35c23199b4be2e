package chooser

import (
	"github.com/biometria/kontoguiden/internal/chars"
	"github.com/biometria/kontoguiden/internal/detect"
	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
)

// Tone is how a line about the address reads: news, good news, or a
// warning.
type Tone int

// The tones of a line.
const (
	Plain Tone = iota
	Good
	Warning
)

// MaxShownDomain is as much of a domain as a line about it shows, so that
// a very long one cannot make the line grow.
const MaxShownDomain = 24

// Says is what the chooser makes of the address, as one line under it:
// the online check under way, a suggestion, or why there is none. settled
// says the person has paused or left the field: only then is an address
// judged incomplete, misspelt or unknown, never while it is being typed.
func (s *State) Says(settled bool) (i18n.Text, Tone) {
	if a, ok := s.Asking(); ok {
		return i18n.Key("chooser.checking", chars.Shorten(a.Domain, MaxShownDomain)), Plain
	}
	if s.Picked() && s.Account() == guide.NoAddress && s.Address() != "" {
		return i18n.Key("chooser.none-but-typed"), Warning
	}
	if sug, ok := s.Suggested(); ok {
		if s.Account() != sug.Account {
			return i18n.Key("chooser.suggestion.other", guide.KindOf(sug.Account).Name(), guide.KindOf(s.Account()).Name()), Warning
		}
		return i18n.Key("chooser.suggestion", sug.Reason), Good
	}
	if d, ok := s.Unchecked(); ok && !s.Picked() {
		return i18n.Key("chooser.unchecked", chars.Shorten(d, MaxShownDomain)), Plain
	}
	if t := s.unknown(settled); !t.IsZero() {
		return t, Warning
	}
	if s.Address() == "" && !s.Picked() {
		return i18n.Key("chooser.skip"), Plain
	}
	return i18n.Text{}, Plain
}

// unknown says, once the person has paused, what the guide cannot tell of
// the address: that it is not whole yet, that it looks like a slip of the
// keys, or that the guide does not know it.
func (s *State) unknown(settled bool) i18n.Text {
	a := s.Address()
	if !settled || a == "" {
		return i18n.Text{}
	}
	d := detect.Domain(a)
	switch right, misspelt := detect.Misspelt(d); {
	case !detect.Complete(d):
		return i18n.Key("chooser.malformed")
	case misspelt:
		return i18n.Key("chooser.misspelt", chars.Shorten(d, MaxShownDomain), right)
	case s.Picked(): // they know their kind; the guide not knowing the domain is no news
		return i18n.Text{}
	}
	return i18n.Key("chooser.unknown", chars.Shorten(d, MaxShownDomain))
}
