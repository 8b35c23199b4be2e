package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
)

// key presses a key where the keyboard is: the focused widget, or the
// window when nothing has the focus.
func (h *harness) key(name fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: name}
	if f := h.w.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
	} else {
		h.w.Canvas().OnTypedKey()(ev)
	}
}

// typeText types runes into the focused widget; a space toggles a check.
func (h *harness) typeText(s string) {
	h.t.Helper()
	f := h.w.Canvas().Focused()
	if f == nil {
		h.t.Fatal("nothing has the focus to type into")
	}
	for _, r := range s {
		f.TypedRune(r)
	}
}

// tabTo presses Tab until the focus is on what want accepts.
func (h *harness) tabTo(what string, want func(fyne.Focusable) bool) {
	h.t.Helper()
	for i := 0; i < 80; i++ {
		test.FocusNext(h.w.Canvas())
		if f := h.w.Canvas().Focused(); f != nil && want(f) {
			return
		}
	}
	h.t.Fatalf("Tab never reached %s", what)
}

func isEntry(f fyne.Focusable) bool {
	switch f.(type) {
	case *widget.Entry, *addressEntry:
		return true
	}
	return false
}

func isCheck(text string) func(fyne.Focusable) bool {
	return func(f fyne.Focusable) bool { c, ok := f.(*keyCheck); return ok && c.Text == text }
}

// A whole path with the keyboard alone, in English, at 200 % text size.
func TestWholePathByKeyboard(t *testing.T) {
	h := start(t, t.TempDir(), i18n.English)
	h.ui.setScale(+10) // the largest text size
	h.w.Resize(fyne.NewSize(1024, 600))
	if got := h.ui.Settings.Load().TextScale; got != 2 {
		t.Fatalf("text scale %v, want 2", got)
	}
	h.mustShow("Create your Biometria account")

	h.key(fyne.KeyReturn) // Get started
	h.mustShow("What is your name?")
	h.typeText("Anna") // the name field has the focus already
	h.key(fyne.KeyReturn)
	h.mustShow("Two questions first")

	h.tabTo("the address field", isEntry)
	h.typeText("anna@gmail.com")
	if h.account() != guide.GoogleAccount {
		t.Fatalf("address suggested %q", h.account())
	}
	h.tabTo("the VIOL 3 box", isCheck("Use VIOL 3"))
	h.typeText(" ")
	h.key(fyne.KeyReturn) // Next, from the check box
	h.mustShow("Registrera dig med Google")
	h.key(fyne.KeyEscape) // back to change the answers
	h.mustShow("Two questions first")
	h.w.Canvas().Unfocus()
	h.key(fyne.KeyReturn)
	h.key(fyne.KeyReturn) // Start the guide

	steps, _ := guide.Checklist(guide.PathGoogle, guide.Options{})
	for i, s := range steps[:len(steps)-1] {
		h.mustShow(fmt.Sprintf("Step %d of %d", i+1, len(steps)))
		if s.URL != "" {
			h.w.Canvas().(fyne.Shortcutable).TypedShortcut(openShortcut)
		}
		h.key(fyne.KeyReturn)
	}
	h.key(fyne.KeyEscape) // back one step, and on again
	h.mustShow(fmt.Sprintf("Step %d of %d", len(steps)-1, len(steps)))
	h.key(fyne.KeyReturn)

	h.key(fyne.KeyReturn) // nothing happens: the box is not ticked
	if h.ui.keys.modal != nil {
		t.Fatal("MFA confirmation opened without the box ticked")
	}
	h.w.Canvas().(fyne.Shortcutable).TypedShortcut(openShortcut)
	h.tabTo("the MFA box", isCheck("Two-step verification is done"))
	h.typeText(" ")
	h.key(fyne.KeyReturn) // My account is ready
	h.mustShow("Is two-step verification done?")
	h.key(fyne.KeyEscape) // "Not yet"
	if h.ui.session.Journey.Finished() {
		t.Fatal("Escape confirmed MFA")
	}
	h.key(fyne.KeyReturn)
	h.key(fyne.KeyReturn) // "Yes, it is done"
	h.mustShow("Your account is ready for VIOL 3")

	var want []string
	for _, s := range steps {
		if s.URL != "" {
			want = append(want, s.URL)
		}
	}
	h.settle()
	if fmt.Sprint(h.rec.urls) != fmt.Sprint(want) {
		t.Errorf("Ctrl+B opened %v, want %v", h.rec.urls, want)
	}
}

