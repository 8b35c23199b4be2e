package logfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRotatesAndKeepsOneOld(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	l, err := Open(dir, 100)
	if err != nil {
		t.Fatal(err)
	}
	line := strings.Repeat("x", 39) + "\n"
	for i := 0; i < 10; i++ {
		if _, err := l.Write([]byte(line)); err != nil {
			t.Fatal(err)
		}
	}
	l.Close()
	cur, _ := os.Stat(l.Path())
	old, err := os.Stat(l.Path() + ".1")
	if err != nil || cur.Size() > 100 || old.Size() > 100 {
		t.Errorf("sizes: current %d, old %v %v; want both ≤ 100", cur.Size(), old, err)
	}
	if cur.Mode().Perm() != 0o600 {
		t.Errorf("log mode %v", cur.Mode().Perm())
	}
	if fi, _ := os.Stat(dir); fi.Mode().Perm() != 0o700 {
		t.Errorf("folder mode %v", fi.Mode().Perm())
	}
	again, _ := Open(dir, 100) // appends, counting what is there
	again.Write([]byte(line))
	again.Close()
	if b, _ := os.ReadFile(l.Path()); len(b) > 100 {
		t.Errorf("reopened log grew past the limit: %d", len(b))
	}
}

// One huge line (a hostile kit's) does not take the log past its limit.
func TestHugeLineIsCut(t *testing.T) {
	l, err := Open(t.TempDir(), 256<<10)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := l.Write([]byte(strings.Repeat("x", 65<<20) + "\n")); err != nil || n != 65<<20+1 {
		t.Fatalf("Write = %d, %v", n, err)
	}
	l.Close()
	if fi, _ := os.Stat(l.Path()); fi.Size() > 256<<10 {
		t.Errorf("the log is %d bytes", fi.Size())
	}
}

// A link planted where the log should be is not written through.
func TestLogNeverFollowsALink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(t.TempDir(), "elsewhere")
	os.WriteFile(target, []byte("keep"), 0o644)
	if err := os.Symlink(target, filepath.Join(dir, Name)); err != nil {
		t.Skip("no symlinks here:", err)
	}
	l, err := Open(dir, 1<<10)
	if err != nil {
		t.Fatal(err)
	}
	l.Write([]byte("hello\n"))
	l.Close()
	if got, _ := os.ReadFile(target); string(got) != "keep" {
		t.Errorf("the link's target was written: %q", got)
	}
}
