package guide

import (
	"fmt"

	"github.com/biometria/kontoguiden/internal/i18n"
)

// Voice says whose word a text is. It is the same in every language, so it
// is kept here, by the text's key (marks), never in a language's file.
type Voice uint8

// The voices of a text. A text that mixes a fact with advice is two texts:
// each is shown as what it is.
const (
	// Unmarked is a key the table does not know: a test fails on it.
	Unmarked Voice = iota
	// Interface is the app's own words about itself: its buttons,
	// headings and messages, and what it does. It says nothing of
	// Biometria, Microsoft or Google that needs a source.
	Interface
	// Fact is what Biometria says, in the guide's own words; its mark
	// says where (Sources).
	Fact
	// Advice is the guide's own advice, shown under its label ("Tips från
	// Kontoguiden", "Kontoguidens råd"), never as Biometria's word.
	Advice
)

// String names the voice, for test messages.
func (k Voice) String() string {
	switch k {
	case Interface:
		return "interface"
	case Fact:
		return "fact"
	case Advice:
		return "advice"
	}
	return "unmarked"
}

// Source is where a fact is written: a section of Biometria's instruction
// "Självregistrera ett Biometria-konto" (source 1), and a numbered step of
// it, or an item of the project's facts (../shared/facts.md, which sums up
// source 1 and Biometria's page on two-step verification, source 2).
type Source struct {
	// Section is a section of the instruction, as its headings number
	// them: "1.1", "7".
	Section string
	// Step is a numbered step of Section; 0 for the section as a whole.
	Step int
	// Item is an item of facts.md, by its ID in FactItems.
	Item string
}

// String names the source as a person would look it up.
func (s Source) String() string {
	switch {
	case s.Item != "":
		return "facts.md: " + s.Item
	case s.Step > 0:
		return fmt.Sprintf("instruction %s, step %d", s.Section, s.Step)
	}
	return "instruction " + s.Section
}

// Mark is what a text is and, for a fact, where it comes from.
type Mark struct {
	Voice   Voice
	Sources []Source
}

// MarkOf is the mark of the text with this catalogue key.
func MarkOf(key string) Mark { return marks[key] }

// IsAdvice reports whether t is the guide's own advice: screens and paper
// show it under their advice label. Only a text of the catalogue can be;
// the words of a page or a list of texts never are.
func IsAdvice(t i18n.Text) bool { return MarkOf(t.Key()).Voice == Advice }

// Sections are the instruction's sections by number, with their headings
// and the numbers of the steps they have (none where they have none): a
// fact's source must be one of them.
var Sections = map[string]Section{
	"1":   {Heading: "Inledning och förutsättningar"},
	"1.1": {Heading: "När behöver du genomföra självregistrering?"},
	"2":   {Heading: "Så här går självregistreringen till", First: 1, Last: 3},
	"2.1": {Heading: "Nu har du kommit till läget där du kan självregistrera ett konto för Biometria Mina sidor", First: 4, Last: 4},
	"3":   {Heading: "Välj hur du vill registrera dig"},
	"4":   {Heading: "Vilket val ska du välja?"},
	"4.1": {Heading: "Klicka på det alternativ som passar dig"},
	"5":   {Heading: "Registrera dig med e-post", First: 1, Last: 9},
	"6":   {Heading: "Registrera dig med Microsoft", First: 1, Last: 10},
	"7":   {Heading: "Registrera dig med Microsoft (Microsoftaktivering)", First: 1, Last: 15},
	"8":   {Heading: "Registrera dig med Google", First: 1, Last: 7},
}

// Section is a section of the instruction: its heading and the numbers of
// its first and last steps.
type Section struct {
	Heading     string
	First, Last int
}

// FactItems are the items of facts.md that facts cite, by ID, each with
// words that facts.md has, so that a test can find it there.
var FactItems = map[string]string{
	"mfa-page":      "Instruction Activate Two-step Verification for your Biometria Account",
	"mfa-where":     "MFA is checked and activated at https://aktiveramfa.biometria.se. When it is done, the account is ready for VIOL 3.",
	"mfa-viol3":     `VIOL 3 services need MFA; only signing in to "Mina sidor" on the public website does not.`,
	"mfa-devices":   "One device (a phone or tablet with the app) or two (a computer plus a phone, scanning a QR code) can be used.",
	"mfa-app":       "Biometria recommends the Microsoft Authenticator app, installed from Google Play or the App Store before starting.",
	"mfa-tenant":    "A person who already has an MFA method registered in another Microsoft tenant (e.g. their employer's Office 365) does not need to register another one with Biometria.",
	"mfa-how-often": "How often MFA is asked depends on the service: every sign-in for certificate or integration credentials, daily for some, monthly for others.",
	"access-rights": `Access rights in VIOL 3 are not automatic: the organisation's "behörighetsansvarig" (authorisation manager) orders them.`,
}

// MarkProblems lists what is wrong with the marks of keys: a key without
// a mark, a fact without a source, a source that names no section, step
// or item the guide knows, a fact's source on anything but a fact, and a
// mark whose key is none of keys.
func MarkProblems(keys []string, marks map[string]Mark) []string {
	var out []string
	known := map[string]bool{}
	for _, k := range keys {
		known[k] = true
		m, ok := marks[k]
		switch {
		case !ok || m.Voice == Unmarked:
			out = append(out, fmt.Sprintf("%q is not marked as interface, fact or advice", k))
		case m.Voice == Fact && len(m.Sources) == 0:
			out = append(out, fmt.Sprintf("%q is a fact without a source", k))
		case m.Voice != Fact && len(m.Sources) > 0:
			out = append(out, fmt.Sprintf("%q is %s but has sources, as only a fact has", k, m.Voice))
		}
		for _, s := range m.Sources {
			if p := s.problem(); p != "" {
				out = append(out, fmt.Sprintf("%q: %s", k, p))
			}
		}
	}
	for k := range marks {
		if !known[k] {
			out = append(out, fmt.Sprintf("%q is marked but is no text", k))
		}
	}
	return out
}

// problem says what is wrong with a source; "" when nothing is.
func (s Source) problem() string {
	if s.Item != "" {
		if _, ok := FactItems[s.Item]; !ok || s.Section != "" || s.Step != 0 {
			return fmt.Sprintf("source %v is no item of facts.md the guide knows", s)
		}
		return ""
	}
	sec, ok := Sections[s.Section]
	switch {
	case !ok:
		return fmt.Sprintf("source %v is no section of the instruction", s)
	case s.Step != 0 && (s.Step < sec.First || s.Step > sec.Last):
		return fmt.Sprintf("section %s of the instruction has no step %d", s.Section, s.Step)
	}
	return ""
}
