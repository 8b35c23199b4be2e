package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/detect"
	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/progress"
)

// Typing goes to the address field as soon as the chooser opens.
func TestChooserFocusesTheAddressField(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.newPerson("Anna")
	if f := h.w.Canvas().Focused(); f != h.chooser().address {
		t.Errorf("focus is on %T, want the address field", f)
	}
}

// Enter in a dialog that would lose something takes the safe answer.
func TestEnterNeverForgetsOrStartsOver(t *testing.T) {
	dir := t.TempDir()
	h := start(t, dir, i18n.Swedish)
	h.onGooglePath(2)
	h.quit()

	again := start(t, dir, i18n.Swedish)
	forget := again.button("Glöm Anna").CanvasObject.(fyne.Focusable)
	again.w.Canvas().Focus(forget)
	again.key(fyne.KeyReturn) // presses "Glöm Anna"
	again.mustShow("Glömma Anna?")
	again.key(fyne.KeyReturn)
	again.mustShow("Anna: 2 av " + total(guide.PathGoogle) + " steg klara")
	// The keyboard is back where it was, not at the top of the list.
	if f := again.w.Canvas().Focused(); f != forget {
		t.Errorf("after the dialog the focus is on %T, want %q", f, "Glöm Anna")
	}
	again.tap("Börja om")
	again.mustShow("Börja om för Anna?") // asked on the list, before anything is opened
	again.mustShow("Allt du har bockat av försvinner")
	again.key(fyne.KeyReturn)
	again.mustShow("Anna: 2 av " + total(guide.PathGoogle) + " steg klara")
	if again.ui.session != nil {
		t.Error("Avbryt left the person inside their guide")
	}
	again.tap("Börja om")
	again.tap("Börja om") // the dialog's
	again.mustShow("Två frågor först")
	if n := again.ui.session.Journey; n != nil {
		t.Errorf("started over, yet a path is kept: %+v", n.State())
	}
}

// Changing one's answers mid-path keeps the ticks of the shared start and
// asks before the others go.
func TestChangingAnswersKeepsSharedTicks(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.onGooglePath(6) // the shared start, the button and Google's sign-in
	for h.onChecklist() {
		h.tap("Tillbaka")
	}
	h.tap("Ändra svaren")
	h.radio("Skol- eller företagskonto från Microsoft")
	h.tap("Nästa")
	h.tap("Starta guiden")
	h.mustShow("Byta väg?")
	h.mustShow("2 steg som du har bockat av")
	h.tap("Byt väg")
	if got := h.ui.session.Journey.DoneCount(); got != 4 {
		t.Errorf("%d ticks kept, want the 4 steps every path shares", got)
	}
	h.mustShow("Steg 5 av " + total(guide.PathEmail)) // the e-mail path's own button, next to do
}

// The same name again is probably the same person: asked, not duplicated.
func TestSameNameAsksIsThatYou(t *testing.T) {
	dir := t.TempDir()
	h := start(t, dir, i18n.Swedish)
	h.onGooglePath(1)
	h.quit()

	yes := start(t, dir, i18n.Swedish)
	yes.newPerson("anna")
	yes.mustShow("Är det du, Anna?")
	// Each answer has its own sign: never a cross on "yes, it is me".
	for _, answer := range []string{"Ja, det är jag", "Nej, jag är ny"} {
		if b, ok := yes.button(answer).CanvasObject.(*widget.Button); !ok || b.Icon == nil || b.Icon.Name() == theme.CancelIcon().Name() {
			t.Errorf("%q has the sign %v", answer, b.Icon)
		}
	}
	yes.tap("Ja, det är jag")
	yes.mustShow("Steg 2 av " + total(guide.PathGoogle))
	yes.quit()

	no := start(t, dir, i18n.Swedish)
	no.newPerson("Anna")
	no.tap("Nej, jag är ny (Anna 2)")
	no.mustShow("Två frågor först")
	if no.ui.session.Name != "Anna 2" {
		t.Errorf("the new person is called %q", no.ui.session.Name)
	}
}

// One rule keeps people: whoever gave a name is listed until forgotten,
// however they left (here: back from the chooser at once), and Enter on
// the list starts a new person, never continues as the last one.
func TestEveryoneNamedIsListedAndEnterContinuesAsNobody(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.newPerson("Anna")
	h.tap("Tillbaka")
	h.mustShow("Anna: har inte valt väg än")
	h.mustShow("[Glöm Anna]")
	h.key(fyne.KeyReturn)
	h.mustShow("Vad heter du?")
	if h.ui.session != nil {
		t.Errorf("Enter continued as %q", h.ui.session.Name)
	}
}

