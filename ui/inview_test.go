package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/detect"
	"github.com/biometria/kontoguiden/internal/fit"
	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
)

// viewSize is a screen people have, as the window gets it: its size in
// the app's units and the text size chosen with A+.
type viewSize struct {
	name string
	size fyne.Size
	text float32 // the text scale, one of textScales
}

// smallScreens are the two the issue of feedback in view names: 1366×768
// at 150 % and 1024×600 at the largest text, each as fit gives the window
// on its work area (a taskbar of 40 pixels).
var smallScreens = []viewSize{
	windowOn("1366x768@150%", 1366, 768, 1.5, 1),
	windowOn("1024x600, text 200%", 1024, 600, 1, 2),
}

func windowOn(name string, w, h int, scale, text float32) viewSize {
	s, _, _, _ := fit.Window(fit.Rect{W: w, H: h - 40}, scale)
	return viewSize{name: name, size: fyne.NewSize(s.W, s.H), text: text}
}

// startAt is a UI on a window of this size, with its text size chosen as
// the person would, with A+ (remembered in the settings).
func startAt(t *testing.T, v viewSize) *harness {
	t.Helper()
	h := start(t, t.TempDir(), i18n.Swedish)
	for float32(h.ui.prefs.TextScale) < v.text {
		h.larger()
	}
	h.w.Resize(v.size)
	return h
}

// rect is an area of the window, in its units.
type rect struct{ x0, y0, x1, y1 float32 }

func (r rect) and(o rect) rect {
	return rect{max(r.x0, o.x0), max(r.y0, o.y0), min(r.x1, o.x1), min(r.y1, o.y1)}
}

// holdsTop reports whether o's top is in r, and as much of o below it as
// r has room for: all of it, or, for something taller than r, r's height.
func (r rect) holdsTop(o rect) bool {
	const slack = 0.5
	h := min(o.y1-o.y0, r.y1-r.y0)
	return o.y0 >= r.y0-slack && o.y0+h <= r.y1+slack && o.x0 >= r.x0-slack && o.x1 <= r.x1+slack
}

// sighting is one object that shows a text, and the part of the window
// it can be seen in: the window less what every scroll around it hides.
type sighting struct {
	obj  fyne.CanvasObject
	at   rect
	view rect
}

// sightings are the objects on screen, the dialog on top included, whose
// text holds want: labels, rich text, buttons, check boxes and choices.
func (h *harness) sightings(want string) []sighting {
	d := fyne.CurrentApp().Driver()
	win := rect{0, 0, h.w.Canvas().Size().Width, h.w.Canvas().Size().Height}
	var found []sighting
	var walk func(o fyne.CanvasObject, view rect)
	walk = func(o fyne.CanvasObject, view rect) {
		if o == nil || !o.Visible() {
			return
		}
		pos, size := d.AbsolutePositionForObject(o), o.Size()
		at := rect{pos.X, pos.Y, pos.X + size.Width, pos.Y + size.Height}
		if t, ok := shownText(o); ok && strings.Contains(t, want) {
			found = append(found, sighting{o, at, view})
			return
		}
		var kids []fyne.CanvasObject
		switch x := o.(type) {
		case *container.Scroll:
			view = view.and(at)
			kids = []fyne.CanvasObject{x.Content}
		case *fyne.Container:
			kids = x.Objects
		case fyne.Widget:
			kids = test.WidgetRenderer(x).Objects()
		}
		for _, k := range kids {
			walk(k, view)
		}
	}
	walk(h.w.Canvas().Content(), win)
	for _, o := range h.w.Canvas().Overlays().List() {
		walk(o, win)
	}
	return found
}

// shownText is the text an object shows, for those that show one.
func shownText(o fyne.CanvasObject) (string, bool) {
	switch x := o.(type) {
	case *widget.Label:
		return x.Text, true
	case *statusLine:
		return x.Text, true
	case *widget.RichText:
		return x.String(), true
	case *canvas.Text: // a picture's words
		return x.Text, true
	case *keyCheck:
		return x.Text, true
	case *choice:
		return x.Title + "\n" + x.Detail, true
	}
	if p, ok := asPressable(o); ok {
		return p.text, true
	}
	return "", false
}

// mustSee fails unless something showing text can be seen without
// scrolling: its top inside the window and inside every scroll it stands
// in, and as much of it below as there is room for. Said of what changed
// after an action: the person looks where they acted and must find it.
func (h *harness) mustSee(text string) {
	h.t.Helper()
	h.relayout()
	found := h.sightings(text)
	var where []string
	for _, s := range found {
		if s.view.holdsTop(s.at) {
			return
		}
		where = append(where, fmt.Sprintf("%T at y %.0f–%.0f, x %.0f–%.0f, in a view of y %.0f–%.0f, x %.0f–%.0f",
			s.obj, s.at.y0, s.at.y1, s.at.x0, s.at.x1, s.view.y0, s.view.y1, s.view.x0, s.view.x1))
	}
	if len(found) == 0 {
		h.t.Fatalf("%q is nowhere on screen; it shows:\n%s", text, h.text())
	}
	h.t.Fatalf("%q is out of view:\n%s", text, strings.Join(where, "\n"))
}

