package ui

import (
	"fmt"
	"reflect"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
)

// Each path, as a person goes through it: answer, start, every step, MFA,
// done; the browser is asked for each step's address in order.
func TestEveryPathEndToEnd(t *testing.T) {
	cases := []struct {
		account guide.Account
		needs   []guide.Need
		path    guide.PathID
	}{
		{guide.WorkMicrosoft, []guide.Need{guide.NeedVIOL3}, guide.PathEmail},
		{guide.PrivateMicrosoft, []guide.Need{guide.NeedIntegration}, guide.PathMicrosoft},
		{guide.GoogleAccount, []guide.Need{guide.NeedVIOL3, guide.NeedFollowup}, guide.PathMicrosoftActivation},
		{guide.GoogleAccount, []guide.Need{guide.NeedVIOL3}, guide.PathGoogle},
		{guide.NoAddress, []guide.Need{guide.NeedVIOL3}, guide.PathMicrosoft},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%s_to_%s", c.account, c.path), func(t *testing.T) {
			h := start(t, t.TempDir(), i18n.Swedish)
			h.choose(c.account, c.needs...)
			choice, _ := guide.Choose(c.account, c.needs)
			if choice.Path != c.path {
				t.Fatalf("guide chose %s", choice.Path)
			}
			path, _ := guide.Lookup(c.path)
			h.mustShow("”" + path.Button + "”")
			h.mustShow(sv(choice.Reason))
			h.tap("Starta guiden")

			steps, _ := guide.Checklist(choice.Path, choice.Options)
			var want []string
			for i, s := range steps {
				h.mustShow(fmt.Sprintf("Steg %d av %d", i+1, len(steps)))
				h.mustShow(sv(s.Title()))
				if s.URL != "" {
					h.tap("Öppna i webbläsaren")
					h.settle()
					want = append(want, s.URL)
				}
				if !s.MFA {
					h.tap("Klar – nästa steg")
				}
			}
			if h.button("Mitt konto är klart").Disabled() == false {
				t.Fatal("MFA can be finished without ticking the box")
			}
			h.check("Tvåstegsverifieringen är klar")
			h.tap("Mitt konto är klart")
			h.tap("Ja, det är klart")
			// What the done screen says follows what the person needs.
			if guide.UsesVIOL3(c.needs) {
				h.mustShow("Ditt konto är redo för VIOL 3")
				h.mustShow("behörighetsansvarig")
			} else {
				h.mustShow("Ditt Biometria-konto är klart")
				h.mustNotShow("VIOL 3")
			}
			if !reflect.DeepEqual(h.rec.urls, want) {
				t.Errorf("browser opened %v, want %v", h.rec.urls, want)
			}
		})
	}
}

func TestRestartResumesSameStepWithSameTicks(t *testing.T) {
	dir := t.TempDir()
	h := start(t, dir, i18n.Swedish)
	h.choose(guide.OtherAddress, guide.NeedVIOL3)
	h.tap("Starta guiden")
	for i := 0; i < 4; i++ {
		h.tap("Klar – nästa steg")
	}
	h.tap("Tillbaka")
	h.mustShow("Steg 4 av")
	h.quit()

	// Back on the next step to do, not the one looked at when closing.
	again := start(t, dir, i18n.Swedish)
	again.mustShow("Anna: 4 av 23 steg klara")
	again.tap("Fortsätt som Anna")
	again.mustShow("Steg 5 av 23")
	if got := again.ui.session.Journey.DoneCount(); got != 4 {
		t.Errorf("%d steps ticked after restart, want 4", got)
	}
	again.tap("Klar – nästa steg")
	again.mustShow("Steg 6 av 23")
}

func TestBackKeepsTicks(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.onGooglePath(2)
	h.tap("Tillbaka")
	h.tap("Tillbaka")
	h.mustShow("Steg 1 av")
	if h.ui.session.Journey.DoneCount() != 2 {
		t.Errorf("going back lost ticks: %d", h.ui.session.Journey.DoneCount())
	}
	h.tap("Klar – nästa steg")
	h.mustShow("Steg 2 av") // the step after, done or not, as the button says
}

