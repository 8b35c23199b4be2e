// Package logfile keeps a small log for support in the app's data folder:
// when it grows past a limit, the old one is kept as .1 and a new one begun,
// so it never fills a disk. Nothing that names a person is written to it.
package logfile

import (
	"os"
	"path/filepath"
	"sync"
)

// Name is the log's file name.
const Name = "kontoguiden.log"

// Log is a size-limited log file; it is an io.Writer for the log package.
type Log struct {
	mu    sync.Mutex
	path  string
	limit int64
	f     *os.File
	size  int64
}

// Open opens (or creates) the log in dir, to be rotated past limit bytes.
func Open(dir string, limit int64) (*Log, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	l := &Log{path: filepath.Join(dir, Name), limit: limit}
	return l, l.open()
}

// Path is where the log is, for the about screen.
func (l *Log) Path() string { return l.path }

func (l *Log) open() error {
	// A link planted where the log should be is removed, not written
	// through; an existing log is made the owner's alone.
	if fi, err := os.Lstat(l.path); err == nil && !fi.Mode().IsRegular() {
		if err := os.Remove(l.path); err != nil {
			return err
		}
	}
	f, err := os.OpenFile(l.path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
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
		cut := append([]byte(nil), p[:max]...)
		p = append(cut, []byte(" … (cut)\n")...)
	}
	if l.size+int64(len(p)) > l.limit && l.size > 0 {
		l.f.Close()
		if err := os.Rename(l.path, l.path+".1"); err != nil {
			return 0, err
		}
		if err := l.open(); err != nil {
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

// Close closes the file.
func (l *Log) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.f.Close()
}
