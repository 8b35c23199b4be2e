//go:build !windows && !(linux && !wayland)

package main

import "fyne.io/fyne/v2"

// move is not done here: the window stays where it opened (centred).
func move(fyne.Window, int, int) bool { return false }
