package progress

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/lock"
	"github.com/biometria/kontoguiden/internal/safefile"
)

// Session is the person using the app now: who they are, the lock that
// keeps a second copy of the app from writing their progress, their store,
// and their journey once they have chosen a path. The app holds at most
// one; Close lets the person go.
type Session struct {
	ID   string
	Name string
	// Journey is nil until the person has chosen a path.
	Journey *Journey
	store   *Store
	lock    *lock.Lock
	// unsaved is why nothing may be written: the lock could not be taken.
	unsaved error
}

// ErrNotSaved: the person's lock could not be taken, so their progress is
// read but never written; they can go on in memory.
var ErrNotSaved = errors.New("progress is not saved on this computer")

// Open takes a person for this copy of the app. When another copy has
// them open, it returns ErrHeld and no session. When the lock cannot
// be taken for another reason (a full or read-only disk, a broken folder),
// nothing of theirs is opened for writing: the session works in memory
// only and the error, wrapping ErrNotSaved, says why.
func (p People) Open(id string) (*Session, error) {
	l, err := p.Lock(id)
	if errors.Is(err, ErrHeld) {
		return nil, err
	}
	s := &Session{ID: id, store: p.Store(id), lock: l}
	if err != nil {
		s.unsaved = fmt.Errorf("%w: %w", ErrNotSaved, err)
		return s, s.unsaved
	}
	// Saves cut short by a forced kill leave temporary files that hold the
	// person's name; with the lock held, none of them is being written.
	for _, f := range safefile.Leftovers(s.store.Dir, FileName) {
		os.Remove(f)
	}
	return s, nil
}

// Add makes a new person, takes them for this copy of the app and saves
// their name at once. The session is returned even when that save fails,
// so that the person can go on in memory.
func (p People) Add(name string) (*Session, error) {
	s, err := p.Open(newID())
	if s == nil {
		return nil, err
	}
	s.Name = limitName(name)
	return s, s.save(State{Name: s.Name}) // without the lock, this says why
}

// Load reads the person's saved state and picks their journey up where it
// was, if they had chosen a path. The state's name is the person's; a file
// that could not be read gives a fresh state and its error, as Store.Load.
func (s *Session) Load(src Source) (State, error) {
	st, err := s.store.Load()
	if st.Name == "" {
		st.Name = s.Name
	}
	s.Name = st.Name
	s.Journey = nil
	if st.Started() {
		j, jerr := Resume(st, src, s.save)
		if jerr != nil {
			return st, fmt.Errorf("%w (%v)", ErrBroken, jerr)
		}
		s.Journey = j
	}
	return st, err
}

// Start begins the path of choice c with the person's answers, keeping the
// journey as it is if it already follows c, and the ticks of the steps
// that both paths share if it follows another.
func (s *Session) Start(account guide.Account, needs []guide.Need, c guide.Choice, src Source) error {
	if s.Journey != nil && s.Journey.Fits(c) {
		return nil
	}
	st := State{Name: s.Name}
	if s.Journey != nil {
		st = s.Journey.State() // its ticks, and the path they were made on
	}
	st.Account, st.Needs = account, needs
	j, err := Start(st, c, src, s.save)
	if j != nil {
		s.Journey = j
	}
	return err
}

// Lost counts the ticks that starting choice c would drop; none when the
// person has not started or c is their path already.
func (s *Session) Lost(c guide.Choice, src Source) int {
	if s.Journey == nil || s.Journey.Fits(c) {
		return 0
	}
	return Lost(s.Journey.State(), c, src)
}

// Restart clears the person's answers and ticks; their name stays.
func (s *Session) Restart() error {
	s.Journey = nil
	return s.save(State{Name: s.Name})
}

// ReceiptDir is a folder of the person's own where the save dialog for a
// receipt starts when the computer has no Documents folder; forgetting
// the person forgets what was saved there.
func (s *Session) ReceiptDir() string { return filepath.Join(s.store.Dir, "receipts") }

// Close lets the person go: another copy of the app may open them now.
// It is safe on a nil session.
func (s *Session) Close() {
	if s != nil {
		s.lock.Release()
	}
}

func (s *Session) save(st State) error {
	if s.unsaved != nil {
		return s.unsaved
	}
	return s.store.Save(st)
}
