package ui

import (
	"context"
	"testing"

	"github.com/biometria/kontoguiden/internal/detect"
	"github.com/biometria/kontoguiden/internal/guide"
)

// Typing never waits for the network: the check runs in the background and
// its answer arrives through fyne.Do as a suggestion with its reason.
func TestOnlineCheckDoesNotFreezeTyping(t *testing.T) {
	h := start(t, t.TempDir(), guide.Swedish)
	release := make(chan struct{})
	asked := make(chan string, 10)
	h.ui.Detect = func(ctx context.Context, domain string) (detect.Suggestion, bool) {
		asked <- domain
		select {
		case <-release:
		case <-ctx.Done():
			return detect.Suggestion{}, false
		}
		return detect.Suggestion{Account: guide.WorkMicrosoft, Reason: guide.Text{SV: "Adresser på @skog.se hanteras av Microsoft 365.", EN: "x"}}, true
	}
	shown := make(chan struct{})
	h.ui.afterLookup = func() { close(shown) }
	h.newPerson("Anna")
	h.paste("namn@exempel.se", "anna@skog.se") // returns although the check is blocked
	h.mustShow("Kontrollerar adresser på @skog.se")
	if h.ui.answers.account != "" {
		t.Fatal("an account was chosen before the check answered")
	}
	if got := <-asked; got != "skog.se" {
		t.Errorf("asked about %q, want only the domain skog.se", got)
	}
	close(release)
	<-shown
	if h.ui.answers.account != guide.WorkMicrosoft {
		t.Errorf("suggestion chose %q", h.ui.answers.account)
	}
	h.mustShow("Förslag: Adresser på @skog.se hanteras av Microsoft 365.")
}

// No answer (no network, too slow, odd reply): no error, the person chooses.
func TestOnlineCheckWithoutAnswerJustAsks(t *testing.T) {
	h := start(t, t.TempDir(), guide.Swedish)
	h.ui.Detect = func(context.Context, string) (detect.Suggestion, bool) {
		return detect.Suggestion{}, false
	}
	shown := make(chan struct{})
	h.ui.afterLookup = func() { close(shown) }
	h.newPerson("Anna")
	h.paste("namn@exempel.se", "anna@skog.se")
	<-shown
	h.mustNotShow("Kontrollerar")
	if h.ui.answers.account != "" || h.ui.modal != nil {
		t.Error("no answer should choose nothing and show no dialog")
	}
	h.mustShow("Välj vilken e-postadress du har.")
}
