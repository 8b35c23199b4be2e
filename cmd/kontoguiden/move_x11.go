//go:build linux && !wayland

package main

/*
#cgo LDFLAGS: -lX11
#include <X11/Xlib.h>

static void moveWindow(Display *d, unsigned long win, int x, int y) {
	XMoveWindow(d, (Window)win, x, y);
	XFlush(d);
}
*/
import "C"

import (
	"unsafe"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// move puts the window's top-left corner at x, y (pixels). Fyne 2.7 can
// only centre a window, so this asks the X server itself, on GLFW's own
// connection: opening another one would cost a round of handshakes. It
// runs on the main thread, as GLFW's calls do.
func move(w fyne.Window, x, y int) bool {
	return native(w, func(ctx any) bool {
		x11, ok := ctx.(driver.X11WindowContext)
		if !ok || x11.WindowHandle == 0 {
			return false
		}
		d := glfw.GetX11Display()
		if d == nil {
			return false
		}
		C.moveWindow((*C.Display)(unsafe.Pointer(d)), C.ulong(x11.WindowHandle), C.int(x), C.int(y))
		return true
	})
}
