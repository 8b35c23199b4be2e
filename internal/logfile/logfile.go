// Package logfile keeps a small log for support in the app's data folder:
// when it grows past a limit, the old one is kept as .1 and a new one begun,
// so it never fills a disk. Nothing that names a person is written to it.
package logfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
)

// Name is the log's file name.
const Name = "kontoguiden.log"

// Log is a size-limited log file; it is an io.Writer for the log package.
type Log struct {
	mu    sync.Mutex
	path  string
	limit int64
	f     *os.File // nil after a reopen failed; the next Write tries again
	size  int64
	// rename is os.Rename; a test makes it fail as Windows does when a
	// second copy of the app holds the log.
	rename func(oldpath, newpath string) error
	stuck  bool // the last rename failed, and the log says so once
}

// Open opens (or creates) the log in dir, to be rotated past limit bytes.
func Open(dir string, limit int64) (*Log, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	l := &Log{path: filepath.Join(dir, Name), limit: limit, rename: os.Rename}
	return l, l.open(false)
}

// Path is where the log is, for the about screen.
func (l *Log) Path() string { return l.path }

// open opens the log for appending, emptied first if empty is set.
func (l *Log) open(empty bool) error {
	// A link planted where the log should be is removed, not written
	// through; an existing log is made the owner's alone.
	if fi, err := os.Lstat(l.path); err == nil && !fi.Mode().IsRegular() {
		if err := os.Remove(l.path); err != nil {
			return err
		}
	}
	flags := os.O_CREATE | os.O_WRONLY | os.O_APPEND
	if empty {
		flags |= os.O_TRUNC
	}
	f, err := os.OpenFile(l.path, flags, 0o600)
	if err != nil {
		return err
	}
	if err := f.Chmod(0o600); err != nil {
		f.Close()
		return err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return err
	}
	l.f, l.size = f, fi.Size()
	return nil
}

// Write appends p, rotating first if p would take the log past its limit.
// A single line longer than a tenth of the limit is cut, so that the limit
// holds whatever is logged.
func (l *Log) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := len(p)
	if max := l.limit / 10; int64(len(p)) > max {
		p = slices.Concat(p[:max], []byte(" … (cut)\n")) // a copy: p is the caller's
	}
	if l.f == nil {
		if err := l.open(false); err != nil {
			return 0, err
		}
	}
	if l.size+int64(len(p)) > l.limit && l.size > 0 {
		if err := l.rotate(int64(len(p))); err != nil {
			return 0, err
		}
	}
	written, err := l.f.Write(p)
	l.size += int64(written)
	if err != nil {
		return written, err
	}
	return n, nil // all of p is dealt with, cut or not
}

// rotate keeps the full log as .1 and begins a new one, before a line of
// next bytes. The log is closed first, as Windows renames no open file. A
// failed rename (on Windows, a second copy of the app holding the log is
// enough) must not end the log: it is reopened as it is, and the rename is
// tried again before the next line that passes the limit. A log that would
// pass twice the limit is emptied instead, so a rename that keeps failing
// still never fills a disk.
func (l *Log) rotate(next int64) error {
	l.f.Close()
	l.f = nil
	err := l.rename(l.path, l.path+".1")
	if err == nil {
		l.stuck = false
		return l.open(false)
	}
	empty := l.size+next > 2*l.limit
	if err := l.open(empty); err != nil {
		return err
	}
	if l.stuck && !empty {
		return nil
	}
	l.stuck = true
	// Only the reason goes in, not the paths: they hold the user's name.
	var linkErr *os.LinkError
	if errors.As(err, &linkErr) {
		err = linkErr.Err
	}
	n, _ := fmt.Fprintf(l.f, "logfile: could not keep the log as .1 (%v); going on in this one\n", err)
	l.size += int64(n)
	return nil
}

// Close closes the file.
func (l *Log) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return nil
	}
	return l.f.Close()
}
