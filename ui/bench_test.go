package ui

import (
	"testing"

	"github.com/biometria/kontoguiden/internal/guide"
)

// benchUI is a UI in the middle of the Google path, for the benchmarks.
func benchUI(b *testing.B) *harness {
	h := start(b, b.TempDir(), guide.Swedish)
	h.onGooglePath(0)
	return h
}

// Building each screen from the domain types, as show does.
func BenchmarkScreens(b *testing.B) {
	h := benchUI(b)
	for name, build := range map[string]func() *screen{
		"welcome": h.ui.welcome, "chooser": h.ui.chooser, "recommend": h.ui.recommend,
		"checklist": h.ui.checklist, "done": h.ui.done,
	} {
		if name == "welcome" {
			continue // it lets go of the person; measured on its own below
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				build()
			}
		})
	}
	b.Run("welcome", func(b *testing.B) {
		for b.Loop() {
			h.ui.welcome()
		}
	})
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
