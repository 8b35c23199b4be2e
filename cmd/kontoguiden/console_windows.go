//go:build windows

package main

import (
	"os"

	"golang.org/x/sys/windows"
)

// attachConsole lets "Kontoguiden.exe kit check FILE" print in the command
// prompt it was started from: a GUI program on Windows gets no console of
// its own, so its output would otherwise vanish. A stream that already
// goes somewhere (a file, a pipe: "> lista.html", "$v = & ...") is kept,
// and only one that goes nowhere is pointed at the console; otherwise the
// file or the variable would stay empty while the text went to the screen.
// Scripts that need the exit code use kontoguiden-cli.exe, the console
// build, which cmd and PowerShell wait for.
func attachConsole() {
	outOK, errOK := usable(windows.STD_OUTPUT_HANDLE), usable(windows.STD_ERROR_HANDLE)
	if outOK && errOK {
		return // both redirected, or the console build: nothing to attach
	}
	const attachParentProcess = ^uintptr(0) // (DWORD)-1
	attach := windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole")
	if ok, _, _ := attach.Call(attachParentProcess); ok == 0 {
		return // started from Explorer: there is no console to print in
	}
	con, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0)
	if err != nil {
		return
	}
	if !outOK {
		os.Stdout = con
	}
	if !errOK {
		os.Stderr = con
	}
}

// usable reports whether a standard handle leads somewhere: a file, a
// pipe or a console.
func usable(std uint32) bool {
	h, err := windows.GetStdHandle(std)
	if err != nil || h == 0 || h == windows.InvalidHandle {
		return false
	}
	t, err := windows.GetFileType(h)
	return err == nil && t != windows.FILE_TYPE_UNKNOWN
}
