package progress

import (
	"errors"
	"fmt"
	"time"

	"github.com/biometria/kontoguiden/internal/guide"
)

// Version is the format of the saved state; a newer one is never overwritten.
const Version = 1

// State is everything saved about one person's way through the guide. It
// never holds a password, a code or an e-mail address.
type State struct {
	Version  int                  `json:"version"`
	Name     string               `json:"name,omitempty"` // the first name the person typed
	Account  guide.Account        `json:"account,omitempty"`
	Needs    []guide.Need         `json:"needs,omitempty"`
	Path     guide.PathID         `json:"path,omitempty"`
	Options  guide.Options        `json:"options"`
	Current  string               `json:"current,omitempty"` // the step on screen, by ID
	Done     map[string]time.Time `json:"done,omitempty"`    // when each step was ticked
	Finished time.Time            `json:"finished,omitzero"` // when MFA was confirmed
}

// Started reports whether the person has chosen a path.
func (s State) Started() bool { return s.Path != "" }

// Summary is how far a saved state has come, counted on its path's own
// steps: ticks under IDs that the path does not have count for nothing,
// and a claim of being finished holds only with the MFA step ticked.
type Summary struct {
	Done, Total int
	Next        guide.Step // the first step not done; zero when all are
	Finished    bool
}

// Summary says how far s has come on its path.
func (s State) Summary(src Source) Summary {
	var sum Summary
	steps, err := src(s.Path, s.Options)
	if err != nil || !s.Started() {
		return sum
	}
	sum.Total = len(steps)
	for _, st := range steps {
		_, ok := s.Done[st.ID]
		switch {
		case ok:
			sum.Done++
			sum.Finished = sum.Finished || (st.MFA && !s.Finished.IsZero())
		case sum.Next.ID == "":
			sum.Next = st
		}
	}
	return sum
}

// check refuses a state that names things the guide does not know.
func (s State) check() error {
	if s.Path == "" {
		return nil
	}
	if _, err := guide.ParsePath(string(s.Path)); err != nil {
		return err
	}
	if _, err := guide.ParseAccount(string(s.Account)); err != nil {
		return err
	}
	for _, n := range s.Needs {
		if _, err := guide.ParseNeed(string(n)); err != nil {
			return err
		}
	}
	return nil
}

// ErrConfirmMFA: the MFA step is done only when the person confirms it.
var ErrConfirmMFA = errors.New("confirm that two-step verification is active")

// Journey is a person's way through the steps of one path. Every change is
// saved at once through save; a failed save is returned, but the journey
// goes on in memory so that the person can carry on.
type Journey struct {
	state State
	steps []guide.Step
	save  func(State) error
}

// Source gives a path's steps: the guide's own, or as a field office's kit
// adapts them.
type Source func(guide.PathID, guide.Options) ([]guide.Step, error)

// Start begins the chosen path for a person, replacing any earlier one. The
// person's name and answers come from s. Of its ticks, those of steps that
// the new path has too, saying the same, are kept (the shared start of the
// instruction's section 2 is the same on every path); Lost tells
// beforehand what else would go.
func Start(s State, c guide.Choice, src Source, save func(State) error) (*Journey, error) {
	steps, err := src(c.Path, c.Options)
	if err != nil {
		return nil, err
	}
	kept := shared(s, steps, src)
	s = State{Name: s.Name, Account: s.Account, Needs: s.Needs, Path: c.Path, Options: c.Options, Done: kept}
	j, err := Resume(s, src, save)
	if err != nil {
		return nil, err
	}
	return j, j.commit()
}

// Lost counts the ticks of s that starting choice c would drop.
func Lost(s State, c guide.Choice, src Source) int {
	steps, err := src(c.Path, c.Options)
	if err != nil {
		return len(s.Done)
	}
	return len(s.Done) - len(shared(s, steps, src))
}

// shared are the ticks of s whose steps are in steps too and ask the
// same (guide.Step.Same): "click the path's button" is not the same step
// on two paths with different buttons.
func shared(s State, steps []guide.Step, src Source) map[string]time.Time {
	before := map[string]guide.Step{}
	if old, err := src(s.Path, s.Options); err == nil && s.Path != "" {
		for _, st := range old {
			before[st.ID] = st
		}
	}
	kept := map[string]time.Time{}
	for _, st := range steps {
		if t, ok := s.Done[st.ID]; ok && before[st.ID].Same(st) {
			kept[st.ID] = t
		}
	}
	return kept
}

