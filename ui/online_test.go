package ui

import (
	"context"
	"testing"

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
	h.mustShow("Kontrollerar adresser på @skog.se")
	if h.account() != "" {
		t.Fatal("an account was chosen before the check answered")
	}
	if got := receive(t, asked); got != "skog.se" {
		t.Errorf("asked about %q, want only the domain skog.se", got)
	}
	close(release)
	h.settle()
	if h.account() != guide.WorkMicrosoft {
		t.Errorf("suggestion chose %q", h.account())
	}
	h.mustShow("Förslag: Adresser på @skog.se hanteras av Microsoft 365, så det är ett skol- eller företagskonto från Microsoft.")
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
	h.mustShow("Välj vilken e-postadress du har.")
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
			account := func() guide.Account { return chooser.state.answers.account }
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
			h.mustNotShow("Förslag: Microsoft 365.")
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
