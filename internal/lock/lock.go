// Package lock keeps two running copies of Kontoguiden from writing the same
// person's progress at once. The operating system releases a lock when its
// process ends, however it ends, so a crash never leaves a person locked out.
package lock

import (
	"errors"
	"os"
	"path/filepath"
)

// ErrHeld says that another running copy holds the lock.
var ErrHeld = errors.New("another Kontoguiden window is open for this person")

// Lock is a held lock on a file.
type Lock struct {
	f *os.File
}

// Acquire takes the lock on path without waiting, creating the file if
// needed (readable by its owner alone).
func Acquire(path string) (*Lock, error) {
	return AcquireIn(filepath.Dir(path), filepath.Base(path))
}

// AcquireIn takes the lock on rel inside root, as Acquire does, never
// through a link that leads out of root: a planted link cannot make the
// app create or lock a file elsewhere.
func AcquireIn(root, rel string) (*Lock, error) {
	r, err := os.OpenRoot(root)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	f, err := r.OpenFile(rel, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, err
	}
	if err := tryLock(f); err != nil {
		f.Close()
		return nil, err
	}
	return &Lock{f: f}, nil
}

// Release gives the lock up. It is safe on a nil Lock.
func (l *Lock) Release() {
	if l == nil || l.f == nil {
		return
	}
	unlock(l.f)
	l.f.Close()
	l.f = nil
}
