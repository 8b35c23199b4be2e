// Package guide holds what Biometria's instruction "Självregistrera ett
// Biometria-konto" (v1.0) says: the kinds of account a person can have, what
// they may need, the four registration paths of its section 4 and the steps of
// each. It is data first; every screen and every printout renders it, so a
// changed step or address is a change here and nowhere else. Its words are
// in each language's file of the catalogue (internal/i18n), keyed by the
// step's, path's or kind's ID.
package guide

import (
	"fmt"
	"maps"
	"reflect"
	"strings"

	"github.com/biometria/kontoguiden/internal/i18n"
)

// Help is advice for one thing that can go wrong at a step. Its words are
// help.<ID>.problem and help.<ID>.fix.
type Help struct {
	ID string
	// vars fill the help's placeholders, as its step's are filled.
	vars map[string]any
}

// Problem is what the person sees, in their words.
func (h Help) Problem() i18n.Text { return withVars(i18n.Key("help."+h.ID+".problem"), h.vars) }

// Fix is what to do about it.
func (h Help) Fix() i18n.Text { return withVars(i18n.Key("help."+h.ID+".fix"), h.vars) }

// Line is the help as one line, for printouts.
func (h Help) Line() i18n.Text { return i18n.Joined(" – ", h.Problem(), h.Fix()) }

// Parts are the texts a step has besides its title and body.
type Parts uint8

// A step's optional texts: step.<ID>.paper and step.<ID>.tip.
const (
	// HasPaper: the body speaks of the app's own buttons, and the paper
	// says the same for a printout.
	HasPaper Parts = 1 << iota
	// HasTip: the guide's own advice, shown as such, never as Biometria's word.
	HasTip
)

// Step is one thing the person does. Its words are step.<ID>.title,
// step.<ID>.body and, as Parts says, step.<ID>.paper and step.<ID>.tip.
type Step struct {
	ID    string // stable: progress is saved by it
	Parts Parts
	// URL is the https address to open when the step starts on a web page
	// that is not already in front of the person; empty otherwise.
	URL string
	// Links are further pages worth opening, such as Biometria's own
	// instruction for two-step verification.
	Links []Link
	Help  []Help
	// Pages are drawings of the web page the step happens on, as the
	// instruction's screenshots show it; none where it shows none.
	Pages []Page
	// MFA marks the closing step: it counts as done only when the person
	// confirms that two-step verification is active.
	MFA bool
	// Note is added to the body on some paths only.
	Note i18n.Text
	// Places are the placeholders of the step's texts, such as {service};
	// Checklist fills them for the person's path (vars). Two steps with
	// the same ID and the same values ask the same of the person.
	Places []string
	vars   map[string]any
}

// Title is the step's title.
func (s Step) Title() i18n.Text { return s.text("title") }

// Body says what to do, as Biometria's instruction says it.
func (s Step) Body() i18n.Text {
	if s.Note.IsZero() {
		return s.text("body")
	}
	return i18n.Joined("\n\n", s.text("body"), s.Note)
}

// Tip is the guide's own advice for the step; zero where it has none.
func (s Step) Tip() i18n.Text {
	if s.Parts&HasTip == 0 {
		return i18n.Text{}
	}
	return s.text("tip")
}

// PaperBody is the step's text as read on paper, where the app's buttons
// are not beside it: its paper text where it has one, else its body.
func (s Step) PaperBody() i18n.Text {
	if s.Parts&HasPaper == 0 {
		return s.Body()
	}
	if s.Note.IsZero() {
		return s.text("paper")
	}
	return i18n.Joined("\n\n", s.text("paper"), s.Note)
}

func (s Step) text(part string) i18n.Text {
	return withVars(i18n.Key("step."+s.ID+"."+part), s.vars)
}

// Same reports whether o asks the same of the person as s: the same step,
// with the same service and button. "Click the path's button" is not the
// same step on two paths with different buttons.
func (s Step) Same(o Step) bool {
	return s.ID == o.ID && maps.EqualFunc(s.vars, o.vars, func(a, b any) bool { return reflect.DeepEqual(a, b) })
}

func withVars(t i18n.Text, vars map[string]any) i18n.Text {
	for name, v := range vars {
		t = t.With(name, v)
	}
	return t
}

// Link is a page a step points at besides its own; its label is link.<ID>.
type Link struct {
	ID  string
	URL string
}

// Label is the link's words.
func (l Link) Label() i18n.Text { return i18n.Key("link." + l.ID) }

// Statement is one thing the guide tells a person: a fact from Biometria's
// instruction, or, where Advice is set, the guide's own advice.
type Statement struct {
	Text   i18n.Text
	Advice bool
}

// Strings turns IDs into plain strings, for messages and flags.
func Strings[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

// joinValues lists valid values for an error message.
func joinValues[T ~string](vs []T) string { return strings.Join(Strings(vs), ", ") }

// parseID accepts one of the valid IDs; anything else is an error that
// names what was wrong and lists the good ones, for the command line and kits.
func parseID[T ~string](what, s string, valid []T) (T, error) {
	for _, v := range valid {
		if string(v) == s {
			return v, nil
		}
	}
	return "", errUnknown(what, s, valid)
}

// errUnknown names a bad value and lists the good ones.
func errUnknown[T ~string](what, got string, valid []T) error {
	return fmt.Errorf("unknown %s %q: use one of %s", what, got, joinValues(valid))
}
