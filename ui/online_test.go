package ui

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/biometria/kontoguiden/internal/detect"
	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
)

// Typing never waits for the network: the check runs in the background and
// its answer arrives through fyne.Do as a suggestion with its reason.
func TestOnlineCheckDoesNotFreezeTyping(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	release := make(chan struct{})
	asked := make(chan string, 10)
	h.ui.Detect = func(ctx context.Context, domain string) (detect.Suggestion, bool) {
		asked <- domain
		select {
		case <-release:
		case <-ctx.Done():
			return detect.Suggestion{}, false
		}
		return detect.Suggestion{Account: guide.WorkMicrosoft, Reason: i18n.Key("suggest.tenant").With("domain", "skog.se")}, true
	}
	h.newPerson("Anna")
	h.paste("namn@exempel.se", "anna@skog.se") // returns although the check is blocked
	if got := receive(t, asked); got != "skog.se" {
		t.Errorf("asked about %q, want only the domain skog.se", got)
	}
	h.mustShow("Kontrollerar adresser på @skog.se")
	if h.account() != "" {
		t.Fatal("an account was chosen before the check answered")
	}
	close(release)
	h.settle()
	if h.account() != guide.WorkMicrosoft {
		t.Errorf("suggestion chose %q", h.account())
	}
	h.mustShow("Kontoguidens förslag: Microsoft svarar att @skog.se hör till en skola eller ett företag.")
}

// No answer (no network, too slow, odd reply): no error, the person chooses.
func TestOnlineCheckWithoutAnswerJustAsks(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.ui.Detect = func(context.Context, string) (detect.Suggestion, bool) {
		return detect.Suggestion{}, false
	}
	h.newPerson("Anna")
	h.paste("namn@exempel.se", "anna@skog.se")
	h.settle()
	h.mustNotShow("Kontrollerar")
	if h.account() != "" || h.ui.keys.modal != nil {
		t.Error("no answer should choose nothing and show no dialog")
	}
	h.mustShow("Välj vilket slags adress du har, under fråga 1.")
}

// slowCheck is an online check that answers "work account at Microsoft"
// only when released, as a slow network would; it tells when it was asked.
func slowCheck(asked chan<- string, release <-chan struct{}) func(context.Context, string) (detect.Suggestion, bool) {
	return func(ctx context.Context, domain string) (detect.Suggestion, bool) {
		asked <- domain
		<-release // a slow network answers late, cancelled or not
		return detect.Suggestion{Account: guide.WorkMicrosoft, Reason: i18n.Lit("Microsoft 365.")}, true
	}
}

// lookingUp is Anna on the chooser with an address typed whose online
// check has been asked and waits for release to answer.
func lookingUp(t *testing.T) (*harness, chan struct{}) {
	t.Helper()
	h := start(t, t.TempDir(), i18n.Swedish)
	asked, release := make(chan string, 1), make(chan struct{})
	h.ui.Detect = slowCheck(asked, release)
	h.newPerson("Anna")
	h.paste("namn@exempel.se", "anna@skog.se")
	receive(t, asked)
	return h, release
}

// The person's own choice wins over an answer that arrives late: picking an
// account by hand, or leaving the chooser, ends the check.
func TestLateLookupNeverOverridesThePersonsChoice(t *testing.T) {
	for _, c := range []struct {
		name string
		act  func(h *harness)
	}{
		{"picked_then_next", func(h *harness) {
			h.radio("Personligt Google-konto")
			h.check("Använda VIOL 3")
			h.tap("Nästa")
		}},
		{"picked_and_stayed", func(h *harness) {
			h.radio("Personligt Google-konto")
			h.check("Använda VIOL 3")
		}},
		{"left_the_chooser", func(h *harness) { h.tap("Tillbaka") }},
	} {
		t.Run(c.name, func(t *testing.T) {
			h, release := lookingUp(t)
			chooser := h.chooser() // its answers, looked at after it is gone too
			account := func() guide.Account { return chooser.state.Account() }
			before := account()
			c.act(h)
			chosen := account()
			close(release)
			h.settle()
			if account() != chosen {
				t.Errorf("the late answer changed the account from %q to %q", chosen, account())
			}
			if chosen == before && c.name != "left_the_chooser" {
				t.Fatalf("the test picked nothing (still %q)", chosen)
			}
			h.mustNotShow("förslag: Microsoft 365.")
		})
	}
}

// The saved answers are the ones the person gave, after a late answer too.
func TestLateLookupDoesNotChangeWhatIsSaved(t *testing.T) {
	h, release := lookingUp(t)
	h.radio("Personligt Google-konto")
	h.check("Använda VIOL 3")
	h.tap("Nästa")
	h.tap("Starta guiden")
	close(release)
	h.settle()
	h.tap("Klar – nästa steg")
	st := h.ui.session.Journey.State()
	if st.Account != guide.GoogleAccount || st.Path != guide.PathGoogle {
		t.Errorf("saved account=%s path=%s, want google and google", st.Account, st.Path)
	}
}

