//go:build !windows

package main

// tell shows a message without a window. Elsewhere than on Windows the log
// already writes every message to standard error, so nothing more is needed.
func tell(string) {}
