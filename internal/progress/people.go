package progress

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/biometria/kontoguiden/internal/lock"
)

// People keeps the progress of everyone who uses Kontoguiden under one
// computer account, as on a shared office desktop: a folder each, named by
// a random ID, so one person's ticks never show for another.
type People struct {
	Dir string
	Now func() time.Time
}

// Person is someone with progress on this computer, as the welcome screen
// lists them: by the first name they typed, nothing more.
type Person struct {
	ID    string
	Name  string
	State State
	// Err is set when the person's progress could not be read.
	Err error
}

// NewPeople keeps people's progress under dir.
func NewPeople(dir string) People { return People{Dir: dir, Now: time.Now} }

// List reads everyone's progress, the most recently changed first.
func (p People) List() ([]Person, error) {
	entries, err := os.ReadDir(p.Dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []Person
	mod := map[string]time.Time{}
	for _, e := range entries {
		if !e.IsDir() || !validID(e.Name()) {
			continue
		}
		st, err := p.Store(e.Name()).Load()
		if st.Name == "" && !errors.Is(err, ErrBroken) {
			continue // a folder without a saved person: nothing to resume
		}
		out = append(out, Person{ID: e.Name(), Name: st.Name, State: st, Err: err})
		if fi, err := os.Stat(filepath.Join(p.Dir, e.Name(), FileName)); err == nil {
			mod[e.Name()] = fi.ModTime()
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return mod[out[i].ID].After(mod[out[j].ID]) })
	return out, nil
}

// Store is the store of one person's progress.
func (p People) Store(id string) *Store {
	s := NewStore(filepath.Join(p.Dir, id))
	if p.Now != nil {
		s.Now = p.Now
	}
	return s
}

// Lock claims a person for this copy of the app, so that a second copy
// cannot write their progress at the same time (lock.ErrHeld).
func (p People) Lock(id string) (*lock.Lock, error) {
	if !validID(id) {
		return nil, fmt.Errorf("not a person's ID: %q", id)
	}
	dir := filepath.Join(p.Dir, id)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	return lock.Acquire(filepath.Join(dir, lockName))
}

// Forget removes everything kept about a person, unless another copy of
// the app has them open.
func (p People) Forget(id string) error {
	l, err := p.Lock(id)
	if err != nil {
		return err
	}
	l.Release() // before removing: Windows will not remove an open file
	return os.RemoveAll(filepath.Join(p.Dir, id))
}

const lockName = ".lock"

// MaxName is the longest first name kept, in characters: enough for any
// name, short enough for every screen. A longer one, typed or read back
// from a file, is cut.
const MaxName = 40

func limitName(name string) string {
	if r := []rune(name); len(r) > MaxName {
		return string(r[:MaxName])
	}
	return name
}

const idLen = 16

func newID() (string, error) {
	b := make([]byte, idLen/2)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// validID keeps Forget from ever removing anything but a person's folder.
func validID(id string) bool {
	if len(id) != idLen {
		return false
	}
	_, err := hex.DecodeString(id)
	return err == nil
}