// Nothing may be wider than a 1024-pixel window, at 100 % and at 200 %
// text size, in either language: what is too long must wrap or scroll.
func TestEveryScreenFits(t *testing.T) {
	for _, l := range i18n.Langs {
		for _, steps := range []int{0, +10} {
			h := start(t, t.TempDir(), l)
			h.ui.setScale(steps)
			h.walk(l, func(name string) {
				if w := h.ui.Content().MinSize().Width; w > 1024 {
					t.Errorf("%s, %s, scale step %d: needs %v pixels", l, name, steps, w)
				}
			})
		}
	}
}

func isChoice(title string) func(fyne.Focusable) bool {
	return func(f fyne.Focusable) bool { c, ok := f.(*choice); return ok && c.Title == title }
}

// An account is chosen with Tab and Space, and Enter on it goes on, as
// Enter does everywhere; Fyne's own radio buttons would swallow the Enter.
func TestAccountChoiceByKeyboard(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.newPerson("Anna")
	h.tabTo("the VIOL 3 box", isCheck("Använda VIOL 3"))
	h.typeText(" ")
	h.tabTo("the Google choice", isChoice("Personligt Google-konto"))
	h.typeText(" ")
	if h.account() != guide.GoogleAccount {
		t.Fatalf("Space chose %q", h.account())
	}
	h.key(fyne.KeyReturn)
	h.mustShow("”Registrera dig med Google”")
}

// Clicking the examples under an account chooses it too: a bigger target.
func TestChoiceTakesClicksOnItsExamples(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.newPerson("Anna")
	for _, o := range h.objects() {
		if c, ok := o.(*choice); ok && c.Title == "En annan e-postadress" {
			test.TapAt(c, fyne.NewPos(c.Size().Width/2, c.Size().Height-4)) // on the examples line
		}
	}
	if h.account() != guide.OtherAddress {
		t.Errorf("a click on the examples chose %q", h.account())
	}
}

// The focus goes with the screen it was on: after a change of text size or
// language, Enter presses the new screen's main button, never a button of
// the screen before that nobody sees any more (which moved the saved step
// back while the screen still showed the old one).
func TestFocusGoesWithItsScreen(t *testing.T) {
	// The change comes by the keyboard's shortcut or the mouse, which here
	// would move the focus itself: the app is asked directly.
	for name, change := range map[string]func(h *harness){
		"text size": func(h *harness) { h.ui.setScale(+1) },
		"language":  func(h *harness) { h.ui.toggleLang() },
	} {
		t.Run(name, func(t *testing.T) {
			h := start(t, t.TempDir(), i18n.Swedish)
			h.onGooglePath(2)
			h.tabTo("Tillbaka", func(f fyne.Focusable) bool { b, ok := f.(*keyButton); return ok && b.Text == "Tillbaka" })
			change(h)
			h.key(fyne.KeyReturn)
			if got := h.ui.session.Journey.Index(); got != 3 {
				t.Errorf("Enter after the change left the journey on step %d, want 4 (the step ticked, not gone back)", got+1)
			}
			if shown := h.checklist().count.Text; !strings.Contains(shown, "4") {
				t.Errorf("the screen shows %q", shown)
			}
		})
	}
}

