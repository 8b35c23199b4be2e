package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"runtime"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
	"github.com/go-gl/glfw/v3.3/glfw"

	"github.com/biometria/kontoguiden/internal/fit"
	"github.com/biometria/kontoguiden/internal/lock"
)

// Fyne 2.7 has no screen API, so the work area comes from GLFW, which Fyne
// drives: both functions below run on the main thread, with GLFW started
// (by probeGraphics). Where GLFW cannot tell, the window keeps its size.

// workArea is the primary monitor's work area (the screen less the
// taskbar), and the monitor.
func workArea() (fit.Rect, *glfw.Monitor, bool) {
	mon := glfw.GetPrimaryMonitor()
	if mon == nil {
		return fit.Rect{}, nil, false
	}
	x, y, width, height := mon.GetWorkarea()
	return fit.Rect{X: x, Y: y, W: width, H: height}, mon, width > 0 && height > 0
}

// presize gives the window, before it is shown, the size it will have on the
// screen, worked out at the scale Fyne will give it, and returns that size:
// the window then opens at it instead of being laid out and drawn at another
// one first.
func presize(w fyne.Window) fit.Size {
	s := fit.Minimum
	if area, mon, ok := workArea(); ok {
		s, _, _, _ = fit.Window(area, expectedScale(mon))
	}
	w.Resize(fyne.NewSize(s.W, s.H))
	return s
}

// place sizes and places the window for the screen the person has, once
// the app has started (through fyne.Do) and the window has its real scale.
// It resizes the window only where that size is not the one presize gave
// it (Fyne lays the whole window out again on every Resize, even to the
// size it has).
// The nth copy of the app open at once goes a little down and to the right
// of the first (fit.Cascade).
func place(w fyne.Window, given fit.Size, n int) {
	area, _, ok := workArea()
	if !ok {
		return
	}
	scale := w.Canvas().Scale()
	s, px, py, left := fit.Window(area, scale)
	if !fit.Same(s, given, scale) {
		w.Resize(fyne.NewSize(s.W, s.H))
	}
	px, py = fit.Cascade(area, scale, s, px, py, n)
	if !move(w, px, py) {
		w.CenterOnScreen()
	}
	log.Printf("work area %dx%d at scale %.2f: window %.0fx%.0f, on the left: %v, copy %d", area.W, area.H, scale, s.W, s.H, left, n+1)
}

// copyNumber is which copy of the app this is among those open at once
// with this data folder, from 0, and the lock that holds that number for
// as long as the copy runs. The system lets go of the lock however the
// copy ends, so a crashed copy's number is free again.
func copyNumber(data string) (int, *lock.Lock) {
	for n := range maxCopies {
		l, err := lock.AcquireIn(data, fmt.Sprintf("copy-%d.lock", n))
		if err == nil {
			return n, l
		}
		if !errors.Is(err, lock.ErrHeld) {
			break
		}
	}
	return 0, nil
}

// maxCopies is how many copies are told apart: people at one computer
// account, each with their own window, are one or two.
const maxCopies = 8

// expectedScale is the scale Fyne 2.7 gives a new window on mon, worked
// out as Fyne does (internal/driver/glfw: calculatedScale): the user's
// scale (FYNE_SCALE, else Fyne's settings) times the system's (Windows:
// the monitor's content scale; elsewhere the monitor's density).
func expectedScale(mon *glfw.Monitor) float32 {
	system := float32(-1)
	if runtime.GOOS == "windows" {
		system, _ = mon.GetContentScale()
	}
	return fit.Scale(userScale(), system, detectedScale(mon))
}

// userScale is Fyne's: FYNE_SCALE where it is a number, else the scale in
// Fyne's settings unless FYNE_SCALE is "auto", else 1.
func userScale() float32 {
	env := os.Getenv("FYNE_SCALE")
	if env != "" && env != "auto" {
		if s, err := strconv.ParseFloat(env, 32); err == nil && s != 0 {
			return float32(s)
		}
	}
	if env != "auto" {
		if s := fyne.CurrentApp().Settings().Scale(); s > 0 {
			return s
		}
	}
	return 1
}

// detectedScale is Fyne's scale for mon's density, unless
// FYNE_DISABLE_DPI_DETECTION turns that off.
func detectedScale(mon *glfw.Monitor) float32 {
	env := os.Getenv("FYNE_DISABLE_DPI_DETECTION")
	if strings.EqualFold(env, "true") || strings.EqualFold(env, "t") || env == "1" {
		return 1
	}
	wmm, hmm := mon.GetPhysicalSize()
	mode := mon.GetVideoMode()
	if mode == nil || runtime.GOOS == "linux" && wmm == 60 && hmm == 60 { // Fyne: the Steam Deck's
		return 1
	}
	return fit.DetectedScale(wmm, mode.Width)
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