// mustSeeMarked fails unless a page picture's element with exactly these
// words (a drawn button, a field) is in view: the step's text often
// names the same words, and must not stand in for the picture.
func (h *harness) mustSeeMarked(words string) {
	h.t.Helper()
	h.relayout()
	var where []string
	for _, s := range h.sightings(words) {
		if t, ok := s.obj.(*canvas.Text); !ok || t.Text != words {
			continue
		}
		if s.view.holdsTop(s.at) {
			return
		}
		where = append(where, fmt.Sprintf("y %.0f–%.0f in a view of y %.0f–%.0f", s.at.y0, s.at.y1, s.view.y0, s.view.y1))
	}
	h.t.Fatalf("the picture's %q is not in view: %v", words, where)
}

// The helper sees what is out of view as out of view: a screen scrolled
// to its end hides its heading, and scrolled back shows it.
func TestMustSeeTellsInViewFromOut(t *testing.T) {
	h := startAt(t, smallScreens[1])
	h.mustSee("Skapa ditt Biometria-konto")
	sc := h.ui.current.base().scroll
	sc.ScrollToBottom()
	if s := h.sightings("Skapa ditt Biometria-konto"); len(s) != 1 || s[0].view.holdsTop(s[0].at) {
		t.Errorf("the heading scrolled away counts as in view: %+v", s)
	}
	sc.ScrollToTop()
	h.mustSee("Skapa ditt Biometria-konto")
}

// toStep ticks the steps of the Google path until step id is on show.
func (h *harness) toStep(id string) {
	h.t.Helper()
	for h.ui.session.Journey.Step().ID != id {
		h.tap("Klar – nästa steg")
	}
}

// After each thing a person does, what it changed is where they look, on
// the small screens people have: nothing to scroll to find it.
func TestFeedbackIsInView(t *testing.T) {
	cases := []struct {
		name string
		do   func(t *testing.T, h *harness)
	}{
		{"the chooser's check and suggestion", func(t *testing.T, h *harness) {
			release, asked := make(chan struct{}), make(chan string, 1)
			h.ui.Detect = func(ctx context.Context, domain string) (detect.Suggestion, bool) {
				asked <- domain
				<-release
				return detect.Suggestion{Account: guide.WorkMicrosoft, Reason: i18n.Key("suggest.tenant").With("domain", "skog.se")}, true
			}
			h.newPerson("Anna")
			h.paste("namn@exempel.se", "anna@skog.se")
			receive(t, asked)
			h.mustSee("Kontrollerar adresser på @skog.se")
			close(release)
			h.settle()
			h.mustSee("Kontoguidens förslag")
		}},
		{"help opened", func(t *testing.T, h *harness) {
			h.onGooglePath(0)
			h.toStep("pick-service")
			h.tap("Jag hittar inte alternativet")
			h.mustSee(sv(i18n.Key("help.service-missing.fix")))
		}},
		{"a later step that cannot be opened yet", func(t *testing.T, h *harness) {
			h.onGooglePath(1)
			if c := h.checklist(); c.list != nil {
				c.list.Select(6)
			} else {
				c.picker.SetSelectedIndex(6)
			}
			h.mustSee("Steg 7 går inte att öppna än")
		}},
		{"each two-step step and the last tick", func(t *testing.T, h *harness) {
			h.onGooglePath(0)
			h.toStep("mfa-app")
			for !h.ui.session.Journey.Step().MFA {
				h.mustSee(sv(h.ui.session.Journey.Step().Title()))
				h.tap("Klar – nästa steg")
			}
			h.check(sv(i18n.Key("mfa.confirm")))
			h.mustSee(sv(h.ui.session.Journey.Step().Title()))
			h.mustSee(sv(i18n.Key("mfa.confirm")))
		}},
	}
	for _, v := range smallScreens {
		for _, c := range cases {
			t.Run(v.name+"/"+c.name, func(t *testing.T) { c.do(t, startAt(t, v)) })
		}
	}
}

// The step list shows each title whole, wrapped onto as many lines as it
// needs: cut to one line, two steps that start alike looked the same.
func TestStepTitlesAreWhole(t *testing.T) {
	h := startAt(t, smallScreens[0])
	h.onGooglePath(0)
	h.relayout()
	rows := h.checklist().rows
	if len(rows) == 0 || slices.Max(rows) <= slices.Min(rows) {
		t.Fatalf("rows %v: no title was given a second line", rows)
	}
	h.mustSee("Klicka på ”VIOL 3 Produktionsmiljö”")
}

