package progress

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/lock"
)

// ErrHeld is the lock's own error, so that a screen that checks for it
// need not import the lock package, and one that does still matches.
func TestErrHeldIsTheLocksError(t *testing.T) {
	p := NewPeople(t.TempDir(), clock)
	anna, _ := p.Add("Anna")
	defer anna.Close()
	_, err := p.Open(anna.ID)
	if !errors.Is(err, ErrHeld) || !errors.Is(err, lock.ErrHeld) {
		t.Errorf("second open = %v, want ErrHeld, which is lock.ErrHeld", err)
	}
}

// New people get IDs from rand.Text; the hex IDs of earlier versions,
// whose folders are on people's computers, are still listed and can be
// forgotten.
func TestIDsNewAndOld(t *testing.T) {
	p := NewPeople(t.TempDir(), clock)
	anna, _ := p.Add("Anna")
	anna.Close()
	bo, _ := p.Add("Bo")
	bo.Close()
	if !validID(anna.ID) || len(anna.ID) != 26 || anna.ID == bo.ID {
		t.Errorf("new IDs %q and %q", anna.ID, bo.ID)
	}
	old := "0123456789abcdef"
	if err := NewStore(filepath.Join(p.Dir, old), clock).Save(State{Name: "Cia"}); err != nil {
		t.Fatal(err)
	}
	list, _ := p.List()
	if len(list) != 3 {
		t.Fatalf("listed %v, want Anna, Bo and Cia of an earlier version", list)
	}
	if err := p.Forget(old); err != nil {
		t.Errorf("Forget(%q): %v", old, err)
	}
	for _, bad := range []string{"0123456789ABCDEFGHIJKLMNOP", "0123456789abcdeg", "ABCDEFGHIJKLMNOPQRSTUVWXY1", "ABCDEFGHIJKLMNOPQRSTUVWXY/"} {
		if validID(bad) {
			t.Errorf("validID(%q) = true", bad)
		}
	}
}

func TestTwoPeopleKeepTheirOwnProgress(t *testing.T) {
	p := NewPeople(t.TempDir(), clock)
	anna, err := p.Add("Anna")
	if err != nil {
		t.Fatal(err)
	}
	bo, _ := p.Add("Bo")
	c, _ := guide.Choose(guide.GoogleAccount, []guide.Need{guide.NeedVIOL3})
	if err := anna.Start(guide.GoogleAccount, []guide.Need{guide.NeedVIOL3}, c, guide.Checklist); err != nil {
		t.Fatal(err)
	}
	anna.Journey.Complete(t0)
	anna.Journey.Complete(t0)

	list, err := p.List()
	if err != nil || len(list) != 2 {
		t.Fatalf("List = %v, %v", list, err)
	}
	byName := map[string]Person{}
	for _, x := range list {
		byName[x.Name] = x
	}
	if len(byName["Anna"].State.Done) != 2 || len(byName["Bo"].State.Done) != 0 {
		t.Errorf("ticks leaked: Anna %d, Bo %d", len(byName["Anna"].State.Done), len(byName["Bo"].State.Done))
	}
	if got, _ := bo.Load(guide.Checklist); got.Started() || bo.Journey != nil {
		t.Error("Bo has Anna's path")
	}
	if byName["Anna"].ID != anna.ID || byName["Bo"].ID != bo.ID {
		t.Error("IDs do not match")
	}
}

func TestForgetRemovesOnlyThatPerson(t *testing.T) {
	p := NewPeople(t.TempDir(), clock)
	anna, _ := p.Add("Anna")
	anna.Close()
	bo, _ := p.Add("Bo")
	bo.Close()
	if err := p.Forget(anna.ID); err != nil {
		t.Fatal(err)
	}
	list, _ := p.List()
	if len(list) != 1 || list[0].Name != "Bo" {
		t.Errorf("after forgetting Anna: %v", list)
	}
	if _, err := os.Stat(filepath.Join(p.Dir, anna.ID)); !os.IsNotExist(err) {
		t.Error("Anna's folder is still there")
	}
	for _, bad := range []string{"..", "", "../../etc", "0123456789abcdef/.."} {
		if err := p.Forget(bad); err == nil {
			t.Errorf("Forget(%q) accepted", bad)
		}
	}
}

