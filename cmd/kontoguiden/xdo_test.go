//go:build fitcheck || walk

package main

import (
	"os/exec"
	"strings"
	"testing"
	"time"
)

// xdo runs xdotool on display and gives what it printed.
func xdo(display string, args ...string) string {
	cmd := exec.Command("xdotool", args...)
	cmd.Env = []string{"DISPLAY=" + display}
	out, _ := cmd.Output()
	return string(out)
}

func waitWindow(t *testing.T, display string) string {
	t.Helper()
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if ids := strings.Fields(xdo(display, "search", "--name", "Kontoguiden")); len(ids) > 0 {
			time.Sleep(1500 * time.Millisecond) // placed and drawn
			return ids[0]
		}
	}
	t.Fatal("no window within a minute")
	return ""
}