// An address still being typed is not sent anywhere: "gunillapersson.s"
// is not a domain yet.
func TestUnfinishedDomainIsNotLookedUp(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	asked := make(chan string, 10)
	h.ui.Detect = func(_ context.Context, d string) (detect.Suggestion, bool) {
		asked <- d
		return detect.Suggestion{}, false
	}
	h.newPerson("Anna")
	h.mustShow("aldrig om namnet före @") // what leaves the computer is said
	h.paste("namn@exempel.se", "gunilla@gunillapersson.s")
	h.settle()
	h.mustNotShow("Kontrollerar")
	select {
	case d := <-asked:
		t.Errorf("asked about %q while it was being typed", d)
	default:
	}
}

// The case seen by a new user: Gmail suggests Google; another address in
// its place that cannot be checked leaves the choice open, and Next off.
func TestAnotherAddressDropsTheOldSuggestion(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.ui.Detect = func(context.Context, string) (detect.Suggestion, bool) { return detect.Suggestion{}, false }
	h.newPerson("Anna")
	h.check("Använda VIOL 3")
	h.paste("namn@exempel.se", "anna.svensson@gmail.com")
	if h.account() != guide.GoogleAccount || h.chooser().primary.Disabled() {
		t.Fatalf("gmail.com chose %q", h.account())
	}
	h.paste("namn@exempel.se", "anna.svensson@sveaskog.se")
	h.settle()
	h.mustShow("Adresser på @sveaskog.se gick inte att kontrollera just nu.")
	if h.account() != "" || !h.chooser().primary.Disabled() {
		t.Errorf("after the address changed, %q is chosen and Next enabled=%v", h.account(), !h.chooser().primary.Disabled())
	}
	for _, c := range h.chooser().accounts {
		if c.Selected {
			t.Errorf("%q still shown as chosen", c.Title)
		}
	}
}

// What the address tells shows right under the field, and the cards under
// it stay where they are, whatever it says.
func TestSuggestionShowsUnderTheFieldAndNothingMoves(t *testing.T) {
	h, release := lookingUp(t)
	s := h.chooser()
	card := s.accounts[guide.WorkMicrosoft]
	place := func() fyne.Position { h.relayout(); return fyne.CurrentApp().Driver().AbsolutePositionForObject(card) }
	field, status := fyne.CurrentApp().Driver().AbsolutePositionForObject(s.address), fyne.CurrentApp().Driver().AbsolutePositionForObject(s.status)
	if status.Y <= field.Y || status.Y > field.Y+s.address.Size().Height+theme.Padding()*2 {
		t.Errorf("the line is at %v, the field at %v+%v: not right under it", status.Y, field.Y, s.address.Size().Height)
	}
	checking := place()
	h.mustShow("Kontrollerar adresser på @skog.se")
	close(release)
	h.settle()
	h.mustShow("förslag: Microsoft 365.")
	if after := place(); after != checking {
		t.Errorf("the cards moved from %v to %v when the answer came", checking, after)
	}
	h.paste("namn@exempel.se", "")
	if after := place(); after != checking {
		t.Errorf("the cards moved from %v to %v when the line emptied", checking, after)
	}
}

// Nothing is asked while the person types on their way to a domain the
// guide knows; the domain is asked about only once they pause.
func TestTypingToAKnownDomainAsksNothing(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	asked := make(chan string, 100)
	h.ui.Detect = func(_ context.Context, d string) (detect.Suggestion, bool) {
		asked <- d
		return detect.Suggestion{}, false
	}
	h.newPerson("Anna")
	e := h.entry("namn@exempel.se")
	for _, r := range "anna@bredband.net" {
		e.SetText(e.Text + string(r))
		h.settle()
	}
	h.mustShow("@bredband.net kommer varken från Microsoft eller Google")
	select {
	case d := <-asked:
		t.Errorf("asked about %q on the way to bredband.net", d)
	default:
	}
}

// The environment under VIOL 3 is the kit's, or production; the person's
// choice names the entry on the checklist and changes no path.
func TestEnvironmentNamesTheEntry(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.newPerson("Anna")
	h.radio("Personligt Google-konto")
	h.check("Använda VIOL 3")
	env := h.chooser().envs
	if !env[guide.ServiceProduction].Selected || env[guide.ServiceTest].Selected {
		t.Fatal("production is not the one chosen from the start")
	}
	h.radio("VIOL 3 Kundtestmiljö")
	h.tap("Nästa")
	h.mustShow("Registrera dig med Google")
	h.tap("Starta guiden")
	st := h.ui.session.Journey.State()
	if st.Options.Service != guide.ServiceTest || st.Path != guide.PathGoogle {
		t.Errorf("saved service %q path %q, want the test environment on the Google path", st.Options.Service, st.Path)
	}
}

// Another language or text size builds the chooser again: what was typed
// and chosen stays.
func TestRebuildKeepsTheAddress(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.newPerson("Anna")
	h.paste("namn@exempel.se", "anna@gmail.com")
	h.ui.toggleLang()
	if got := h.entry("name@example.com").Text; got != "anna@gmail.com" {
		t.Errorf("the address reads %q after switching language", got)
	}
	if h.account() != guide.GoogleAccount {
		t.Errorf("chosen %q after switching language", h.account())
	}
	h.mustShow("Kontoguiden suggests: Addresses at @gmail.com are personal Google accounts.")
}

