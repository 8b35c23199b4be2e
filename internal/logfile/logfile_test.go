package logfile

import (
	"errors"
	"fmt"
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

// A rename that fails once (on Windows, a second copy of the app holding
// the log) costs no line: the log goes on in the same file, says why once,
// and is kept as .1 when the rename works again.
func TestLogGoesOnWhenTheRenameFailsOnce(t *testing.T) {
	l, err := Open(t.TempDir(), 400)
	if err != nil {
		t.Fatal(err)
	}
	failed := 0
	l.rename = func(oldpath, newpath string) error {
		if failed == 0 {
			failed++
			return &os.LinkError{Op: "rename", Old: oldpath, New: newpath, Err: errors.New("the file is in use")}
		}
		return os.Rename(oldpath, newpath)
	}
	var want []string
	for i := range 20 {
		line := fmt.Sprintf("line %02d %s\n", i, strings.Repeat("x", 20))
		want = append(want, line)
		if _, err := l.Write([]byte(line)); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
	}
	l.Close()
	if failed != 1 {
		t.Fatalf("the rename failed %d times, want 1", failed)
	}
	old, err := os.ReadFile(l.Path() + ".1")
	if err != nil {
		t.Fatalf("no .1 once the rename worked again: %v", err)
	}
	cur, _ := os.ReadFile(l.Path())
	both := string(old) + string(cur)
	for _, line := range want {
		if !strings.Contains(both, line) {
			t.Errorf("%q is missing from the log:\n%s", line, both)
		}
	}
	if n := strings.Count(both, "could not keep the log"); n != 1 {
		t.Errorf("the failed rename is told %d times, want once:\n%s", n, both)
	}
	if !strings.Contains(both, "the file is in use") || strings.Contains(both, l.Path()) {
		t.Errorf("the note should give the reason and no path:\n%s", both)
	}
}

// A rename that always fails (here a folder is in the way of .1) still
// lets every line in, and the log stays within twice its limit.
func TestLogStaysBoundedWhenTheRenameKeepsFailing(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, Name+".1"), 0o700); err != nil {
		t.Fatal(err)
	}
	l, err := Open(dir, 400)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 100 {
		line := fmt.Sprintf("line %02d %s\n", i, strings.Repeat("x", 20))
		if _, err := l.Write([]byte(line)); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		got, _ := os.ReadFile(l.Path())
		if !strings.HasSuffix(string(got), line) {
			t.Fatalf("line %d did not arrive; the log is:\n%s", i, got)
		}
		if len(got) > 800 {
			t.Fatalf("after line %d the log is %d bytes, over twice the limit", i, len(got))
		}
	}
	l.Close()
}
