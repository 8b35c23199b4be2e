package chooser

import (
	"flag"
	"os"
	"strings"
	"sync/atomic"
	"testing"

	"pgregory.net/rapid"

	"github.com/biometria/kontoguiden/internal/detect"
	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/i18n/i18ntest"
)

// minSequences is how many random sequences the property test must try.
const minSequences = 10_000

func TestMain(m *testing.M) {
	flag.Parse()
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == "rapid.checks" })
	if !set {
		flag.Set("rapid.checks", "10000")
	}
	os.Exit(i18ntest.Main(m))
}

var office = map[string]guide.Account{"skog.se": guide.WorkMicrosoft, "student.skog.se": guide.OtherAddress}

func deps(online bool) Deps {
	return Deps{Office: office, Online: online, Choose: guide.Choose}
}

// model is what the person did, kept apart from State: the test's own
// reading of what must be chosen.
type model struct {
	hand    guide.Account
	address string
	online  map[string]guide.Account // answers taken for the domain in the field
	asks    []Ask                    // every check started, answered or not
	current *Ask                     // the one whose answer still counts
}

// addresses mixes what people type: known domains, their starts, unknown
// ones, the kit's domains and their subdomains, and junk.
var addresses = rapid.SampledFrom([]string{
	"", "anna", "anna@", "anna@g", "anna@gmail.co", "anna@gmail.com", "anna@GMAIL.COM", "anna.svensson@gmail.com",
	"anna.svensson@sveaskog.se", "anna@sveaskog.s", "anna@bredband.ne", "anna@bredband.net", "anna@hotmail.se",
	"anna@outlook.com", "anna@skog.se", "anna@student.skog.se", "anna@student.sk", "anna@firma.se", "anna@firma.nu",
	"anna@telia.com", "anna@x@y.se", "anna@ex ample.se", "a@b.c", "anna@firma.se.",
})

var kinds = rapid.SampledFrom(guide.AccountIDs())

var answers = rapid.SampledFrom([]detect.Suggestion{
	{Account: guide.WorkMicrosoft, Reason: i18n.Lit("tenant")},
	{Account: guide.OtherAddress, Reason: i18n.Lit("neither")},
	{},
})

// expected is the kind that must be shown as chosen: the person's own pick,
// else what is known of the address in the field now, else nothing.
func (m *model) expected() guide.Account {
	if m.hand != "" {
		return m.hand
	}
	if sug, ok := detect.Offline(m.address, office); ok {
		return sug.Account
	}
	return m.online[detect.Domain(m.address)]
}

// TestChooserInvariant runs random sequences of typing, clearing, picking,
// needs, and online answers that arrive late, out of order or never.
func TestChooserInvariant(t *testing.T) {
	var runs atomic.Int64
	rapid.Check(t, func(t *rapid.T) {
		runs.Add(1)
		online := rapid.Bool().Draw(t, "online")
		r := &run{s: New(deps(online), "", nil, "", ""), m: &model{online: map[string]guide.Account{}}, checks: online}
		t.Repeat(rapid.StateMachineActions(r))
	})
	if n := runs.Load(); n < minSequences && !t.Failed() {
		t.Errorf("tried %d sequences, want at least %d", n, minSequences)
	}
}

// run is one random sequence: the state under test and the model beside it.
type run struct {
	s      *State
	m      *model
	checks bool // online checks allowed
}

func (r *run) typed(a string) {
	if detect.Domain(a) != detect.Domain(r.m.address) {
		r.m.online, r.m.current = map[string]guide.Account{}, nil
	}
	r.m.address = a
	r.s.Type(a)
}

// Type puts a whole address in the field, as pasting does.
func (r *run) Type(t *rapid.T) { r.typed(addresses.Draw(t, "address")) }

// Key types one more character, or takes one away.
func (r *run) Key(t *rapid.T) {
	a := r.m.address
	if rapid.Bool().Draw(t, "backspace") && a != "" {
		a = a[:len(a)-1]
	} else {
		a += rapid.SampledFrom([]string{"a", ".", "@", "e", "s", "t"}).Draw(t, "key")
	}
	r.typed(a)
}

// Clear empties the field.
func (r *run) Clear(*rapid.T) { r.typed("") }

// Pick chooses a kind by hand.
func (r *run) Pick(t *rapid.T) {
	k := kinds.Draw(t, "kind")
	r.m.hand, r.m.current = k, nil
	r.s.Pick(k)
}

// Pause is the person stopping typing, or leaving the field.
func (r *run) Pause(t *rapid.T) {
	due, _ := r.s.Due()
	a, ok := r.s.Ask()
	if !ok {
		return
	}
	if a.Domain != due || a.Domain != detect.Domain(r.m.address) {
		t.Fatalf("asked about %q with %q in the field", a.Domain, r.m.address)
	}
	if _, known := detect.Offline(r.m.address, office); known || detect.Unfinished(a.Domain, office) || !r.checks || r.m.hand != "" {
		t.Fatalf("asked about %q, which is known, unfinished, after a pick or with checks off", a.Domain)
	}
	r.m.asks, r.m.current = append(r.m.asks, a), &a
}

// Answer is an online answer to any check ever started, late or not.
func (r *run) Answer(t *rapid.T) {
	if len(r.m.asks) == 0 {
		t.Skip("nothing asked")
	}
	a := rapid.SampledFrom(r.m.asks).Draw(t, "ask")
	sug := answers.Draw(t, "answer")
	took := r.s.Answer(a, sug, sug.Account != "")
	if want := r.m.current != nil && *r.m.current == a; took != want {
		t.Fatalf("answer to %+v taken=%v, want %v", a, took, want)
	}
	if took {
		r.m.current = nil
	}
	if took && sug.Account != "" {
		r.m.online[a.Domain] = sug.Account
	}
}

