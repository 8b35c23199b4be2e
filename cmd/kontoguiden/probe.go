package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/go-gl/glfw/v3.3/glfw"
)

// probeGraphics makes and throws away a hidden window with an OpenGL
// context, before Fyne tries: where that fails (no display, an X server
// without GLX, as on old office PCs and some remote desktops), Fyne 2.7
// logs an error and then waits for ever. It runs on the main thread, which
// Fyne's driver locks at start.
func probeGraphics() (err error) {
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

func probeOnce() (err error) {
	defer func() {
		if r := recover(); r != nil { // GLFW panics on some failures
			err = fmt.Errorf("%v", r)
		}
	}()
	if err := glfw.Init(); err != nil {
		return err
	}
	glfw.WindowHint(glfw.Visible, glfw.False)
	w, err := glfw.CreateWindow(16, 16, "probe", nil, nil)
	glfw.DefaultWindowHints()
	if err == nil && w == nil {
		err = errors.New("no window")
	}
	if err != nil {
		glfw.Terminate()
		return err
	}
	w.Destroy()
	// GLFW stays initialised for Fyne, whose own Init is then a no-op:
	// terminating and starting again would open the display twice.
	return nil
}
