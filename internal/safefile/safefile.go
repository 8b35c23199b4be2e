// Package safefile writes a file so that a crash at any moment leaves
// either the old file or the new one, never half of one, and so that a
// link planted where the file should be is replaced, never followed.
package safefile

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Write writes data to name in dir through a temporary file in the same
// folder, synced and renamed over the old one. The folder is made
// readable by its owner alone (0700), and so is the file (0600).
func Write(dir, name string, data []byte) error { return WriteIn(dir, name, data) }

// WriteIn writes data to rel inside the folder root, as Write does, and
// never outside it: a link on the way (a person's folder, or the file
// itself) that leads out of root is refused, not followed. The folders of
// rel are made as needed.
func WriteIn(root, rel string, data []byte) error {
	if err := os.MkdirAll(root, 0o700); err != nil {
		return err
	}
	return write(root, rel, data, 0o600)
}

// WriteShared writes data to name in dir, as Write does, but readable by
// every user of the computer (0644), in a folder that is already there
// and keeps its own permissions: the computer's kit.
func WriteShared(dir, name string, data []byte) error {
	return write(dir, name, data, 0o644)
}

// write writes rel inside root through a temporary file, with mode perm.
func write(root, rel string, data []byte, perm os.FileMode) error {
	r, err := os.OpenRoot(root)
	if err != nil {
		return err
	}
	defer r.Close()
	dir := filepath.Dir(rel)
	if err := r.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp := filepath.Join(dir, "."+filepath.Base(rel)+"-"+rand.Text()[:12]+".tmp")
	if err := writeNew(r, tmp, data, perm); err != nil {
		r.Remove(tmp)
		return err
	}
	// Rename replaces a link at the target itself; what it pointed at is
	// never written.
	if err := r.Rename(tmp, rel); err != nil {
		r.Remove(tmp)
		return err
	}
	syncDir(filepath.Join(root, dir))
	return nil
}

// writeNew writes a new file in r, synced, with mode perm whatever the
// umask.
func writeNew(r *os.Root, name string, data []byte, perm os.FileMode) error {
	f, err := r.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, perm)
	if err != nil {
		return err
	}
	if err := f.Chmod(perm); err != nil {
		f.Close()
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// MaxRead is the most ReadIn reads: the app's files are a few kilobytes.
const MaxRead = 1 << 20

// ErrNotFile says that what stands at a path is not a regular file (a
// pipe, a device, a folder), or is larger than MaxRead.
var ErrNotFile = errors.New("not a regular file of a sane size")

// ReadIn reads rel inside root, never through a link that leads out of
// it, and only a regular file of at most MaxRead bytes: a pipe planted
// there is opened without waiting for a writer, and refused.
func ReadIn(root, rel string) ([]byte, error) {
	r, err := os.OpenRoot(root)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	f, err := r.OpenFile(rel, os.O_RDONLY|noBlock, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() || fi.Size() > MaxRead {
		return nil, fmt.Errorf("%s: %w", rel, ErrNotFile)
	}
	return io.ReadAll(io.LimitReader(f, MaxRead))
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
