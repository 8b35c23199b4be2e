package ui

import (
	"github.com/biometria/kontoguiden/internal/i18n"
	"testing"

	"github.com/biometria/kontoguiden/internal/guide"
)

// benchUI is a UI in the middle of the Google path, for the benchmarks.
func benchUI(b *testing.B) *harness {
	h := start(b, b.TempDir(), i18n.Swedish)
	h.onGooglePath(0)
	return h
}

// Building each screen from the domain types, as show does. Builders
// change nothing, so one UI serves every screen.
func BenchmarkScreens(b *testing.B) {
	h := benchUI(b)
	h.ui.choice, _ = guide.Choose(guide.GoogleAccount, []guide.Need{guide.NeedVIOL3})
	for name, id := range map[string]screenID{
		"welcome": screenWelcome, "chooser": screenChooser, "recommend": screenRecommend,
		"checklist": screenChecklist, "done": screenDone,
	} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				h.ui.build(id)
			}
		})
	}
}

// Moving to the next step and back, through the screen, with the driver.
func BenchmarkNextStep(b *testing.B) {
	h := benchUI(b)
	for b.Loop() {
		h.ui.enter()  // done – next step
		h.ui.escape() // back again
	}
}

// The screen work of a step change alone, without the save to disk.
func BenchmarkStepChangeScreen(b *testing.B) {
	h := benchUI(b)
	for b.Loop() {
		h.ui.fillStep()
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
	for b.Loop() {
		h.ui.fillStep()
	}
}