func TestBrokenPersonIsListedWithError(t *testing.T) {
	p := NewPeople(t.TempDir(), clock)
	anna, _ := p.Add("Anna")
	os.WriteFile(filepath.Join(p.Dir, anna.ID, FileName), []byte("{"), 0o600)
	list, _ := p.List()
	if len(list) != 1 || list[0].Err == nil {
		t.Errorf("broken person: %+v", list)
	}
}

func TestLockedPersonCannotBeForgotten(t *testing.T) {
	p := NewPeople(t.TempDir(), clock)
	anna, err := p.Add("Anna") // open in this copy
	if err != nil {
		t.Fatal(err)
	}
	if s, err := p.Open(anna.ID); !errors.Is(err, ErrHeld) || s != nil {
		t.Errorf("second open = %v, %v", s, err)
	}
	if err := p.Forget(anna.ID); !errors.Is(err, ErrHeld) {
		t.Errorf("Forget while open elsewhere = %v", err)
	}
	if !p.Held(anna.ID) {
		t.Error("Held is false while Anna is open")
	}
	anna.Close()
	if p.Held(anna.ID) {
		t.Error("Held is true after Anna was closed")
	}
	if err := p.Forget(anna.ID); err != nil {
		t.Errorf("Forget after close: %v", err)
	}
}

// Any lock that cannot be taken keeps the person's progress closed, not
// only one that another copy holds.
func TestOpenFailsOnAnyLockError(t *testing.T) {
	p := NewPeople(t.TempDir(), clock)
	anna, _ := p.Add("Anna")
	anna.Close()
	lockFile := filepath.Join(p.Dir, anna.ID, lockName)
	os.Remove(lockFile)
	if err := os.Mkdir(lockFile, 0o700); err != nil { // a lock that can never be a file
		t.Fatal(err)
	}
	before, _ := os.ReadFile(filepath.Join(p.Dir, anna.ID, FileName))
	s, err := p.Open(anna.ID)
	if !errors.Is(err, ErrNotSaved) || errors.Is(err, ErrHeld) {
		t.Fatalf("Open with a directory as lock = %v; want ErrNotSaved", err)
	}
	if st, _ := s.Load(guide.Checklist); st.Name != "Anna" {
		t.Errorf("the person's progress cannot be read: %+v", st)
	}
	if err := s.Restart(); !errors.Is(err, ErrNotSaved) {
		t.Errorf("a save without the lock = %v, want ErrNotSaved", err)
	}
	if after, _ := os.ReadFile(filepath.Join(p.Dir, anna.ID, FileName)); string(after) != string(before) {
		t.Errorf("the progress file was written without the lock:\n%s", after)
	}
}

// A session picks up the journey where it was, keeps it when the same
// path is chosen again, and a restart keeps only the name.
func TestSessionResumesRestartsAndKeepsFittingJourney(t *testing.T) {
	p := NewPeople(t.TempDir(), clock)
	anna, _ := p.Add("Anna")
	needs := []guide.Need{guide.NeedVIOL3}
	c, _ := guide.Choose(guide.GoogleAccount, needs)
	anna.Start(guide.GoogleAccount, needs, c, guide.Checklist)
	anna.Journey.Complete(t0)
	anna.Close()

	again, err := p.Open(anna.ID)
	if err != nil {
		t.Fatal(err)
	}
	st, err := again.Load(guide.Checklist)
	if err != nil || again.Name != "Anna" || again.Journey == nil || again.Journey.DoneCount() != 1 || st.Path != guide.PathGoogle {
		t.Fatalf("resumed %+v (%v): name %q, journey %v", st, err, again.Name, again.Journey)
	}
	kept := again.Journey
	if again.Start(guide.GoogleAccount, needs, c, guide.Checklist); again.Journey != kept {
		t.Error("choosing the same path again replaced the journey")
	}
	if err := again.Restart(); err != nil || again.Journey != nil {
		t.Fatalf("restart: %v, journey %v", err, again.Journey)
	}
	if st, _ := again.Load(guide.Checklist); st.Name != "Anna" || st.Started() {
		t.Errorf("after restart: %+v", st)
	}
}