// A finished person is listed as finished, with the day, apart from those
// on their way; "Glöm" names whom it forgets.
func TestFinishedPeopleAreListedApart(t *testing.T) {
	dir := t.TempDir()
	h := start(t, dir, i18n.Swedish)
	h.walk(i18n.Swedish, func(string) {})
	h.quit()

	again := start(t, dir, i18n.Swedish)
	again.mustShow("Klara konton")
	again.mustShow("Anna: kontot klart 26 nov")
	again.mustNotShow("Fortsätt som Anna")
	again.mustShow("[Glöm Anna]")
	again.tap("Visa Anna")
	again.mustShow("Ditt konto är redo för VIOL 3")
}

// The checklist has a way back to the welcome screen without stepping
// back through every step.
func TestSwitchPersonFromTheChecklist(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.onGooglePath(3)
	h.tap("Byt person (Anna)")
	h.mustShow("Anna: 3 av " + total(guide.PathGoogle) + " steg klara. Nästa: Klicka på ”Skapa ett!”.")
}

// A click on a step not reached yet says which one to finish first.
func TestLaterStepSaysWhyNot(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.onGooglePath(1)
	h.checklist().list.Select(6)
	h.mustShow("Steg 7 går inte att öppna än: gör klart steg 2 först.")
	h.mustShow("Steg 2 av " + total(guide.PathGoogle))
}

// A slow browser never freezes the window: the button says it is opening
// and takes no more clicks, and after a while the address is offered.
func TestSlowBrowserIsNotWaitedFor(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	release := make(chan struct{})
	defer close(release)
	h.ui.Opener = slowOpener(release)
	h.ui.OpenWait = 300 * time.Millisecond
	h.onGooglePath(0)
	h.tap("Öppna i webbläsaren")
	h.mustShow("[Webbläsaren öppnas …]")
	if !h.button("Webbläsaren öppnas …").Disabled() {
		t.Error("a second click would open the page again")
	}
	h.tap("Klar – nästa steg") // the window still answers
	h.settle()
	h.mustShow("Webbläsaren öppnades inte")
	h.tap("Kopiera adressen")
	h.mustShow("[Kopierad]")
	if got := h.ui.App.Clipboard().Content(); got != guide.BiometriaURL {
		t.Errorf("clipboard holds %q", got)
	}
}

type slowOpener chan struct{}

func (s slowOpener) Open(string) error { <-s; return nil }

// Without an answer from the online check the person is told, in words,
// to choose by hand.
func TestNoAnswerSaysChooseYourself(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.ui.Detect = func(context.Context, string) (detect.Suggestion, bool) { return detect.Suggestion{}, false }
	h.newPerson("Anna")
	h.paste("namn@exempel.se", "anna@skog.se")
	h.settle()
	h.mustShow("Adresser på @skog.se gick inte att kontrollera just nu")
}

// The well-known providers the chooser names are suggested offline.
func TestProvidersAreSuggestedOffline(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.newPerson("Anna")
	h.paste("namn@exempel.se", "anna@telia.com")
	if h.account() != guide.OtherAddress {
		t.Errorf("telia.com suggested %q", h.account())
	}
}

// A+ and A− stay under the pointer when pressed: each keeps its place
// and width, and grows only downwards with the header around it.
func TestTextSizeButtonsStayPut(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	place := func(b *headerButton) (fyne.Position, fyne.Size) {
		return fyne.CurrentApp().Driver().AbsolutePositionForObject(b), b.Size()
	}
	for _, name := range []string{"larger", "smaller"} {
		at, size := place(h.ui.header.button(name))
		for range textScales {
			h.larger()
			now, nowSize := place(h.ui.header.button(name))
			if now != at || nowSize.Width != size.Width || nowSize.Height < size.Height {
				t.Errorf("%s moved from %v %v to %v %v", name, at, size, now, nowSize)
			}
		}
		for range textScales {
			h.smaller()
		}
	}
	h.mustShow("[A+]")
}

// A name cannot grow without end, and a long one does not push the
// buttons off the screen.
func TestLongNamesAreLimitedAndShortened(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.tap("Sätt igång")
	h.paste("Förnamn", strings.Repeat("Gunilla-", 20))
	if n := len([]rune(h.entry("Förnamn").Text)); n != progress.MaxName {
		t.Errorf("the field holds %d characters, want %d", n, progress.MaxName)
	}
	h.tap("Nästa")
	h.tap("Tillbaka")
	h.newPerson("Maria-Magdalena Katarina")
	h.mustShow("[Byt person (Maria-Magdalena K…)]")
}