// Resume continues a saved journey at the first step not done yet: a
// person coming back wants to go on, not to look again at a step they had
// gone back to.
func Resume(s State, src Source, save func(State) error) (*Journey, error) {
	steps, err := src(s.Path, s.Options)
	if err != nil {
		return nil, err
	}
	if s.Done == nil {
		s.Done = map[string]time.Time{}
	}
	j := &Journey{state: s, steps: steps, save: save}
	j.state.Current = steps[j.firstUndone()].ID
	return j, nil
}

// State is a copy of what is saved.
func (j *Journey) State() State { return j.state }

// Steps are the path's steps in order.
func (j *Journey) Steps() []guide.Step { return j.steps }

// Index is the position of the step on screen.
func (j *Journey) Index() int { return j.indexOf(j.state.Current) }

// Step is the step on screen.
func (j *Journey) Step() guide.Step { return j.steps[j.Index()] }

// IsDone reports whether step i has been ticked.
func (j *Journey) IsDone(i int) bool {
	_, ok := j.state.Done[j.steps[i].ID]
	return ok
}

// DoneCount is how many steps are ticked.
func (j *Journey) DoneCount() int {
	n := 0
	for i := range j.steps {
		if j.IsDone(i) {
			n++
		}
	}
	return n
}

// Finished reports whether MFA has been confirmed: the account is ready.
// A file that claims so without the MFA step ticked is not believed.
func (j *Journey) Finished() bool {
	if j.state.Finished.IsZero() {
		return false
	}
	for i, s := range j.steps {
		if s.MFA {
			return j.IsDone(i)
		}
	}
	return false
}

// CanVisit reports whether the person may go to step i: any step done, and
// the first one not done yet. Later steps wait, so that none is skipped.
func (j *Journey) CanVisit(i int) bool {
	return i >= 0 && i < len(j.steps) && (j.IsDone(i) || i <= j.firstUndone())
}

// Visit shows step i.
func (j *Journey) Visit(i int) error {
	if !j.CanVisit(i) {
		return fmt.Errorf("step %d is not reached yet", i+1)
	}
	j.state.Current = j.steps[i].ID
	return j.commit()
}

// Back shows the step before; on the first step it does nothing.
func (j *Journey) Back() error {
	if j.Index() == 0 {
		return nil
	}
	return j.Visit(j.Index() - 1)
}

// Complete ticks the step on screen and moves to the next one not done. The
// MFA step needs ConfirmMFA instead.
func (j *Journey) Complete(now time.Time) error {
	step := j.Step()
	if step.MFA {
		return ErrConfirmMFA
	}
	if !j.IsDone(j.Index()) {
		j.state.Done[step.ID] = now
	}
	j.state.Current = j.steps[j.nextFrom(j.Index())].ID
	return j.commit()
}

// ConfirmMFA ticks the MFA step: the person says two-step verification is
// active. Only then is the journey finished.
func (j *Journey) ConfirmMFA(now time.Time) error {
	if !j.Step().MFA {
		return fmt.Errorf("step %q is not the MFA step", j.Step().ID)
	}
	if j.firstUndone() != j.Index() {
		return fmt.Errorf("step %d is not done yet", j.firstUndone()+1)
	}
	j.state.Done[j.Step().ID] = now
	j.state.Finished = now
	return j.commit()
}

func (j *Journey) commit() error { return j.save(j.state) }

func (j *Journey) indexOf(id string) int {
	for i, s := range j.steps {
		if s.ID == id {
			return i
		}
	}
	return -1
}

// NextToDo is the position of the first step not ticked yet.
func (j *Journey) NextToDo() int { return j.firstUndone() }

// firstUndone is the first step not ticked; the last step when all are.
func (j *Journey) firstUndone() int {
	for i := range j.steps {
		if !j.IsDone(i) {
			return i
		}
	}
	return len(j.steps) - 1
}

// nextFrom is the step after i, done or not, as "Klar – nästa steg" says:
// someone who went back to a step goes on through the steps after it in
// order, and is not taken to a step far ahead they did not expect. Where
// the one after cannot be opened yet, or i is the last, it is the first
// step not done.
func (j *Journey) nextFrom(i int) int {
	if i+1 < len(j.steps) && j.CanVisit(i+1) {
		return i + 1
	}
	return j.firstUndone()
}

// Fits reports whether the journey already follows choice c, so that
// changing one's answers to the same path keeps the ticks.
func (j *Journey) Fits(c guide.Choice) bool {
	return j.state.Path == c.Path && j.state.Options == c.Options
}