// A pick by hand stands; the suggestion for the address then says it is
// only a suggestion.
func TestOwnPickStandsAgainstTheSuggestion(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.newPerson("Anna")
	h.radio("Personligt Microsoft-konto")
	h.paste("namn@exempel.se", "anna@gmail.com")
	if h.account() != guide.PrivateMicrosoft {
		t.Errorf("the suggestion overrode the pick: %q", h.account())
	}
	h.mustShow("Kontoguidens förslag: ”Personligt Google-konto”. Men du har själv valt ”Personligt Microsoft-konto”, och det gäller.")
}

// A domain is asked about when the person pauses, or at once when they
// leave the field; not at every key.
func TestLookupWaitsForAPauseOrLeaving(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	asked := make(chan string, 10)
	h.ui.Detect = func(_ context.Context, d string) (detect.Suggestion, bool) {
		asked <- d
		return detect.Suggestion{}, false
	}
	h.ui.LookupDelay = time.Hour
	h.newPerson("Anna")
	h.paste("namn@exempel.se", "anna@firma.se")
	select {
	case d := <-asked:
		t.Fatalf("asked about %q before any pause", d)
	case <-time.After(100 * time.Millisecond):
	}
	h.mustNotShow("Kontrollerar")
	h.w.Canvas().Unfocus() // Tab or a click elsewhere
	if got := receive(t, asked); got != "firma.se" {
		t.Errorf("asked about %q on leaving the field", got)
	}
	h.settle()
	h.mustShow("Adresser på @firma.se gick inte att kontrollera just nu.")
}

// Once the person pauses, the line says what the guide cannot tell: an
// address not whole yet, a slip of the keys, a domain it does not know.
func TestPauseSaysWhatTheAddressLacks(t *testing.T) {
	for address, want := range map[string]string{
		"kalle":               "Det här är inte en hel e-postadress än.",
		"anna@gmail.com,":     "Det här är inte en hel e-postadress än.",
		"kalle@gmial.com":     "Kontoguidens förslag: Står det rätt? @gmial.com liknar @gmail.com.",
		"kalle@skogsfirma.se": "Kontoguiden känner inte igen @skogsfirma.se. Välj själv nedan.",
	} {
		t.Run(address, func(t *testing.T) {
			h := start(t, t.TempDir(), i18n.Swedish)
			h.ui.Detect = nil // the kit turned online checks off
			h.ui.LookupDelay = time.Hour
			h.newPerson("Anna")
			h.paste("namn@exempel.se", address)
			h.mustNotShow(want) // while typing, nothing
			h.w.Canvas().Unfocus()
			h.mustShow(want)
		})
	}
}

// Choosing an environment is choosing to use VIOL 3; before that, neither
// environment shows as chosen.
func TestEnvironmentTicksVIOL3(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.newPerson("Anna")
	for _, c := range h.chooser().envs {
		if c.Selected {
			t.Errorf("%q shown as chosen before VIOL 3 is", c.Title)
		}
	}
	h.radio("VIOL 3 Kundtestmiljö")
	if !h.chooser().needs[guide.NeedVIOL3].Checked || !h.chooser().envs[guide.ServiceTest].Selected {
		t.Error("picking the test environment did not tick VIOL 3")
	}
}

// A pick by hand keeps the address's own problems in view: a slip of the
// keys is still said; an address typed with "no address" picked is too.
func TestOwnPickKeepsTheAddressWarnings(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.ui.LookupDelay = time.Hour
	h.newPerson("Anna")
	h.radio("Skol- eller företagskonto från Microsoft")
	h.w.Canvas().Focus(h.chooser().address)
	h.paste("namn@exempel.se", "anders@gmial.com")
	h.w.Canvas().Unfocus()
	h.mustShow("Står det rätt? @gmial.com liknar @gmail.com.")
	h.radio("Jag har ingen e-postadress än")
	h.mustShow("Du har skrivit en adress, men valt att du inte har någon.")
}

// Clicking a choice or a check box low on the page does not scroll it
// under the pointer; Tab still brings what it reaches into view.
func TestClickingDoesNotMoveThePage(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.newPerson("Anna")
	s := h.chooser()
	last := s.accounts[guide.NoAddress]
	top, _ := s.placeOf(last)
	if top+last.Size().Height <= s.scroll.Size().Height {
		t.Fatalf("the last choice is wholly in view (%v of %v): the test shows nothing", top+last.Size().Height, s.scroll.Size().Height)
	}
	before := s.scroll.Offset
	h.radio("Jag har ingen e-postadress än")
	if s.scroll.Offset != before {
		t.Errorf("a click scrolled the page from %v to %v", before, s.scroll.Offset)
	}
	h.w.Canvas().Focus(s.address)
	h.w.Canvas().Focus(last) // as Tab does
	if s.scroll.Offset == before {
		t.Error("the keyboard's focus did not bring the choice into view")
	}
}
