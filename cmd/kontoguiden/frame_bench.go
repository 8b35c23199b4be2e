//go:build bench

package main

import (
	"fmt"
	"os"

	"fyne.io/fyne/v2"

	"github.com/biometria/kontoguiden/internal/bench"
)

// firstFrame tells "make bench" that the window is on screen, and quits at
// once: quitting through Fyne can race a late mouse event in GLFW.
func firstFrame() {
	fyne.Do(func() {
		fmt.Println(bench.FrameLine)
		os.Exit(0)
	})
}
