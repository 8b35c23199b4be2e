//go:build !windows

package main

// attachConsole is needed on Windows only; elsewhere output just works.
func attachConsole() {}
