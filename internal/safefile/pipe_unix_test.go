//go:build unix

package safefile

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// A pipe planted where a file should be is refused at once, not waited on;
// so is a file too large to be the app's.
func TestReadInRefusesPipesAndHugeFiles(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe"), 0o600); err != nil {
		t.Skip("no pipes here:", err)
	}
	if _, err := ReadIn(dir, "pipe"); !errors.Is(err, ErrNotFile) {
		t.Errorf("pipe: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "huge"), make([]byte, MaxRead+1), 0o600)
	if _, err := ReadIn(dir, "huge"); !errors.Is(err, ErrNotFile) {
		t.Errorf("huge file: %v", err)
	}
}