// Leave is the chooser built again, or left.
func (r *run) Leave(*rapid.T) {
	r.m.current = nil
	r.s.Drop()
}

// Need ticks or unticks a need.
func (r *run) Need(t *rapid.T) {
	r.s.Need(rapid.SampledFrom(guide.NeedIDs()).Draw(t, "need"), rapid.Bool().Draw(t, "on"))
}

// Check holds after every step: the kind chosen is the model's, Next is
// enabled exactly when a path can be chosen, and no suggestion is for
// another address.
func (r *run) Check(t *rapid.T) {
	if got, want := r.s.Account(), r.m.expected(); got != want {
		t.Fatalf("chosen %q, want %q (address %q, own pick %q)", got, want, r.m.address, r.m.hand)
	}
	_, err := guide.Choose(r.s.Account(), r.s.Needs())
	if r.s.Ready() != (err == nil) || (r.s.Ready() && r.s.Account() == "") {
		t.Fatalf("Next enabled=%v with kind %q and needs %v", r.s.Ready(), r.s.Account(), r.s.Needs())
	}
	if sug, ok := r.s.Suggested(); ok && sug.Domain != detect.Domain(r.m.address) {
		t.Fatalf("a suggestion for %q shown with %q in the field", sug.Domain, r.m.address)
	}
}

// The case seen by hand: Gmail suggests Google; another address in its
// place must not keep Google chosen.
func TestAnotherAddressDropsTheOldSuggestion(t *testing.T) {
	s := New(deps(true), "", nil, "", "")
	s.Type("anna.svensson@gmail.com")
	if s.Account() != guide.GoogleAccount {
		t.Fatalf("gmail.com suggested %q", s.Account())
	}
	s.Type("anna.svensson@sveaskog.se")
	if s.Account() != "" {
		t.Errorf("after the address changed, %q is still chosen", s.Account())
	}
	a, ok := s.Ask()
	if !ok || a.Domain != "sveaskog.se" {
		t.Fatalf("the new domain is not asked about: %+v %v", a, ok)
	}
	s.Answer(a, detect.Suggestion{}, false)
	if d, ok := s.Unchecked(); !ok || d != "sveaskog.se" || s.Account() != "" || s.Ready() {
		t.Errorf("no answer should leave the choice open: %q %v, chosen %q", d, ok, s.Account())
	}
}

// A kind restored from saved progress is the person's own pick.
func TestSavedKindIsTheirsAndTheEnvironmentIsKept(t *testing.T) {
	s := New(deps(true), guide.PrivateMicrosoft, []guide.Need{guide.NeedVIOL3}, guide.ServiceTest, "")
	s.Type("anna@gmail.com")
	if s.Account() != guide.PrivateMicrosoft {
		t.Errorf("the saved kind was overridden by a suggestion: %q", s.Account())
	}
	c, err := s.Choice()
	if err != nil || c.Options.Service != guide.ServiceTest {
		t.Errorf("choice %+v %v, want the saved test environment", c.Options, err)
	}
}

// The environment is the kit's when it names one of VIOL 3's, production
// otherwise; it sets the service only for someone using VIOL 3, and never
// the path.
func TestEnvironment(t *testing.T) {
	for _, c := range []struct {
		kit   guide.Service
		needs []guide.Need
		want  guide.Service
	}{
		{"", []guide.Need{guide.NeedVIOL3}, guide.ServiceProduction},
		{guide.ServiceTest, []guide.Need{guide.NeedVIOL3}, guide.ServiceTest},
		{guide.ServiceIntegration, []guide.Need{guide.NeedVIOL3}, guide.ServiceProduction},
		{guide.ServiceTest, []guide.Need{guide.NeedIntegration}, guide.ServiceIntegration},
		{guide.ServiceTest, []guide.Need{guide.NeedFollowup}, guide.ServiceTest},
	} {
		s := New(deps(false), guide.GoogleAccount, c.needs, "", c.kit)
		got, err := s.Choice()
		if err != nil || got.Options.Service != c.want {
			t.Errorf("kit %q needs %v: service %q (%v), want %q", c.kit, c.needs, got.Options.Service, err, c.want)
		}
		s.SetEnvironment(guide.ServiceProduction)
		if after, _ := s.Choice(); after.Path != got.Path {
			t.Errorf("the environment changed the path from %s to %s", got.Path, after.Path)
		}
	}
	s := New(deps(false), "", []guide.Need{guide.NeedVIOL3}, "", "")
	s.SetEnvironment(guide.ServiceTest)
	s.Need(guide.NeedVIOL3, false)
	s.Need(guide.NeedFollowup, true)
	if s.Environment() != guide.ServiceProduction {
		t.Errorf("the test environment came back after VIOL 3 was unticked")
	}
	s.SetEnvironment(guide.ServiceIntegration)
	if s.Environment() != guide.ServiceProduction {
		t.Errorf("integration is no environment of VIOL 3, but was taken")
	}
}

// Starts of known domains and known domains are never asked about.
func TestNothingKnownIsAskedAbout(t *testing.T) {
	s := New(deps(true), "", nil, "", "")
	var asked []string
	for _, r := range "anna@bredband.net" {
		s.Type(s.Address() + string(r))
		if a, ok := s.Ask(); ok {
			asked = append(asked, a.Domain)
		}
	}
	if len(asked) > 0 {
		t.Errorf("asked about %s on the way to bredband.net", strings.Join(asked, ", "))
	}
}
