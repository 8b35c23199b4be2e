// Command bare is the smallest Fyne window: one label. "make bench" builds
// it with Kontoguiden's flags and Fyne version, as the yardstick.
package main

import (
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/bench"
)

func main() {
	a := app.NewWithID("se.biometria.kontoguiden.bare")
	w := a.NewWindow("Bare")
	w.SetContent(widget.NewLabel("Hello"))
	w.Resize(fyne.NewSize(1024, 680))
	if os.Getenv(bench.FrameEnv) != "" {
		a.Lifecycle().SetOnStarted(func() {
			fyne.Do(func() {
				fmt.Println(bench.FrameLine)
				os.Exit(0) // at once: quitting through Fyne can race a late mouse event in GLFW
			})
		})
	}
	w.ShowAndRun()
}
