package progress

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/biometria/kontoguiden/internal/chars"
	"github.com/biometria/kontoguiden/internal/i18n"
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
	// Changed is when their progress was last saved.
	Changed time.Time
}

// NewPeople keeps people's progress under dir; now is the clock their
// stores use.
func NewPeople(dir string, now func() time.Time) People { return People{Dir: dir, Now: now} }

// List reads everyone's progress, the most recently changed first. It
// changes nothing on disk: someone whose file cannot be read is listed
// with the error (and no name), so that they can still be forgotten.
func (p People) List() ([]Person, error) {
	entries, err := os.ReadDir(p.Dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []Person
	for _, e := range entries {
		if !e.IsDir() || !validID(e.Name()) {
			continue
		}
		st, err := p.Store(e.Name()).Peek()
		if st.Name == "" && !st.Started() && st.Account == "" && len(st.Done) == 0 && !errors.Is(err, ErrBroken) {
			continue // a folder without a saved person: nothing to resume or forget
		}
		out = append(out, Person{ID: e.Name(), Name: st.Name, State: st, Err: err, Changed: changed(filepath.Join(p.Dir, e.Name()))})
	}
	slices.SortStableFunc(out, func(a, b Person) int { return b.Changed.Compare(a.Changed) })
	return out, nil
}

// Store is the store of one person's progress.
func (p People) Store(id string) *Store {
	return NewStore(filepath.Join(p.Dir, id), p.Now)
}

// ErrHeld: another copy of the app has the person open. It is
// lock.ErrHeld, given here so that the screens need not know about locks.
var ErrHeld = lock.ErrHeld

// Lock claims a person for this copy of the app, so that a second copy
// cannot write their progress at the same time (ErrHeld).
func (p People) Lock(id string) (*lock.Lock, error) {
	if !validID(id) {
		return nil, fmt.Errorf("not a person's ID: %q", id)
	}
	// Inside the data folder, as the store's files: a link at the people
	// folder itself that leads out is refused too.
	s := p.Store(id)
	if err := os.MkdirAll(s.root(), 0o700); err != nil {
		return nil, err
	}
	if err := inRoot(s.root(), func(r *os.Root) error { return r.MkdirAll(s.rel(""), 0o700) }); err != nil {
		return nil, err
	}
	return lock.AcquireIn(s.root(), s.rel(lockName))
}

// Held says whether another copy of the app has the person open now, so
// that the app can say so before it asks anything.
func (p People) Held(id string) bool {
	l, err := p.Lock(id)
	if err != nil {
		return errors.Is(err, ErrHeld)
	}
	l.Release()
	return false
}

// Forget removes everything kept about a person, unless another copy of
// the app has them open.
func (p People) Forget(id string) error {
	l, err := p.Lock(id)
	if err != nil {
		return err
	}
	l.Release() // before removing: Windows will not remove an open file
	s := p.Store(id)
	return inRoot(s.root(), func(r *os.Root) error { return r.RemoveAll(s.rel("")) })
}

// changed is when anything in a person's folder last changed.
func changed(dir string) time.Time {
	var last time.Time
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if fi, err := e.Info(); err == nil && e.Name() != lockName && fi.ModTime().After(last) {
			last = fi.ModTime()
		}
	}
	return last
}

const lockName = ".lock"

// MaxName is the longest first name kept, in characters (a letter with its
// accents is one): enough for any name, short enough for every screen. A
// longer one, typed or read back from a file, is cut.
const MaxName = 40

func limitName(name string) string { return CleanName(name) }

// CleanName is a name as it is kept and shown, typed or read back from a
// file: without control or formatting characters (a right-to-left
// override would turn the app's own text after it round; a newline or a
// backspace breaks a button), its spaces run together and trimmed, and cut
// to MaxName. A name of nothing else is "", which is no name.
func CleanName(name string) string {
	var b strings.Builder
	space := false
	for _, r := range name {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case chars.Unseen(r):
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return chars.Cut(b.String(), MaxName)
}

// newID names a new person's folder: 26 random letters and digits (128
// bits, base 32), from crypto/rand, which never fails.
func newID() string { return rand.Text() }

// validID keeps Forget from ever removing anything but a person's folder:
// an ID is newID's, or the 16 hex digits of Kontoguiden before it, whose
// folders are still on people's computers.
func validID(id string) bool {
	switch len(id) {
	case 16:
		_, err := hex.DecodeString(id)
		return err == nil
	case 26:
		return strings.Trim(id, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") == ""
	}
	return false
}

// inRoot does f inside the folder root, where no link leads out.
func inRoot(root string, f func(*os.Root) error) error {
	r, err := os.OpenRoot(root)
	if err != nil {
		return err
	}
	defer r.Close()
	return f(r)
}

// Status says in a few words how far a person has come, as the welcome
// screen and the served guide list them.
func (p Person) Status(steps Source) i18n.Text {
	switch {
	case errors.Is(p.Err, ErrNewer):
		return i18n.Key("welcome.status.newer", p.Name)
	case p.Err != nil:
		return i18n.Key("welcome.status.broken", p.Name)
	case p.State.Started():
		sum := p.State.Summary(steps)
		line := i18n.Count("welcome.status.steps", sum.Done, p.Name, sum.Done, sum.Total)
		if sum.Next.ID != "" {
			return i18n.Joined(" ", line, i18n.Key("welcome.status.next", sum.Next.Title()))
		}
		return line
	}
	return i18n.Key("welcome.status.new", p.Name)
}
