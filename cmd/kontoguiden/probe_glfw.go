//go:build !linux || wayland

package main

import (
	"errors"
	"time"

	"github.com/go-gl/glfw/v3.3/glfw"
)

// probeContext makes a hidden window with an OpenGL context through GLFW,
// as Fyne's window will be made, and throws it away.
func probeContext() error {
	glfw.WindowHint(glfw.Visible, glfw.False)
	if probeGL[0] > 0 {
		glfw.WindowHint(glfw.ContextVersionMajor, probeGL[0])
		glfw.WindowHint(glfw.ContextVersionMinor, probeGL[1])
	}
	w, err := glfw.CreateWindow(16, 16, "probe", nil, nil)
	glfw.DefaultWindowHints()
	if err == nil && w == nil {
		err = errors.New("no window")
	}
	if err != nil {
		return err
	}
	w.Destroy()
	return nil
}

// displayAnswers has nothing to ask here: Windows' and Wayland's displays
// do not hang GLFW's start as a silent X server does.
func displayAnswers(time.Duration) error { return nil }