func TestStartOverClearsEverything(t *testing.T) {
	dir := t.TempDir()
	h := start(t, dir, i18n.Swedish)
	h.onGooglePath(1)
	h.quit()

	again := start(t, dir, i18n.Swedish)
	again.tap("Börja om")
	again.mustShow("Allt du har bockat av försvinner")
	again.tap("Avbryt")
	again.mustShow("[Jag är ny här]") // cancelling leaves the person on the list
	again.tap("Fortsätt som Anna")
	again.mustShow("Steg 2 av")
	again.tap("Tillbaka")
	again.tap("Tillbaka")
	again.tap("Ändra svaren")
	again.tap("Tillbaka")
	again.tap("Börja om")
	again.tap("Börja om") // the dialog's own button
	again.mustShow("Två frågor först")
	if again.account() != "" {
		t.Error("answers kept after starting over")
	}
	third := start(t, dir, i18n.Swedish)
	third.mustShow("Anna: har inte valt väg än")
	people, _ := third.ui.People.List()
	if len(people) != 1 || len(people[0].State.Done) != 0 || people[0].State.Started() {
		t.Errorf("after starting over: %+v", people)
	}
}

func TestChooserNextWaitsForCompleteAnswer(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.newPerson("Bo")
	if !h.button("Nästa").Disabled() {
		t.Fatal("Next enabled with no answers")
	}
	h.mustShow("Välj vilket slags adress du har, under fråga 1.")
	h.radio("Personligt Google-konto")
	if !h.button("Nästa").Disabled() {
		t.Fatal("Next enabled with no need")
	}
	h.check("Använda VIOL 3")
	if h.button("Nästa").Disabled() {
		t.Fatal("Next disabled with a complete answer")
	}
	h.radio("Personligt Microsoft-konto")
	if got := h.account(); got != guide.PrivateMicrosoft {
		t.Errorf("account = %s after changing the radio", got)
	}
	h.tap("Nästa")
	h.tap("Ändra svaren")
	h.mustShow("Två frågor först")
}

func TestCannotOpenStepsNotReached(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.onGooglePath(1)
	list := h.stepList()
	list.Select(5)
	h.mustShow("Steg 2 av")
	h.stepList().Select(0)
	h.mustShow("Steg 1 av")
	if h.ui.session.Journey.DoneCount() != 1 {
		t.Errorf("opening a done step changed the ticks: %d", h.ui.session.Journey.DoneCount())
	}
}

func (h *harness) stepList() *keyList {
	for _, o := range h.objects() {
		if l, ok := o.(*keyList); ok {
			return l
		}
	}
	h.t.Fatal("no step list on screen")
	return nil
}

func TestBrowserFailureShowsAddress(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.rec.fail = true
	h.onGooglePath(0)
	h.tap("Öppna i webbläsaren")
	h.settle()
	h.mustShow("Webbläsaren öppnades inte")
	h.tap("Kopiera adressen")
	if got := h.ui.App.Clipboard().Content(); got != guide.BiometriaURL {
		t.Errorf("clipboard holds %q", got)
	}
}

func TestLanguageSwitchIsRemembered(t *testing.T) {
	dir := t.TempDir()
	h := start(t, dir, i18n.Swedish)
	h.tap("In English")
	h.mustShow("Create your Biometria account")
	if h.w.Title() != "Kontoguiden – create your Biometria account" {
		t.Errorf("title %q", h.w.Title())
	}
	if got := string(h.ui.Settings.Load().Lang); got != "en" {
		t.Errorf("language preference = %q", got)
	}
}

// The step on show is in view in the list of steps: at the start of a
// journey, after steps further on, and after the text grows.
func TestTheStepOnShowIsInViewInTheList(t *testing.T) {
	for _, ticks := range []int{0, 4, 11} {
		h := start(t, t.TempDir(), i18n.Swedish)
		h.w.Resize(fyne.NewSize(1024, 600))
		h.onGooglePath(ticks)
		h.ui.setScale(+1)
		list := h.checklist().list
		title := sv(h.ui.session.Journey.Step().Title())
		// As the list lays its rows out: each as high as its title
		// wrapped, a padding apart.
		rows := h.checklist().rows
		i := h.ui.session.Journey.Index()
		var y float32
		for _, r := range rows[:i] {
			y += r + theme.Padding()
		}
		off := list.GetScrollOffset()
		found := y >= off && y+rows[i] <= off+list.Size().Height
		if !found {
			t.Errorf("after %d ticks, %q is not in view in the list", ticks, title)
		}
	}
}
