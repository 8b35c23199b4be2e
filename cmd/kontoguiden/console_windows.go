//go:build windows

package main

import (
	"os"
	"syscall"
)

// attachConsole lets "Kontoguiden.exe kit check FILE" print in the command
// prompt it was started from: a GUI program on Windows gets no console of
// its own, so its output would otherwise vanish.
func attachConsole() {
	const attachParentProcess = ^uintptr(0) // (DWORD)-1
	attach := syscall.NewLazyDLL("kernel32.dll").NewProc("AttachConsole")
	if ok, _, _ := attach.Call(attachParentProcess); ok == 0 {
		return // started from Explorer: there is no console to print in
	}
	if out, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
		os.Stdout, os.Stderr = out, out
	}
}
