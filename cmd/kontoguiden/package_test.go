package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// "make package-linux" makes an archive with the binary and a .desktop file,
// and leaves the tracked files as they were (fyne package bumps build
// numbers in any FyneApp.toml it finds).
func TestPackageLinux(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a release package")
	}
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("make is not installed")
	}
	top, _ := filepath.Abs("../..")
	before := gitStatus(t, top)
	dist := t.TempDir()
	cmd := exec.Command("make", "--no-print-directory", "package-linux", "DIST="+dist)
	cmd.Dir = top
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("make package-linux: %v\n%s", err, out)
	}
	archives, _ := filepath.Glob(filepath.Join(dist, "kontoguiden-*-linux-amd64.tar.xz"))
	if len(archives) != 1 {
		t.Fatalf("archives in %s: %v", dist, archives)
	}
	list, err := exec.Command("tar", "tJf", archives[0]).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"usr/local/bin/kontoguiden", "se.biometria.kontoguiden.desktop", "se.biometria.kontoguiden.png"} {
		if !strings.Contains(string(list), want) {
			t.Errorf("archive lacks %s:\n%s", want, list)
		}
	}
	if after := gitStatus(t, top); after != before {
		t.Errorf("packaging changed the work tree:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}

func gitStatus(t *testing.T, dir string) string {
	t.Helper()
	if _, err := os.Stat(filepath.Join(dir, ".git")); err != nil {
		return ""
	}
	out, err := exec.Command("git", "-C", dir, "status", "--porcelain").Output()
	if err != nil {
		return ""
	}
	return string(out)
}
