package ui

import (
	"testing"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/progress"
)

// benchUI is a UI in the middle of the Google path, for the benchmarks.
func benchUI(b *testing.B) *harness {
	h := start(b, b.TempDir(), i18n.Swedish)
	h.onGooglePath(0)
	return h
}

// Building each screen from the domain types, as show does. Building
// changes nothing outside the screen built, so one UI serves every screen.
func BenchmarkScreens(b *testing.B) {
	h := benchUI(b)
	u := h.ui
	c, _ := guide.Choose(guide.GoogleAccount, []guide.Need{guide.NeedVIOL3})
	people, _ := u.People.List()
	nothing := func() {}
	builds := map[string]func() screen{
		"welcome": func() screen {
			return newWelcomeScreen(u.tools(), people, u.Kit.Checklist, "", welcomeActions{add: nothing})
		},
		"chooser": func() screen {
			return newChooserScreen(u.tools(), u.choosing(progress.State{}), chooserDeps{tasks: &u.tasks})
		},
		"recommend": func() screen { return newRecommendScreen(u.tools(), c, 13, nothing, nothing) },
		"checklist": func() screen {
			var open *bool
			return newChecklistScreen(u.tools(), u.session.Journey, u.Window, checklistDeps{pictureOpen: &open})
		},
		"done": func() screen { return newDoneScreen(u.tools(), progress.State{}, doneActions{}) },
	}
	for name, build := range builds {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				build()
			}
		})
	}
}

// Moving to the next step and back, through the screen, with the driver.
func BenchmarkNextStep(b *testing.B) {
	h := benchUI(b)
	for b.Loop() {
		h.ui.keys.enter()  // done – next step
		h.ui.keys.escape() // back again
	}
}

// The screen work of a step change alone, without the save to disk.
func BenchmarkStepChangeScreen(b *testing.B) {
	h := benchUI(b)
	s := h.checklist()
	for b.Loop() {
		s.showStep()
	}
}

// The same for a step with a picture of its page beside the text: the
// list of Mina sidor, the longest page of the Google path but one.
func BenchmarkStepChangeWithPicture(b *testing.B) {
	h := start(b, b.TempDir(), i18n.Swedish)
	h.onGooglePath(2)
	if len(h.ui.session.Journey.Step().Pages) == 0 {
		b.Fatal("the step has no picture")
	}
	s := h.checklist()
	for b.Loop() {
		s.showStep()
	}
}
