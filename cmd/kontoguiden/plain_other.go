//go:build !windows

package main

import (
	"os"
	"strings"
)

// plainDir is a folder for a copy of the page whose path every message box
// can show, where file's cannot be: xmessage reads Latin-1 only. "" when
// file's path is fine as it is.
func plainDir(file string) string {
	if latin1(file) == file {
		return ""
	}
	dir, err := os.MkdirTemp("/tmp", "kontoguiden-")
	if err != nil || strings.ContainsFunc(dir, func(r rune) bool { return r > 0x7f }) {
		return ""
	}
	return dir
}
