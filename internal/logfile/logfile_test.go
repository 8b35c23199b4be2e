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