// A+ reached by Tab keeps the focus in the new header it builds, so that
// Enter makes the text larger again, and again.
func TestEnterOnAPlusAgainAndAgain(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.tabTo("A+", func(f fyne.Focusable) bool { return f == fyne.Focusable(h.ui.header.larger) })
	h.key(fyne.KeyReturn)
	h.key(fyne.KeyReturn)
	if got := h.ui.Settings.Load().TextScale; got != 1.5 {
		t.Errorf("text size %v after Enter twice on A+, want 1.5", got)
	}
}

// Tab to a button at the bottom, which never scrolls, leaves the step's
// text where it is; Tab to a control in the text brings it into view.
func TestTabScrollsOnlyWhatScrolls(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.w.Resize(fyne.NewSize(1024, 600))
	h.larger()
	h.larger()
	h.onGooglePath(0)
	sc := h.checklist().scroll
	if sc.Content.Size().Height <= sc.Size().Height {
		t.Fatal("the step fits its view: nothing to scroll")
	}
	// On the way, Tab brings each help item in the text into view.
	h.tabTo("Tillbaka", func(f fyne.Focusable) bool { b, ok := f.(*keyButton); return ok && b.Text == "Tillbaka" })
	if sc.Offset.Y == 0 {
		t.Error("Tab through the help items left them out of view")
	}
	sc.ScrollToTop()
	test.FocusNext(h.w.Canvas())
	test.FocusPrevious(h.w.Canvas()) // Tillbaka again, from the bottom's next button
	if b, ok := h.w.Canvas().Focused().(*keyButton); !ok || b.Text != "Tillbaka" || sc.Offset.Y != 0 {
		t.Errorf("Tab at the bottom scrolled the step to %v", sc.Offset.Y)
	}
}

// Enter always reaches the main action, whatever had the focus before:
// the step drop-down at large text, "Byt person" pressed from the
// keyboard, A− pressed down to the smallest size.
func TestEnterNeverGoesDead(t *testing.T) {
	t.Run("the step drop-down", func(t *testing.T) {
		h := start(t, t.TempDir(), i18n.Swedish)
		for range textScales {
			h.larger()
		}
		h.onGooglePath(0)
		h.w.Canvas().Focus(h.checklist().picker)
		h.key(fyne.KeyReturn)
		h.mustShow("<Steg 2 av")
	})
	t.Run("Byt person", func(t *testing.T) {
		h := start(t, t.TempDir(), i18n.Swedish)
		h.newPerson("Anna")
		h.w.Canvas().Focus(h.ui.header.person)
		h.key(fyne.KeyReturn)
		h.mustShow("[Jag är ny här]")
		h.key(fyne.KeyReturn)
		h.mustShow("Vad heter du?")
	})
	t.Run("A− to the smallest", func(t *testing.T) {
		h := start(t, t.TempDir(), i18n.Swedish)
		h.larger()
		h.w.Canvas().Focus(h.ui.header.smaller)
		h.key(fyne.KeyReturn)
		if !h.ui.header.smaller.Disabled() {
			t.Fatal("A− can still be pressed at the smallest size")
		}
		h.key(fyne.KeyReturn)
		h.mustShow("Vad heter du?")
	})
}

// A focused check box has a ring in the accent colour, in both themes:
// Fyne's own faint tint could not be seen in the dark.
func TestCheckBoxFocusRingCanBeSeen(t *testing.T) {
	controls := map[string]func(h *harness) fyne.Focusable{
		"check box": func(h *harness) fyne.Focusable {
			h.newPerson("Anna")
			return find(h, "check box", func(c *keyCheck) bool { return true })
		},
		"step drop-down": func(h *harness) fyne.Focusable {
			for range largeText {
				h.larger()
			}
			h.onGooglePath(0)
			return h.checklist().picker
		},
	}
	for name, control := range controls {
		for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
			h := start(t, t.TempDir(), i18n.Swedish)
			h.ui.App.Settings().SetTheme(forced(v))
			c := control(h)
			h.w.Canvas().Focus(c)
			ring := test.WidgetRenderer(c.(fyne.Widget)).(*ringRenderer).ring
			bg := theme.Color(theme.ColorNameBackground)
			if ring.StrokeWidth < 2 || contrast(ring.StrokeColor, bg) < 3 {
				t.Errorf("%s, theme %v: ring %v wide, contrast %.1f", name, v, ring.StrokeWidth, contrast(ring.StrokeColor, bg))
			}
			h.w.Canvas().Unfocus()
			if ring.StrokeWidth != 0 {
				t.Errorf("%s, theme %v: the ring stays without the focus", name, v)
			}
		}
	}
}

