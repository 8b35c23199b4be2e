package ui

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
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

// No code of the screens or of internal/ reads the wall clock itself:
// every "now" comes from the clock it was given (the benchmark runner,
// which measures durations, aside).
func TestNoCodeReadsTheWallClock(t *testing.T) {
	wall := regexp.MustCompile(`\btime\.(Now|Since|Until)\b`)
	checked := 0
	for _, root := range []string{".", "../internal"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				return err
			case d.IsDir() && (d.Name() == "bench" || d.Name() == "testdata"):
				return filepath.SkipDir
			case d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go"):
				return nil
			}
			src, err := os.ReadFile(path)
			checked++
			if loc := wall.FindIndex(src); loc != nil {
				t.Errorf("%s reads the wall clock: %s", path, src[loc[0]:loc[1]])
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if checked < 30 {
		t.Errorf("only %d files checked", checked)
	}
}
