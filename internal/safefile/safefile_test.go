package safefile

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWriteReplacesAndKeepsPrivate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new")
	if err := Write(dir, "f.txt", []byte("one")); err != nil {
		t.Fatal(err)
	}
	if err := Write(dir, "f.txt", []byte("two")); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "f.txt"))
	fi, _ := os.Stat(filepath.Join(dir, "f.txt"))
	di, _ := os.Stat(dir)
	if string(got) != "two" || fi.Mode().Perm() != 0o600 || di.Mode().Perm() != 0o700 {
		t.Errorf("content %q, file mode %v, folder mode %v", got, fi.Mode().Perm(), di.Mode().Perm())
	}
	if left := Leftovers(dir, "f.txt"); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// A link where the file should be is replaced, and what it points at is
// never written.
func TestWriteNeverFollowsALink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(t.TempDir(), "elsewhere")
	os.WriteFile(target, []byte("keep"), 0o644)
	if err := os.Symlink(target, filepath.Join(dir, "f.txt")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if err := Write(dir, "f.txt", []byte("mine")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(target); string(got) != "keep" {
		t.Errorf("the link's target was written: %q", got)
	}
	if fi, _ := os.Lstat(filepath.Join(dir, "f.txt")); fi.Mode()&os.ModeSymlink != 0 {
		t.Error("the link is still there")
	}
}