// At the largest text on a scaled small screen, in the language with the
// longer words, the header's buttons stay inside the window: the person's
// button gives way, cut with "…", and still says what it does.
func TestHeaderFitsAtLargeText(t *testing.T) {
	h := startAt(t, smallScreens[0])
	h.newPerson("Maria-Magdalena Katarina")
	h.tap("In English")
	for range textScales {
		h.larger()
	}
	h.relayout()
	d, width := fyne.CurrentApp().Driver(), h.w.Canvas().Size().Width
	for name, b := range h.ui.header.buttons() {
		if at := d.AbsolutePositionForObject(b); at.X < 0 || at.X+b.Size().Width > width {
			t.Errorf("%s is at %v, %v wide, in a window %v wide", name, at, b.Size().Width, width)
		}
	}
	shown := test.LaidOutObjects(h.ui.header.person)
	var words string
	for _, o := range shown {
		if t, ok := o.(*canvas.Text); ok {
			words = t.Text
		}
	}
	if !strings.HasPrefix(words, "Switch person (Maria") || !strings.HasSuffix(words, "…") {
		t.Errorf("the person's button says %q", words)
	}
}

// Two people with the same name are told apart on their buttons.
func TestEqualNamesAreToldApart(t *testing.T) {
	dir := t.TempDir()
	people := progress.NewPeople(filepath.Join(dir, "people"), func() time.Time { return clock })
	for _, name := range []string{"Anna", "Anna", "Bo"} {
		s, err := people.Add(name)
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
	}
	h := start(t, dir, i18n.Swedish)
	var labels []string
	for _, b := range h.ui.current.(*welcomeScreen).resume {
		labels = append(labels, b.Text)
	}
	slices.Sort(labels)
	if !slices.Equal(labels, []string{"Fortsätt som Anna (1)", "Fortsätt som Anna (2)", "Fortsätt som Bo"}) {
		t.Errorf("buttons %q: the two Annas must differ, Bo needs no number", labels)
	}
}

// A folder with more people than any shared computer has (planted, or
// years of use) lists the most recent, and says how many more there are.
func TestTheListHasAnEnd(t *testing.T) {
	dir := t.TempDir()
	people := progress.NewPeople(filepath.Join(dir, "people"), func() time.Time { return clock })
	for i := range maxListed + 2 {
		s, err := people.Add(fmt.Sprintf("P%d", i))
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
	}
	h := start(t, dir, i18n.Swedish)
	if n := len(h.ui.current.(*welcomeScreen).forget); n != maxListed {
		t.Errorf("%d people listed, want %d", n, maxListed)
	}
	h.mustShow("2 personer till har sparats här tidigare")
}

// A person's buttons, with a long name at large text in a small window,
// take more lines rather than widen the screen past the window's edge,
// which cut every line of text on it.
func TestPersonButtonsWrapInASmallWindow(t *testing.T) {
	dir := t.TempDir()
	h := start(t, dir, i18n.Swedish)
	h.newPerson("Maria-Magdalena Katarina")
	h.quit()
	h = start(t, dir, i18n.Swedish)
	h.larger()
	h.larger()
	h.w.Resize(windowOn("1366x768@150%", 1366, 768, 1.5, 1).size)
	h.relayout()
	d, width := fyne.CurrentApp().Driver(), h.w.Canvas().Size().Width
	var boxes []fyne.CanvasObject
	for _, text := range []string{"Fortsätt som Maria", "Börja om för Maria", "Glöm Maria"} {
		boxes = append(boxes, h.button(text).CanvasObject)
	}
	for i, a := range boxes {
		pa := d.AbsolutePositionForObject(a)
		if pa.X+a.Size().Width > width {
			t.Errorf("button %d ends at x=%v in a window %v wide", i, pa.X+a.Size().Width, width)
		}
		for _, b := range boxes[i+1:] {
			pb := d.AbsolutePositionForObject(b)
			if pa.X < pb.X+b.Size().Width && pb.X < pa.X+a.Size().Width && pa.Y < pb.Y+b.Size().Height && pb.Y < pa.Y+a.Size().Height {
				t.Errorf("the button at %v %v lies over the one at %v %v", pa, a.Size(), pb, b.Size())
			}
		}
	}
}
