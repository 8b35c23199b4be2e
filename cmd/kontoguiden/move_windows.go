//go:build windows

package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
	"golang.org/x/sys/windows"
)

var setWindowPos = windows.NewLazySystemDLL("user32.dll").NewProc("SetWindowPos")

// SetWindowPos flags: keep the size, the stacking order and the focus.
const swpNoSizeZOrderActivate = 0x0001 | 0x0004 | 0x0010

// move puts the window's top-left corner at x, y (pixels). Fyne 2.7 can
// only centre a window, so this asks Windows itself.
func move(w fyne.Window, x, y int) bool {
	return native(w, func(ctx any) bool {
		win, ok := ctx.(driver.WindowsWindowContext)
		if !ok || win.HWND == 0 {
			return false
		}
		r, _, _ := setWindowPos.Call(win.HWND, 0, uintptr(x), uintptr(y), 0, 0, swpNoSizeZOrderActivate)
		return r != 0
	})
}
