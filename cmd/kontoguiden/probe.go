package main

import (
	"fmt"
	"time"

	"github.com/go-gl/glfw/v3.3/glfw"
)

// probeGraphics makes and throws away an OpenGL context, before Fyne tries:
// where that fails (no display, an X server without GLX, as on old office
// PCs and some remote desktops), Fyne 2.7 logs an error and then waits for
// ever. It runs on the main thread, which Fyne's driver locks at start.
func probeGraphics() (err error) {
	if err := displayAnswers(displayWait); err != nil {
		return err
	}
	// A display that is busy (a remote desktop just connecting, a loaded
	// machine) can fail once; a missing one fails every time.
	for try := 0; try < 3; try++ {
		if err = probeOnce(); err == nil {
			return nil
		}
		time.Sleep(300 * time.Millisecond)
	}
	return err
}

// displayWait is how long the display may take to answer at all.
const displayWait = 5 * time.Second

// probeGL is the OpenGL version the probe asks for, as major and minor:
// what Fyne's window asks for, 2.1. With less (Windows' basic display
// driver, virtual machines without 3D) the probe fails, and the steps open
// as a page, where a probe that accepted 1.1 let Fyne wait for ever.
var probeGL = [2]int{2, 1}

func probeOnce() (err error) {
	defer func() {
		if r := recover(); r != nil { // GLFW panics on some failures
			err = fmt.Errorf("%v", r)
		}
	}()
	if err := glfw.Init(); err != nil {
		return err
	}
	if err := probeContext(); err != nil {
		glfw.Terminate()
		return err
	}
	// GLFW stays initialised for Fyne, whose own Init is then a no-op:
	// terminating and starting again would open the display twice.
	return nil
}