// Temporary files that forced kills left (they hold the name) are removed
// when the person is next opened.
func TestOpenRemovesLeftoversOfKilledSaves(t *testing.T) {
	p := NewPeople(t.TempDir(), clock)
	anna, _ := p.Add("Anna")
	anna.Close()
	left := filepath.Join(p.Dir, anna.ID, "."+FileName+"-123.tmp")
	os.WriteFile(left, []byte(`{"name":"Anna"}`), 0o600)
	s, err := p.Open(anna.ID)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := os.Stat(left); !os.IsNotExist(err) {
		t.Errorf("the leftover is still there: %v", err)
	}
}

// Everyone is listed with the most recently changed first.
func TestListShowsTheLatestFirst(t *testing.T) {
	p := NewPeople(t.TempDir(), clock)
	when := map[string]time.Time{"Anna": t0.Add(-time.Hour), "Bo": t0, "Cia": t0.Add(-2 * time.Hour)}
	for _, name := range []string{"Anna", "Bo", "Cia"} {
		s, _ := p.Add(name)
		s.Close()
		if err := os.Chtimes(filepath.Join(p.Dir, s.ID, FileName), when[name], when[name]); err != nil {
			t.Fatal(err)
		}
	}
	list, _ := p.List()
	var got []string
	for _, x := range list {
		got = append(got, x.Name)
	}
	if strings.Join(got, ",") != "Bo,Anna,Cia" {
		t.Errorf("listed %v, want Bo, Anna, Cia", got)
	}
}

// A name is kept without what would break the screen: control and
// formatting characters (a right-to-left override, a newline), runs of
// spaces; a name of nothing else is no name.
func TestCleanName(t *testing.T) {
	for in, want := range map[string]string{
		"Anna":               "Anna",
		"  Anna   Lisa ":     "Anna Lisa",
		"Anna\u202eevaS":     "AnnaevaS",
		"An\x00na\x08\r\n":   "Anna",
		"\u2068Åsa\u2069":    "Åsa",
		"   ":                "",
		"\u200b\u200e":       "",
		"Zoë Ångström-Öberg": "Zoë Ångström-Öberg",
		"a\xffb":             "ab",
	} {
		if got := CleanName(in); got != want {
			t.Errorf("CleanName(%q) = %q, want %q", in, got, want)
		}
	}
}

// A person whose file has a path but no name is still listed, so that
// they can be forgotten.
func TestPersonWithoutNameIsListed(t *testing.T) {
	p := NewPeople(t.TempDir(), clock)
	s, err := p.Add("Anna")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.save(State{Path: guide.PathGoogle}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	list, _ := p.List()
	if len(list) != 1 || list[0].Name != "" {
		t.Errorf("listed %+v, want the one person without a name", list)
	}
}

// Links planted in the data folder that lead out of it are refused, never
// followed: a person's lock file, or their whole folder, pointing elsewhere.
func TestLinksOutOfTheDataFolderAreNotFollowed(t *testing.T) {
	outside := t.TempDir()
	p := NewPeople(filepath.Join(t.TempDir(), "people"), clock)
	s, err := p.Add("Anna")
	if err != nil {
		t.Fatal(err)
	}
	id := s.ID
	s.Close()
	lockFile := filepath.Join(p.Dir, id, lockName)
	os.Remove(lockFile)
	if err := os.Symlink(filepath.Join(outside, "planted"), lockFile); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if l, err := p.Lock(id); err == nil {
		l.Release()
		t.Error("a lock file linking out of the data folder was followed")
	}
	other := newID()
	if err := os.Symlink(outside, filepath.Join(p.Dir, other)); err != nil {
		t.Fatal(err)
	}
	if err := p.Store(other).Save(State{Name: "Eve"}); err == nil {
		t.Error("a person's folder linking out of the data folder was written through")
	}
	if entries, _ := os.ReadDir(outside); len(entries) > 0 {
		t.Errorf("written outside the data folder: %v", entries)
	}
	// The people folder itself a link out of the data folder.
	data := t.TempDir()
	if err := os.Symlink(outside, filepath.Join(data, "people")); err != nil {
		t.Fatal(err)
	}
	if s, err := NewPeople(filepath.Join(data, "people"), clock).Add("Eve"); err == nil {
		s.Close()
		t.Error("a people folder linking out of the data folder was written through")
	}
	if entries, _ := os.ReadDir(outside); len(entries) > 0 {
		t.Errorf("written outside the data folder: %v", entries)
	}
}
