// Package guide holds what Biometria's instruction "Självregistrera ett
// Biometria-konto" (v1.0) says: the kinds of account a person can have, what
// they may need, the four registration paths of its section 4 and the steps of
// each. It is data first; every screen and every printout renders it, so a
// changed step or address is a change here and nowhere else.
package guide

import (
	"fmt"
	"strings"
)

// Lang is a language the guide is written in.
type Lang string

// The guide's languages: Swedish first, English second.
const (
	Swedish Lang = "sv"
	English Lang = "en"
)

// Langs lists the languages in the order a person is offered them.
var Langs = []Lang{Swedish, English}

// ParseLang accepts "sv" or "en".
func ParseLang(s string) (Lang, error) { return parseID("language", s, Langs) }

// Text is one piece of text in both languages.
type Text struct {
	SV string
	EN string
}

// In returns the text in language l; English falls back to Swedish so that a
// person never sees an empty line.
func (t Text) In(l Lang) string {
	if l == English && t.EN != "" {
		return t.EN
	}
	return t.SV
}

// Replace fills a placeholder in both languages, each with its own word.
func (t Text) Replace(old string, with Text) Text {
	return Text{
		SV: strings.ReplaceAll(t.SV, old, with.SV),
		EN: strings.ReplaceAll(t.EN, old, with.EN),
	}
}

// Help is advice for one thing that can go wrong at a step.
type Help struct {
	Problem Text // what the person sees, in their words
	Fix     Text // what to do about it
}

// In gives the help as one line, for printouts.
func (h Help) In(l Lang) string {
	return h.Problem.In(l) + " – " + h.Fix.In(l)
}

// Step is one thing the person does.
type Step struct {
	ID    string // stable: progress is saved by it
	Title Text
	// Body says what to do, as Biometria's instruction says it. Where it
	// speaks of the app's own buttons, Paper says the same for a printout.
	Body  Text
	Paper Text
	// Tip is the guide's own advice, shown as such: never Biometria's word.
	Tip Text
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
}

// Medium is where a text is read.
type Medium int

// On screen the app's buttons are beside the text; on paper they are not.
const (
	Screen Medium = iota
	Paper
)

// BodyOn is the step's text as read on m.
func (s Step) BodyOn(m Medium) Text {
	if m == Paper && s.Paper.SV != "" {
		return s.Paper
	}
	return s.Body
}

// Link is a page a step points at besides its own.
type Link struct {
	Label Text
	URL   string
}

// Statement is one thing the guide tells a person: a fact from Biometria's
// instruction, or, where Advice is set, the guide's own advice.
type Statement struct {
	Text   Text
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