// At the largest text on the smallest screen, a step still shows several
// lines of its text at once between the step drop-down and the buttons.
func TestLargeTextLeavesRoomForTheStep(t *testing.T) {
	h := startAt(t, smallScreens[1])
	h.onGooglePath(0)
	h.relayout()
	view := h.checklist().scroll.Size().Height
	line := theme.TextSize() + theme.LineSpacing()
	if lines := view / line; lines < 7 { // the heading and six lines of text
		t.Errorf("the step's view is %v high: %.1f lines of %v", view, lines, line)
	}
	// The last step has its tick box above the buttons, and still shows
	// its heading on one line and the start of its text.
	h.toStep("mfa-app")
	for !h.ui.session.Journey.Step().MFA {
		h.tap("Klar – nästa steg")
	}
	h.relayout()
	c := h.checklist()
	head := c.body.Objects[0].Size().Height
	if view := c.scroll.Size().Height; view < head+3*line {
		t.Errorf("the last step's view is %v high: not its heading (%v) and three lines of %v", view, head, line)
	}
}

// A page beside the step's text whose marks would be below the fold is
// drawn shortened, heading, "…" and the marked lines, so that what the
// person must click is in view when the step opens.
func TestMarkedElementIsInViewWhenTheStepOpens(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.w.Resize(fyne.NewSize(1000, 470))
	h.choose(guide.PrivateMicrosoft, guide.NeedVIOL3)
	h.tap("Starta guiden")
	for _, c := range [][2]string{{"accept-sdc", "Acceptera"}, {"your-name", "Fortsätt"}} {
		h.toStep(c[0])
		h.relayout()
		h.mustSee(sv(h.ui.session.Journey.Step().Title()))
		h.mustSeeMarked(c[1])
		if l := h.besideLayout(); l == nil || !l.beside || !l.short {
			t.Errorf("%s: the picture is not beside the text, shortened: %+v", c[0], l)
		}
	}
}

// besideLayout is the layout of the step's text and pictures on show.
func (h *harness) besideLayout() *besideLayout {
	for _, o := range h.objects() {
		if c, ok := o.(*fyne.Container); ok {
			if l, ok := c.Layout.(*besideLayout); ok {
				return l
			}
		}
	}
	return nil
}

// The step's buttons never lie over each other: in a window half as wide
// as a large scaled screen, at the largest text, they take more lines.
func TestStepButtonsNeverOverlap(t *testing.T) {
	h := startAt(t, windowOn("1920x1080@150%, text 200%", 1920, 1080, 1.5, 2))
	h.onGooglePath(0)
	h.relayout()
	c := h.checklist()
	check := func(when string) {
		t.Helper()
		d := fyne.CurrentApp().Driver()
		buttons := []fyne.CanvasObject{h.button("Tillbaka").CanvasObject, c.pageButton, c.primary}
		for i, a := range buttons {
			pa := d.AbsolutePositionForObject(a)
			panel := d.AbsolutePositionForObject(c.panel)
			if a.Size().Width < a.MinSize().Width || pa.X < panel.X || pa.X+a.Size().Width > panel.X+c.panel.Size().Width {
				t.Errorf("%s: button %d at %v is %v, less than its %v or outside the panel at %v %v", when, i, pa, a.Size(), a.MinSize(), panel, c.panel.Size())
			}
			for _, b := range buttons[i+1:] {
				pb := d.AbsolutePositionForObject(b)
				if pa.X < pb.X+b.Size().Width && pb.X < pa.X+a.Size().Width && pa.Y < pb.Y+b.Size().Height && pb.Y < pa.Y+a.Size().Height {
					t.Errorf("%s: the button at %v %v lies over the one at %v %v", when, pa, a.Size(), pb, b.Size())
				}
			}
		}
	}
	check("the first step")
	h.tap(h.ui.t("step.open.short"))
	h.relayout()
	check("the browser opening")
}

// The field a screen puts the keyboard in is in view when it opens, at the
// largest text on a scaled small screen: not half under the buttons.
func TestFocusedFieldIsInViewWhenTheScreenOpens(t *testing.T) {
	h := startAt(t, windowOn("1366x768@150%, text 200%", 1366, 768, 1.5, 2))
	h.tap("Sätt igång")
	h.relayout()
	entry := h.entry("Förnamn")
	if h.w.Canvas().Focused() != entry {
		t.Fatalf("the focus is on %T, not the name field", h.w.Canvas().Focused())
	}
	d, f := fyne.CurrentApp().Driver(), h.ui.current.base()
	top := d.AbsolutePositionForObject(entry).Y
	view := d.AbsolutePositionForObject(f.scroll).Y
	if top < view || top+entry.Size().Height > view+f.scroll.Size().Height {
		t.Errorf("the name field is at %v–%v, the view at %v–%v", top, top+entry.Size().Height, view, view+f.scroll.Size().Height)
	}
}
