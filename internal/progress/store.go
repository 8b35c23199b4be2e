// Package progress keeps where a person is in the guide: their answers, the
// path, which steps are done and when. It saves after every change, so that
// closing the app, or a crash, never loses a ticked step.
package progress

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/biometria/kontoguiden/internal/safefile"
)

// FileName is the name of the progress file in the store's folder.
const FileName = "progress.json"

// Errors a load can end in. Each leaves the store usable.
var (
	// ErrBroken: the file could not be read; it was kept aside and the
	// person starts afresh.
	ErrBroken = errors.New("the saved progress could not be read")
	// ErrNewer: a newer Kontoguiden wrote the file. It is left as it is and
	// nothing is saved over it.
	ErrNewer = errors.New("the saved progress comes from a newer Kontoguiden")
)

// Store keeps one person's progress in a folder.
type Store struct {
	Dir string
	// Now names kept-aside files; tests set it.
	Now func() time.Time
	// frozen is set when saving would destroy something: a newer file.
	frozen bool
}

// NewStore keeps progress in dir; now is the clock that names kept-aside files.
func NewStore(dir string, now func() time.Time) *Store {
	return &Store{Dir: dir, Now: now}
}

func (s *Store) file() string { return filepath.Join(s.Dir, FileName) }

// Files are read and written inside the app's data folder, two levels up
// (data/people/<id>): the people folder, a person's folder, or a file in
// it, that is a link leading elsewhere is refused, never followed.
func (s *Store) root() string { return filepath.Dir(filepath.Dir(s.Dir)) }

// rel is the person's file as the root sees it.
func (s *Store) rel(name string) string {
	return filepath.Join(filepath.Base(filepath.Dir(s.Dir)), filepath.Base(s.Dir), name)
}

func (s *Store) read() ([]byte, error) { return safefile.ReadIn(s.root(), s.rel(FileName)) }

// Load reads the saved progress. No file means a fresh start and no error.
// A broken file is moved aside (ErrBroken); a file from a newer version is
// left alone and further saves are refused (ErrNewer). In both cases the
// returned State is fresh and the app can go on.
func (s *Store) Load() (State, error) {
	data, err := s.read()
	if errors.Is(err, os.ErrNotExist) {
		return State{}, nil
	}
	if err != nil {
		return State{}, s.keepAside(err)
	}
	st, err := Parse(data)
	if errors.Is(err, ErrNewer) {
		s.frozen = true
		return st, err
	}
	if err != nil {
		return State{}, s.keepAside(err)
	}
	return st, nil
}

// Peek reads the saved progress without changing anything on disk, for
// listing people: a broken file is reported (ErrBroken) but left where it
// is, and a folder whose only file was set aside as broken before is
// reported as broken too, so that its person can still be forgotten.
func (s *Store) Peek() (State, error) {
	data, err := s.read()
	if errors.Is(err, os.ErrNotExist) {
		if aside, _ := filepath.Glob(s.file() + ".broken-*"); len(aside) > 0 {
			return State{}, ErrBroken
		}
		return State{}, nil
	}
	if err != nil {
		return State{}, fmt.Errorf("%w (%v)", ErrBroken, err)
	}
	st, err := Parse(data)
	if err != nil && !errors.Is(err, ErrNewer) {
		return State{}, fmt.Errorf("%w (%v)", ErrBroken, err)
	}
	return st, err
}

// Parse reads a saved state and checks that it holds together. The
// version is read first and alone: a newer Kontoguiden may have changed
// everything else, and its file is left alone, not called broken.
func Parse(data []byte) (State, error) {
	var head struct {
		Version json.RawMessage `json:"version"`
		Name    any             `json:"name"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return State{}, err
	}
	v, err := strconv.ParseInt(string(head.Version), 10, 32)
	switch {
	case err != nil || v < 1:
		return State{}, fmt.Errorf("no usable version in the file (%q)", head.Version)
	case v > Version:
		name, _ := head.Name.(string)
		return State{Name: limitName(name)}, ErrNewer // the name only, to list the person by
	}
	var st State
	if err := json.Unmarshal(data, &st); err != nil {
		return State{}, err
	}
	st.Name = limitName(st.Name)
	return st, st.check()
}

// keepAside renames an unreadable file so that nothing is lost for good and
// the next save does not overwrite it.
func (s *Store) keepAside(cause error) error {
	aside := s.file() + ".broken-" + s.Now().UTC().Format("20060102T150405")
	if err := inRoot(s.root(), func(r *os.Root) error { return r.Rename(s.rel(FileName), s.rel(filepath.Base(aside))) }); err != nil {
		s.frozen = true
		return fmt.Errorf("%w (%v), and it could not be moved aside: %v", ErrBroken, cause, err)
	}
	return fmt.Errorf("%w (%v); kept as %s", ErrBroken, cause, filepath.Base(aside))
}

// Save writes the state atomically: a crash at any moment leaves either the
// old file or the new one, never half of one.
func (s *Store) Save(st State) error {
	if s.frozen {
		return ErrNewer
	}
	st.Version = Version
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	return safefile.WriteIn(s.root(), s.rel(FileName), data)
}
