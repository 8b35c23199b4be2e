// Package chooser holds the chooser's answers and the rules that keep them
// true, without Fyne: which kind of account the person has, what they will
// do, and the suggestion drawn from the address they typed.
//
// One invariant holds after every event: the kind shown as chosen is the
// person's own pick (a kind restored from saved progress counts as theirs),
// or else the suggestion for the address in the field now; never a
// suggestion for an address that is no longer there.
package chooser

import (
	"slices"

	"github.com/biometria/kontoguiden/internal/detect"
	"github.com/biometria/kontoguiden/internal/guide"
)

// Source says where a suggestion came from.
type Source int

// Where a suggestion can come from.
const (
	Known  Source = iota + 1 // the office's kit or the guide's own list
	Online                   // asked Microsoft and DNS
)

// Suggestion is a kind suggested for one domain.
type Suggestion struct {
	detect.Suggestion
	Domain string
	From   Source
}

// Ask is one online check of a domain. Its answer counts only while it is
// the check in flight: a later keystroke or a pick by hand drops it.
type Ask struct {
	ID     int
	Domain string
}

// Deps are what the state asks of the guide and the office.
type Deps struct {
	// Office are the kit's domains and their kinds.
	Office map[string]guide.Account
	// Online says whether a domain may be asked about online at all.
	Online bool
	// Choose picks the path, as the office's kit does.
	Choose func(guide.Account, []guide.Need) (guide.Choice, error)
}

// State is the chooser's state.
type State struct {
	deps    Deps
	address string
	domain  string        // detect.Domain(address)
	hand    guide.Account // picked by the person; "" when they have not
	sug     *Suggestion   // for domain, or nil
	asking  *Ask          // the online check in flight, or nil
	failed  string        // the domain whose online check gave no answer
	asks    int
	needs   map[guide.Need]bool
	env     guide.Service // where the person will use VIOL 3
	defEnv  guide.Service // the kit's environment, or production
}

// New starts the chooser with the person's saved answers, if any: a saved
// kind is their own pick. The environment is the saved one, else the
// kit's where it names one of VIOL 3's, else production.
func New(d Deps, saved guide.Account, needs []guide.Need, service, kitService guide.Service) *State {
	s := &State{deps: d, hand: saved, needs: map[guide.Need]bool{}, defEnv: guide.ServiceProduction}
	for _, n := range needs {
		s.needs[n] = true
	}
	if slices.Contains(Environments, kitService) {
		s.defEnv = kitService
	}
	s.env = s.defEnv
	s.SetEnvironment(service)
	return s
}

// Environments are VIOL 3's entries under Mina sidor, as the chooser offers them.
var Environments = guide.Environments

// Address is the address in the field.
func (s *State) Address() string { return s.address }

// Type takes the address as it now reads. A suggestion for another domain
// goes, and so does an online check of one.
func (s *State) Type(address string) {
	s.address = address
	d := detect.Domain(address)
	if d == s.domain {
		return
	}
	s.domain = d
	s.sug, s.asking = nil, nil
	if sug, ok := detect.Offline(address, s.deps.Office); ok {
		s.sug = &Suggestion{Suggestion: sug, Domain: d, From: Known}
	}
}

// Pick is the person's own choice of kind. It wins over any suggestion,
// now and later, and ends the online check.
func (s *State) Pick(a guide.Account) {
	s.hand = a
	s.asking = nil
}

// Account is the kind shown as chosen: the person's own pick, else the
// suggestion for the address in the field now, else none.
func (s *State) Account() guide.Account {
	if s.hand != "" {
		return s.hand
	}
	if s.sug != nil && s.sug.Domain == s.domain {
		return s.sug.Account
	}
	return ""
}

// Picked reports whether the kind is the person's own pick.
func (s *State) Picked() bool { return s.hand != "" }

// Suggested is the suggestion for the address in the field now.
func (s *State) Suggested() (Suggestion, bool) {
	if s.sug == nil || s.sug.Domain != s.domain {
		return Suggestion{}, false
	}
	return *s.sug, true
}

// Due reports whether the domain in the field may be asked about online
// now: it looks finished, the guide does not know it, it is neither the
// start of a domain the guide knows nor a slip of the keys for one, and it
// has not been asked about already.
func (s *State) Due() (string, bool) {
	d := s.domain
	switch {
	case !s.deps.Online || s.hand != "" || d == "" || !detect.Complete(d):
		return "", false
	case s.sug != nil, s.asking != nil, s.failed == d:
		return "", false
	case detect.Unfinished(d, s.deps.Office):
		return "", false
	}
	if _, slip := detect.Misspelt(d); slip { // a slip of the keys is shown, not sent
		return "", false
	}
	return d, true
}

// Ask starts the online check of the domain in the field, if it is due:
// the person paused or left the field.
func (s *State) Ask() (Ask, bool) {
	d, ok := s.Due()
	if !ok {
		return Ask{}, false
	}
	s.asks++
	s.asking = &Ask{ID: s.asks, Domain: d}
	return *s.asking, true
}

// Drop forgets the online check in flight: the chooser is going, and its
// answer would come to nobody.
func (s *State) Drop() { s.asking = nil }

// Asking is the online check in flight.
func (s *State) Asking() (Ask, bool) {
	if s.asking == nil {
		return Ask{}, false
	}
	return *s.asking, true
}

// Answer takes an online check's answer, unless nobody is asking that any
// more. It reports whether the answer was taken.
func (s *State) Answer(a Ask, sug detect.Suggestion, ok bool) bool {
	if s.asking == nil || *s.asking != a || a.Domain != s.domain {
		return false
	}
	s.asking = nil
	if !ok {
		s.failed = a.Domain
		return true
	}
	s.sug = &Suggestion{Suggestion: sug, Domain: a.Domain, From: Online}
	return true
}

// Unchecked is the domain in the field whose online check gave no answer.
func (s *State) Unchecked() (string, bool) {
	return s.domain, s.domain != "" && s.failed == s.domain && s.sug == nil
}

// Need says whether the person will do n. An environment is where one
// uses VIOL 3: with neither VIOL 3 nor its follow-up left, the choice of
// one goes back to the office's, so that none comes back unasked.
func (s *State) Need(n guide.Need, on bool) {
	s.needs[n] = on
	if !guide.UsesVIOL3(s.Needs()) {
		s.env = s.defEnv
	}
}

// Needs are what the person will do, in the guide's order.
func (s *State) Needs() []guide.Need {
	var out []guide.Need
	for _, n := range guide.NeedIDs() {
		if s.needs[n] {
			out = append(out, n)
		}
	}
	return out
}

// Has says whether the person said they will do n.
func (s *State) Has(n guide.Need) bool { return s.needs[n] }

// Environment is where the person will use VIOL 3.
func (s *State) Environment() guide.Service { return s.env }

// SetEnvironment chooses where the person will use VIOL 3: one of
// Environments; anything else is ignored.
func (s *State) SetEnvironment(svc guide.Service) {
	if slices.Contains(Environments, svc) {
		s.env = svc
	}
}

// Choice is the path the answers lead to, with the environment the person
// chose where they will use VIOL 3; an error while an answer is missing.
func (s *State) Choice() (guide.Choice, error) {
	needs := s.Needs()
	c, err := s.deps.Choose(s.Account(), needs)
	if err == nil && guide.UsesVIOL3(needs) {
		c.Options.Service = s.env
	}
	return c, err
}

// Ready reports whether the answers lead to a path, so Next may be pressed.
func (s *State) Ready() bool {
	_, err := s.Choice()
	return err == nil
}
