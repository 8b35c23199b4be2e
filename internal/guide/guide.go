// Package guide holds what Biometria's instruction "Självregistrera ett
// Biometria-konto" (v1.0) says: the kinds of account a person can have, what
// they may need, the four registration paths of its section 4 and the steps of
// each. It is data first; every screen and every printout renders it, so a
// changed step or address is a change here and nowhere else. Its words are
// in each language's file of the catalogue (internal/i18n), keyed by the
// step's, path's or kind's ID. What each text of the catalogue is, the
// app's own words, a fact with where it is written, or the guide's own
// advice, is here too (marks.go), the same for every language: screens
// and paper show advice under its label because its mark says so.
package guide

import (
	"fmt"
	"maps"
	"reflect"
	"strings"

	"github.com/biometria/kontoguiden/internal/i18n"
)

// Help is what to do about one thing that can go wrong at a step. Its
// words are help.<ID>.problem, help.<ID>.fix and, where Tip is set,
// help.<ID>.tip: the fix is a fact or the guide's advice, as its mark
// says, and the tip is always the guide's advice.
type Help struct {
	ID  string
	Tip bool
	// vars fill the help's placeholders, as its step's are filled.
	vars map[string]any
}

// Problem is what the person sees, in their words.
func (h Help) Problem() i18n.Text { return h.text("problem") }

// Texts say what to do about it, in order: the fix, and the guide's tip
// where it has one. Each is shown as its mark says (IsAdvice).
func (h Help) Texts() []i18n.Text {
	if !h.Tip {
		return []i18n.Text{h.text("fix")}
	}
	return []i18n.Text{h.text("fix"), h.text("tip")}
}

func (h Help) text(part string) i18n.Text { return withVars(i18n.Key("help."+h.ID+"."+part), h.vars) }

// Step is one thing the person does. Its words are step.<ID>.title,
// step.<ID>.body and, where Tip is set, step.<ID>.tip. They name no
// button of the app, so that the same words serve the screen, paper and
// a web page alike.
type Step struct {
	ID  string // stable: progress is saved by it
	Tip bool
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
	// Places are the placeholders of the step's texts, such as {service};
	// Checklist fills them for the person's path (vars). Two steps with
	// the same ID and the same values ask the same of the person.
	Places []string
	vars   map[string]any
}

// Title is the step's title.
func (s Step) Title() i18n.Text { return s.text("title") }

// Body says what to do, as Biometria's instruction says it.
func (s Step) Body() i18n.Text { return s.text("body") }

// Texts are what the step says, in order: its body and its tip, each a
// fact or the guide's advice as its mark says (IsAdvice). The screen shows
// the advice apart, under its label, and so does paper.
func (s Step) Texts() []i18n.Text {
	out := []i18n.Text{s.Body()}
	if s.Tip {
		out = append(out, s.text("tip"))
	}
	return out
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
