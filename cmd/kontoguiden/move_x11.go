//go:build linux && !wayland

package main

/*
#cgo LDFLAGS: -lX11
#include <X11/Xlib.h>

static int moveWindow(unsigned long win, int x, int y) {
	Display *d = XOpenDisplay(NULL);
	if (d == NULL) return 0;
	XMoveWindow(d, (Window)win, x, y);
	XFlush(d);
	XCloseDisplay(d);
	return 1;
}
*/
import "C"

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
)

// move puts the window's top-left corner at x, y (pixels). Fyne 2.7 can
// only centre a window, so this asks the X server itself.
func move(w fyne.Window, x, y int) bool {
	return native(w, func(ctx any) bool {
		x11, ok := ctx.(driver.X11WindowContext)
		return ok && x11.WindowHandle != 0 && C.moveWindow(C.ulong(x11.WindowHandle), C.int(x), C.int(y)) == 1
	})
}
