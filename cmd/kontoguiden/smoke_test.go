package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestWindowOpens starts the real binary on the display (Xvfb under "make
// test") and looks for its window as a window manager would.
func TestWindowOpens(t *testing.T) {
	if os.Getenv("DISPLAY") == "" {
		t.Skip("no display: run under xvfb-run, as make test does")
	}
	if _, err := exec.LookPath("xdotool"); err != nil {
		t.Skip("xdotool is not installed; make test installs it")
	}
	bin := filepath.Join(t.TempDir(), "kontoguiden")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir(), "LANG=sv_SE.UTF-8")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		out, _ := exec.Command("xdotool", "search", "--name", "Kontoguiden").Output()
		if ids := strings.Fields(string(out)); len(ids) > 0 {
			name, _ := exec.Command("xdotool", "getwindowname", ids[0]).Output()
			if !strings.Contains(string(name), "skapa ditt Biometria-konto") {
				t.Errorf("window title %q", name)
			}
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatal("no Kontoguiden window appeared within a minute")
}
