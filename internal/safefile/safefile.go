// Package safefile writes a file so that a crash at any moment leaves
// either the old file or the new one, never half of one, and so that a
// link planted where the file should be is replaced, never followed.
package safefile

import (
	"os"
	"path/filepath"
)

// Write writes data to name in dir through a temporary file in the same
// folder, synced and renamed over the old one. The folder is made
// readable by its owner alone (0700), and so is the file (0600).
func Write(dir, name string, data []byte) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+name+"-*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	// Rename replaces a symlink at the target itself; what it pointed at
	// is never written.
	if err := os.Rename(tmp.Name(), filepath.Join(dir, name)); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// Leftovers lists the temporary files that writes of name cut short by a
// forced kill have left in dir.
func Leftovers(dir, name string) []string {
	found, _ := filepath.Glob(filepath.Join(dir, "."+name+"-*.tmp"))
	return found
}

// syncDir makes the rename itself durable where the system allows it.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	defer d.Close()
	_ = d.Sync() // not supported on every system; the rename is done either way
}
