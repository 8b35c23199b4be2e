package main

import (
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
	"github.com/go-gl/glfw/v3.3/glfw"

	"github.com/biometria/kontoguiden/internal/fit"
)

// place sizes and places the window for the screen the person has. Fyne
// 2.7 has no screen API, so the work area comes from GLFW, which Fyne
// drives: this runs on the main thread (through fyne.Do) once the app has
// started. Where GLFW cannot tell, the window keeps the size it opened at.
func place(w fyne.Window) {
	mon := glfw.GetPrimaryMonitor()
	if mon == nil {
		return
	}
	x, y, width, height := mon.GetWorkarea()
	if width <= 0 || height <= 0 {
		return
	}
	size, px, py, left := fit.Window(fit.Rect{X: x, Y: y, W: width, H: height}, w.Canvas().Scale())
	w.Resize(fyne.NewSize(size.W, size.H))
	if !move(w, px, py) {
		w.CenterOnScreen()
	}
	log.Printf("work area %dx%d at scale %.2f: window %.0fx%.0f, on the left: %v", width, height, w.Canvas().Scale(), size.W, size.H, left)
}

// native runs f with the window's native handle (an X11 window, a Windows
// HWND, as the platform has) and reports what f did; false where there is
// no native window.
func native(w fyne.Window, f func(ctx any) bool) bool {
	nw, ok := w.(driver.NativeWindow)
	if !ok {
		return false
	}
	done := false
	nw.RunNative(func(ctx any) { done = f(ctx) })
	return done
}
