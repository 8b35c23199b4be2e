//go:build windows

package main

import (
	"golang.org/x/sys/windows"

	"github.com/biometria/kontoguiden/internal/appinfo"
)

// tell shows a message without a window of our own: a GUI program on
// Windows has no console, so a native message box it is.
func tell(msg string) {
	text, _ := windows.UTF16PtrFromString(msg)
	title, _ := windows.UTF16PtrFromString(appinfo.Name)
	windows.MessageBox(0, text, title, windows.MB_OK|windows.MB_ICONINFORMATION)
}
