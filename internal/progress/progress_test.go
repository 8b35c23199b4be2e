package progress

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/biometria/kontoguiden/internal/chars"
	"github.com/biometria/kontoguiden/internal/guide"
)

var t0 = time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)

func newJourney(t *testing.T, a guide.Account, needs ...guide.Need) (*Journey, *Store) {
	t.Helper()
	st := NewStore(t.TempDir(), clock)
	c, err := guide.Choose(a, needs)
	if err != nil {
		t.Fatal(err)
	}
	j, err := Start(State{Account: a, Needs: needs}, c, guide.Checklist, st.Save)
	if err != nil {
		t.Fatal(err)
	}
	return j, st
}

func TestEveryChangeIsSavedAndResumes(t *testing.T) {
	j, st := newJourney(t, guide.GoogleAccount, guide.NeedVIOL3)
	for i := 0; i < 3; i++ {
		if err := j.Complete(t0.Add(time.Duration(i) * time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	saved, err := NewStore(st.Dir, clock).Load()
	if err != nil {
		t.Fatal(err)
	}
	again, err := Resume(saved, guide.Checklist, st.Save)
	if err != nil {
		t.Fatal(err)
	}
	if again.Index() != 3 || again.DoneCount() != 3 {
		t.Errorf("resumed at step %d with %d done, want 3 and 3", again.Index(), again.DoneCount())
	}
	if !saved.Done["mina-sidor"].Equal(t0.Add(time.Minute)) {
		t.Errorf("time of step 2 = %v", saved.Done["mina-sidor"])
	}
	if saved.Path != guide.PathGoogle || saved.Account != guide.GoogleAccount {
		t.Errorf("answers not saved: %+v", saved)
	}
}

// "Klar – nästa steg" on a step gone back to goes to the step after it,
// done or not; on the last done one, to the first not done.
func TestBackKeepsTicksAndDoneGoesToTheNextStep(t *testing.T) {
	j, _ := newJourney(t, guide.WorkMicrosoft, guide.NeedVIOL3)
	for i := 0; i < 4; i++ {
		j.Complete(t0)
	}
	j.Back()
	j.Back()
	if j.Index() != 2 || j.DoneCount() != 4 {
		t.Fatalf("after two backs: step %d, %d done", j.Index(), j.DoneCount())
	}
	if err := j.Complete(t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if j.Index() != 3 {
		t.Errorf("done on step 2 went to %d, want the one after it (3)", j.Index())
	}
	j.Complete(t0.Add(time.Hour))
	if j.Index() != 4 {
		t.Errorf("done on step 3 went to %d, want 4, the first not done", j.Index())
	}
	if !j.State().Done[j.Steps()[2].ID].Equal(t0) {
		t.Error("re-ticking changed when the step was first done")
	}
}

func TestCannotSkipAhead(t *testing.T) {
	j, _ := newJourney(t, guide.PrivateMicrosoft, guide.NeedVIOL3)
	j.Complete(t0)
	if j.CanVisit(2) {
		t.Error("step 3 visitable before step 2 is done")
	}
	if err := j.Visit(5); err == nil {
		t.Error("Visit(5) allowed")
	}
	if !j.CanVisit(0) || !j.CanVisit(1) {
		t.Error("done step and first undone step must be visitable")
	}
}

func TestMFAStepNeedsConfirmation(t *testing.T) {
	j, _ := newJourney(t, guide.GoogleAccount, guide.NeedVIOL3)
	if err := j.ConfirmMFA(t0); err == nil {
		t.Error("MFA confirmed on the first step")
	}
	for !j.Step().MFA {
		if err := j.Complete(t0); err != nil {
			t.Fatal(err)
		}
	}
	if err := j.Complete(t0); !errors.Is(err, ErrConfirmMFA) {
		t.Errorf("Complete on MFA = %v, want ErrConfirmMFA", err)
	}
	if j.Finished() {
		t.Fatal("finished without confirmation")
	}
	if err := j.ConfirmMFA(t0); err != nil {
		t.Fatal(err)
	}
	if !j.Finished() || j.DoneCount() != len(j.Steps()) {
		t.Errorf("finished=%v done=%d of %d", j.Finished(), j.DoneCount(), len(j.Steps()))
	}
}

func TestSaveFailureKeepsJourneyInMemory(t *testing.T) {
	c, _ := guide.Choose(guide.OtherAddress, []guide.Need{guide.NeedVIOL3})
	failing := func(State) error { return errors.New("disk full") }
	j, err := Start(State{Account: guide.OtherAddress, Needs: []guide.Need{guide.NeedVIOL3}}, c, guide.Checklist, failing)
	if err == nil || j == nil {
		t.Fatalf("Start = %v, %v; want a journey and the save error", j, err)
	}
	if err := j.Complete(t0); err == nil {
		t.Error("save error not reported")
	}
	if j.Index() != 1 {
		t.Errorf("journey did not move on in memory: step %d", j.Index())
	}
}

func TestStoreFilesAreOwnerOnly(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	st := NewStore(dir, clock)
	if err := st.Save(State{Path: guide.PathGoogle, Account: guide.GoogleAccount}); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]os.FileMode{dir: 0o700, filepath.Join(dir, FileName): 0o600} {
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != want {
			t.Errorf("%s has mode %v, want %v", path, fi.Mode().Perm(), want)
		}
	}
	left, _ := filepath.Glob(filepath.Join(dir, "*.tmp"))
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestBrokenFileIsKeptAside(t *testing.T) {
	st := NewStore(t.TempDir(), clock)
	st.Now = func() time.Time { return t0 }
	os.WriteFile(filepath.Join(st.Dir, FileName), []byte(`{"version":1,"path":`), 0o600)
	got, err := st.Load()
	if !errors.Is(err, ErrBroken) || got.Started() {
		t.Fatalf("Load = %+v, %v; want a fresh state and ErrBroken", got, err)
	}
	if _, err := os.Stat(filepath.Join(st.Dir, FileName+".broken-20261126T100000")); err != nil {
		t.Errorf("broken file not kept aside: %v", err)
	}
	if err := st.Save(State{}); err != nil {
		t.Errorf("cannot save after a broken file: %v", err)
	}
}

func TestUnknownPathIsBroken(t *testing.T) {
	st := NewStore(t.TempDir(), clock)
	os.WriteFile(filepath.Join(st.Dir, FileName), []byte(`{"version":1,"account":"google","path":"fax"}`), 0o600)
	if _, err := st.Load(); !errors.Is(err, ErrBroken) {
		t.Errorf("Load = %v, want ErrBroken", err)
	}
}

func TestNewerFileIsNotOverwritten(t *testing.T) {
	st := NewStore(t.TempDir(), clock)
	newer := []byte(`{"version":99,"path":"google"}`)
	file := filepath.Join(st.Dir, FileName)
	os.WriteFile(file, newer, 0o600)
	if _, err := st.Load(); !errors.Is(err, ErrNewer) {
		t.Fatalf("Load = %v, want ErrNewer", err)
	}
	if err := st.Save(State{}); !errors.Is(err, ErrNewer) {
		t.Errorf("Save over a newer file = %v", err)
	}
	if got, _ := os.ReadFile(file); string(got) != string(newer) {
		t.Errorf("newer file changed to %s", got)
	}
}

func TestSavedFileHoldsNoAddress(t *testing.T) {
	j, st := newJourney(t, guide.WorkMicrosoft, guide.NeedVIOL3)
	j.Complete(t0)
	data, _ := os.ReadFile(filepath.Join(st.Dir, FileName))
	if strings.Contains(string(data), "@") {
		t.Errorf("progress file holds an address: %s", data)
	}
}

var guideChecklist Source = guide.Checklist

// Saving a tick: an atomic write with fsync, as every step does.
func BenchmarkSave(b *testing.B) {
	st := NewStore(b.TempDir(), clock)
	state := State{Name: "Anna", Account: guide.GoogleAccount, Path: guide.PathGoogle, Done: map[string]time.Time{}}
	for i := 0; i < 10; i++ {
		state.Done[fmt.Sprint("step-", i)] = t0
	}
	for b.Loop() {
		if err := st.Save(state); err != nil {
			b.Fatal(err)
		}
	}
}

// Changing one's answers to another path keeps the ticks of the steps
// both paths have, and Lost says beforehand how many others go.
func TestChangingPathKeepsSharedTicks(t *testing.T) {
	needs := []guide.Need{guide.NeedVIOL3}
	google, _ := guide.Choose(guide.GoogleAccount, needs)
	email, _ := guide.Choose(guide.WorkMicrosoft, needs)
	var saved State
	j, _ := Start(State{Name: "Anna"}, google, guide.Checklist, func(s State) error { saved = s; return nil })
	for range 6 { // the shared start (5 steps) and Google's own sign-in
		j.Complete(t0)
	}
	if lost := Lost(j.State(), email, guide.Checklist); lost != 2 {
		t.Errorf("Lost = %d, want 2 (the path's button and Google's sign-in)", lost)
	}
	j2, err := Start(j.State(), email, guide.Checklist, func(s State) error { saved = s; return nil })
	if err != nil {
		t.Fatal(err)
	}
	if got := j2.DoneCount(); got != 4 {
		t.Errorf("%d ticks kept, want the 4 shared steps", got)
	}
	if _, ok := saved.Done["google-signin"]; ok {
		t.Error("a step the new path does not have is still ticked")
	}
	if j2.Step().ID != "path-button" {
		t.Errorf("the new path starts at %q, want its own button", j2.Step().ID)
	}
}

// The same step is the same ID asking the same: the path's button step
// keeps its tick between two paths with the same button, and a service
// step between two checklists of one service.
func TestTheSameButtonKeepsItsTick(t *testing.T) {
	needs := []guide.Need{guide.NeedVIOL3}
	microsoft, _ := guide.Choose(guide.PrivateMicrosoft, needs)
	activation, _ := guide.Choose(guide.OtherAddress, needs)
	j, _ := Start(State{Name: "Anna"}, microsoft, guide.Checklist, func(State) error { return nil })
	for range 5 { // the shared start, the button "Registrera dig med Microsoft" last
		j.Complete(t0)
	}
	if lost := Lost(j.State(), activation, guide.Checklist); lost != 0 {
		t.Errorf("Lost = %d, want 0: both paths click \u201cRegistrera dig med Microsoft\u201d", lost)
	}
	test := activation
	test.Options.Service = guide.ServiceTest
	if lost := Lost(j.State(), test, guide.Checklist); lost != 1 {
		t.Errorf("Lost = %d, want 1: another service is another step to click", lost)
	}
}

// Resuming lands on the first step not done, even if the person was
// looking back at an earlier one when they closed the app.
func TestResumeLandsOnNextStepToDo(t *testing.T) {
	c, _ := guide.Choose(guide.GoogleAccount, []guide.Need{guide.NeedVIOL3})
	var saved State
	j, _ := Start(State{Name: "Anna"}, c, guide.Checklist, func(s State) error { saved = s; return nil })
	for range 3 {
		j.Complete(t0)
	}
	j.Back()
	j.Back()
	again, _ := Resume(saved, guide.Checklist, func(State) error { return nil })
	if again.Index() != 3 {
		t.Errorf("resumed at step %d, want 4 (the first not done)", again.Index()+1)
	}
}

// What a file claims counts only on its path's own steps: unknown IDs add
// nothing, and "finished" without the MFA step ticked is not finished.
func TestSummaryCountsOnlyThePathsOwnSteps(t *testing.T) {
	c, _ := guide.Choose(guide.GoogleAccount, []guide.Need{guide.NeedVIOL3})
	st := State{Version: 1, Name: "Anna", Path: c.Path, Options: c.Options, Done: map[string]time.Time{}}
	for i := range 500 {
		st.Done[fmt.Sprintf("made-up-%d", i)] = t0
	}
	st.Done["open-biometria"] = t0
	st.Finished = t0
	sum := st.Summary(guide.Checklist)
	steps, _ := guide.Checklist(c.Path, c.Options)
	if sum.Done != 1 || sum.Total != len(steps) || sum.Finished || sum.Next.ID != "mina-sidor" {
		t.Errorf("summary %+v, want 1 of %d, not finished, next mina-sidor", sum, len(steps))
	}
	for _, s := range steps {
		st.Done[s.ID] = t0
	}
	if sum := st.Summary(guide.Checklist); !sum.Finished || sum.Done != len(steps) {
		t.Errorf("all steps and MFA: %+v", sum)
	}
}

// A newer Kontoguiden's file is known by its version alone, whatever else
// it holds; an absurd version is broken, not newer.
func TestVersionIsReadFirst(t *testing.T) {
	for name, c := range map[string]struct {
		data  string
		newer bool
	}{
		"newer_with_new_shape": {`{"version":2,"needs":{"viol3":true},"name":"Anna"}`, true},
		"absurd_version":       {`{"version":99999999999999999999,"name":"Anna"}`, false},
		"no_version":           {`{"name":"Anna"}`, false},
		"text_version":         {`{"version":"2","name":"Anna"}`, false},
	} {
		t.Run(name, func(t *testing.T) {
			st, err := Parse([]byte(c.data))
			if errors.Is(err, ErrNewer) != c.newer || (!c.newer && err == nil) {
				t.Errorf("Parse = %v, want newer %v", err, c.newer)
			}
			if c.newer && st.Name != "Anna" {
				t.Errorf("the newer file's person is not listed by name: %+v", st)
			}
		})
	}
}

// Names are cut to a sane length, typed or read back.
func TestNamesAreLimited(t *testing.T) {
	long := strings.Repeat("Å", 147)
	st, err := Parse([]byte(`{"version":1,"name":"` + long + `"}`))
	if err != nil || chars.Len(st.Name) != MaxName {
		t.Errorf("read back %d characters (%v)", chars.Len(st.Name), err)
	}
	p := NewPeople(t.TempDir(), clock)
	s, _ := p.Add(long)
	defer s.Close()
	if chars.Len(s.Name) != MaxName {
		t.Errorf("kept %d characters", chars.Len(s.Name))
	}
}

// A name typed with its accents apart (å as a + ring above, as some
// keyboards and pasted text give it) is cut between letters, never
// between a letter and its ring.
func TestNameIsCutBetweenLetters(t *testing.T) {
	aRing := "a\u030a"
	name := strings.Repeat("x", MaxName-1) + aRing + "sa"
	st, err := Parse([]byte(`{"version":1,"name":"` + name + `"}`))
	if want := strings.Repeat("x", MaxName-1) + aRing; err != nil || st.Name != want {
		t.Errorf("read back %q (%v), want %q", st.Name, err, want)
	}
}

// clock is the tests' fixed time.
func clock() time.Time { return t0 }

// Progress saved before two-step verification had its sub-steps still
// reads: a finished account stays finished, because the closing step kept
// its ID, and someone who was on the way resumes at the first new step.
func TestProgressFromBeforeTheMFASubStepsReads(t *testing.T) {
	c, _ := guide.Choose(guide.GoogleAccount, []guide.Need{guide.NeedVIOL3})
	old := []string{"open-biometria", "mina-sidor", "pick-service", "create-one", "path-button", "google-signin",
		"your-name", "accept-biometria", "server-error", "see-account", "mfa-app", "mfa-open", "activate-mfa"}
	done := map[string]time.Time{}
	for _, id := range old {
		done[id] = t0
	}
	finished := State{Version: 1, Name: "Anna", Account: guide.GoogleAccount, Needs: []guide.Need{guide.NeedVIOL3},
		Path: c.Path, Options: c.Options, Done: done, Finished: t0}
	if sum := finished.Summary(guide.Checklist); !sum.Finished {
		t.Errorf("a finished account of before reads as %+v", sum)
	}
	onTheWay := finished
	onTheWay.Finished = time.Time{}
	onTheWay.Done = map[string]time.Time{}
	for _, id := range old[:12] { // up to the page, not the last step
		onTheWay.Done[id] = t0
	}
	j, err := Resume(onTheWay, guide.Checklist, func(State) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if got := j.Step().ID; got != "mfa-devices" {
		t.Errorf("resumed at %s, want the first new step, mfa-devices", got)
	}
}
