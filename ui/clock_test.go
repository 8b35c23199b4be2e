package ui

import (
	"github.com/biometria/kontoguiden/internal/i18n"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/progress"
)

// The screens' dates come from the UI's clock, never the wall clock: with
// the clock in another year, a day of 2026 is said with its year, and with
// the clock in 2026 without it. Go reads the wall clock through the vDSO,
// so no faked system time could stand in for this test.
func TestDatesFollowTheInjectedClock(t *testing.T) {
	day := time.Date(2026, 11, 26, 9, 30, 0, 0, time.UTC)
	for _, c := range []struct {
		now  time.Time
		want string
	}{
		{time.Date(2027, 1, 2, 8, 0, 0, 0, time.UTC), "26 nov 2026"},
		{time.Date(2031, 6, 30, 8, 0, 0, 0, time.UTC), "26 nov 2026"},
		{time.Date(2026, 12, 31, 8, 0, 0, 0, time.UTC), "26 nov"},
	} {
		t.Run(c.now.Format("2006-01-02"), func(t *testing.T) {
			dir := t.TempDir()
			writeFinished(t, dir, "Berit", day)
			writeBroken(t, dir, day)
			h := startWith(t, dir, setup{lang: i18n.Swedish, now: c.now})
			h.mustShow("Berit: kontot klart " + c.want + "\n")
			h.mustShow("Okänd person, sparad " + c.want + ":")
		})
	}
}

// writeFinished saves a person whose account was ready on day.
func writeFinished(t *testing.T, dir, name string, day time.Time) {
	t.Helper()
	people := progress.NewPeople(filepath.Join(dir, "people"), func() time.Time { return day })
	s, err := people.Add(name)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c, _ := guide.Choose(guide.GoogleAccount, []guide.Need{guide.NeedVIOL3})
	if err := s.Start(guide.GoogleAccount, []guide.Need{guide.NeedVIOL3}, c, guide.Checklist); err != nil {
		t.Fatal(err)
	}
	for !s.Journey.Step().MFA {
		if err := s.Journey.Complete(day); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Journey.ConfirmMFA(day); err != nil {
		t.Fatal(err)
	}
}

// writeBroken leaves a progress file that cannot be read, last saved on day.
func writeBroken(t *testing.T, dir string, day time.Time) {
	t.Helper()
	people := progress.NewPeople(filepath.Join(dir, "people"), func() time.Time { return day })
	s, err := people.Add("Okänd")
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	file := filepath.Join(people.Dir, s.ID, progress.FileName)
	if err := os.WriteFile(file, []byte(`{"version":1,"name":"x","pa`), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(file, day, day); err != nil {
		t.Fatal(err)
	}
}