// The keys the user review found dead: a dialog opened as another closes
// keeps Enter; the address field gives Enter to Next once the address is
// read, and Escape to Tillbaka; the step list gives both on.
func TestKeysReachTheScreenFromEveryControl(t *testing.T) {
	t.Run("a dialog opened by another", func(t *testing.T) {
		h := start(t, t.TempDir(), i18n.Swedish)
		hit := false
		h.ui.confirm("A", "a", "Ja", "Nej", func() { h.ui.confirm("B", "b", "Ja", "Nej", func() { hit = true }) })
		h.key(fyne.KeyReturn)
		h.key(fyne.KeyReturn)
		if !hit {
			t.Error("Enter did not reach the second dialog")
		}
	})
	t.Run("the address field", func(t *testing.T) {
		h := start(t, t.TempDir(), i18n.Swedish)
		h.newPerson("Anna")
		h.paste("namn@exempel.se", "anna@gmail.com")
		h.check("Använda VIOL 3")
		h.w.Canvas().Focus(h.chooser().address)
		h.key(fyne.KeyReturn) // the address was read as it was pasted: Next
		h.mustShow("Så här registrerar du dig")
		h.tap("Ändra svaren")
		h.w.Canvas().Focus(h.chooser().address)
		h.key(fyne.KeyEscape)
		h.mustShow("[Jag är ny här]")
	})
	t.Run("the step list", func(t *testing.T) {
		h := start(t, t.TempDir(), i18n.Swedish)
		h.onGooglePath(2)
		h.w.Canvas().Focus(h.checklist().list)
		h.key(fyne.KeyReturn)
		h.mustShow("Steg 4 av")
		h.key(fyne.KeyEscape)
		h.mustShow("Steg 3 av")
	})
}

// Someone new who gives a name already listed starts as a new person on
// Enter, never as the other one; Escape goes back to the name.
func TestSameNameEnterIsANewPerson(t *testing.T) {
	dir := t.TempDir()
	h := start(t, dir, i18n.Swedish)
	h.onGooglePath(1)
	h.quit()
	again := start(t, dir, i18n.Swedish)
	again.newPerson("anna")
	again.mustShow("Anna: 1 av " + total(guide.PathGoogle) + " steg klart")
	again.key(fyne.KeyEscape)
	again.mustShow("Vad heter du?")
	again.tap("Nästa")
	again.key(fyne.KeyReturn)
	if s := again.ui.session; s == nil || s.Name != "anna 2" {
		t.Errorf("Enter gave %+v, want a new person anna 2", s)
	}
}

// Tab goes through a step as it reads: past the header, the step
// drop-down first, before the help in the step's text.
func TestTabReadsTheStepFromTheTop(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	for range largeText {
		h.larger()
	}
	h.onGooglePath(0)
	h.w.Canvas().Unfocus()
	for range 10 {
		test.FocusNext(h.w.Canvas())
		if h.ui.header.focused(h.w.Canvas().Focused()) == "" {
			break
		}
	}
	if f := h.w.Canvas().Focused(); f != h.checklist().picker {
		t.Errorf("after the header, Tab goes to %T, want the step drop-down", f)
	}
}
