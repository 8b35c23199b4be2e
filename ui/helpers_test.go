package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/kit"
	"github.com/biometria/kontoguiden/internal/progress"
	"github.com/biometria/kontoguiden/internal/settings"
)

// recorder stands in for the browser and notes every address and file it
// is given. The app opens in the background, so it locks; tests read it
// after settle.
type recorder struct {
	mu    sync.Mutex
	urls  []string
	files []string
	fail  bool
}

func (r *recorder) OpenFile(path string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.files = append(r.files, path)
	if r.fail {
		return errors.New("no browser")
	}
	return nil
}

func (r *recorder) Open(url string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.urls = append(r.urls, url)
	if r.fail {
		return errors.New("no browser")
	}
	return nil
}

var clock = time.Date(2026, 11, 26, 9, 30, 0, 0, time.UTC)

// harness is a running UI in a test window, on progress kept in dir.
type harness struct {
	t   testing.TB
	ui  *UI
	w   fyne.Window
	rec *recorder
	dir string
}

func start(t testing.TB, dir string, l i18n.Lang) *harness {
	t.Helper()
	return startWith(t, dir, setup{lang: l})
}

func startWithKit(t testing.TB, dir string, l i18n.Lang, k kit.Kit, kitErr error) *harness {
	t.Helper()
	return startWith(t, dir, setup{lang: l, kit: k, kitErr: kitErr})
}

// setup is what a test UI starts with; zero values are the defaults: the
// shipped texts, no kit, the clock at clock.
type setup struct {
	lang    i18n.Lang
	texts   *i18n.Catalog
	kit     kit.Kit
	kitErr  error
	dataErr error
	now     time.Time
}

// startWith is a UI as set up, on progress kept in dir.
func startWith(t testing.TB, dir string, s setup) *harness {
	t.Helper()
	if s.texts == nil {
		s.texts = i18n.Builtin()
	}
	if s.now.IsZero() {
		s.now = clock
	}
	now := func() time.Time { return s.now }
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	rec := &recorder{}
	u := New(Deps{App: a, Window: w, People: progress.NewPeople(filepath.Join(dir, "people"), now), Opener: rec,
		OpenFile: rec.OpenFile, Texts: s.texts, Now: now, Lang: s.lang, Kit: s.kit, KitErr: s.kitErr, DataErr: s.dataErr,
		Settings: settings.Store{Dir: dir}})
	// The person saves where the save dialog starts, with the name given.
	u.saveAs = func(name, start string, data []byte, saved func(string)) {
		os.MkdirAll(start, 0o700)
		path := filepath.Join(start, name)
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		saved(path)
	}
	w.SetContent(u.Content())
	w.Resize(fyne.NewSize(1024, 600))
	return &harness{t: t, ui: u, w: w, rec: rec, dir: dir}
}

// settle waits, for at most a minute, until the work the UI started in the
// background (the online check) has ended and handed its answer back.
// relayout lays the window out again from its widgets' sizes now, as a
// real window does at its next frame.
func (h *harness) relayout() {
	h.t.Helper()
	size := h.w.Canvas().Size()
	h.w.Resize(size.AddWidthHeight(1, 0))
	h.w.Resize(size)
}

func (h *harness) settle() {
	h.t.Helper()
	done := make(chan struct{})
	go func() { h.ui.tasks.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(time.Minute):
		h.t.Fatal("background work did not end within a minute")
	}
}

// receive takes one value from ch, failing the test rather than hanging
// if none comes within a minute.
func receive[T any](t testing.TB, ch <-chan T) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(time.Minute):
		t.Fatal("nothing arrived within a minute")
	}
	var none T
	return none
}

// quit is the app closing: it lets go of the person it had open.
func (h *harness) quit() { h.ui.Close() }

// objects are everything on screen, the top dialog included.
func (h *harness) objects() []fyne.CanvasObject {
	objs := test.LaidOutObjects(h.w.Canvas().Content())
	if top := h.w.Canvas().Overlays().Top(); top != nil {
		objs = append(objs, test.LaidOutObjects(top)...)
	}
	return objs
}

// pressable is a button of any kind on screen: Fyne's, ours, the header's.
type pressable struct {
	fyne.CanvasObject
	text     string
	disabled bool
	press    func()
}

// Disabled says whether it takes no presses.
func (p pressable) Disabled() bool { return p.disabled }

// asPressable sees Fyne's buttons, ours and the header's alike.
func asPressable(o fyne.CanvasObject) (pressable, bool) {
	switch b := o.(type) {
	case *widget.Button:
		return pressable{b, b.Text, b.Disabled(), func() { test.Tap(b) }}, true
	case *keyButton:
		return pressable{b, b.Text, b.Disabled(), func() { test.Tap(b) }}, true
	case *headerButton:
		return pressable{b, b.Text, b.Disabled(), func() { test.Tap(b) }}, true
	}
	return pressable{}, false
}

// button finds the visible button whose text starts with text; while a
// dialog is open, only the dialog's buttons can be pressed.
func (h *harness) button(text string) pressable {
	h.t.Helper()
	objs := h.objects()
	if top := h.w.Canvas().Overlays().Top(); top != nil {
		objs = test.LaidOutObjects(top)
	}
	for _, o := range objs {
		if b, ok := asPressable(o); ok && b.Visible() && strings.HasPrefix(b.text, text) {
			return b
		}
	}
	h.t.Fatalf("no button %q on screen; it shows:\n%s", text, h.text())
	return pressable{}
}

func (h *harness) tap(text string) {
	h.t.Helper()
	b := h.button(text)
	if b.Disabled() {
		h.t.Fatalf("button %q is disabled", text)
	}
	b.press()
}

// larger presses A+, smaller A−.
func (h *harness) larger()  { h.t.Helper(); test.Tap(h.ui.header.larger) }
func (h *harness) smaller() { h.t.Helper(); test.Tap(h.ui.header.smaller) }

// on is the screen on show as an S, failing the test if another is on.
func on[S screen](h *harness) S {
	h.t.Helper()
	s, ok := h.ui.current.(S)
	if !ok {
		h.t.Fatalf("the screen on show is a %T; it shows:\n%s", h.ui.current, h.text())
	}
	return s
}

// chooser is the chooser on show; checklist the checklist.
func (h *harness) chooser() *chooserScreen     { h.t.Helper(); return on[*chooserScreen](h) }
func (h *harness) checklist() *checklistScreen { h.t.Helper(); return on[*checklistScreen](h) }

// account is the kind of account chosen on the chooser.
func (h *harness) account() guide.Account { h.t.Helper(); return h.chooser().state.Account() }

// find returns the control of type T on screen that match accepts.
func find[T fyne.CanvasObject](h *harness, what string, match func(T) bool) T {
	h.t.Helper()
	for _, o := range h.objects() {
		if c, ok := o.(T); ok && match(c) {
			return c
		}
	}
	h.t.Fatalf("no %s on screen", what)
	var none T
	return none
}

func (h *harness) check(text string) {
	h.t.Helper()
	test.Tap(find(h, "check box "+text, func(c *keyCheck) bool { return c.Text == text }))
}

func (h *harness) radio(option string) {
	h.t.Helper()
	test.Tap(find(h, "choice "+option, func(c *choice) bool { return c.Title == option }))
}

func (h *harness) entry(placeholder string) *widget.Entry {
	h.t.Helper()
	for _, o := range h.objects() {
		switch e := o.(type) {
		case *widget.Entry:
			if e.PlaceHolder == placeholder {
				return e
			}
		case *addressEntry:
			if e.PlaceHolder == placeholder {
				return &e.Entry
			}
		}
	}
	h.t.Fatalf("no entry %s on screen", placeholder)
	return nil
}

// text is every label and button text on screen, one a line.
func (h *harness) text() string {
	var b strings.Builder
	for _, o := range h.objects() {
		switch x := o.(type) {
		case *widget.Label:
			if x.Visible() {
				b.WriteString(x.Text + "\n")
			}
		case *statusLine:
			if x.Visible() && x.Text != "" {
				b.WriteString(x.Text + "\n")
			}
		case *widget.Button, *keyButton, *headerButton:
			p, _ := asPressable(x)
			b.WriteString("[" + p.text + "]\n")
		case *widget.Select:
			b.WriteString("<" + x.Selected + ">\n")
		case *keySelect:
			b.WriteString("<" + x.Selected + ">\n")
		case *widget.RichText: // the header's title, a picture's words
			if x.Visible() {
				b.WriteString(x.String() + "\n")
			}
		}
	}
	return b.String()
}

func (h *harness) shows(want string) bool { return strings.Contains(h.text(), want) }

func (h *harness) mustShow(want string) {
	h.t.Helper()
	if !h.shows(want) {
		h.t.Fatalf("screen does not show %q; it shows:\n%s", want, h.text())
	}
}

// typeInto types into the entry that shows placeholder.
func (h *harness) typeInto(placeholder, text string) {
	h.t.Helper()
	test.Type(h.entry(placeholder), text)
}

// paste puts text into the entry that shows placeholder in one go, as a
// paste does: one change, not one a letter.
func (h *harness) paste(placeholder, text string) {
	h.t.Helper()
	h.entry(placeholder).SetText(text)
}

// newPerson starts as a new person called name.
func (h *harness) newPerson(name string) {
	h.t.Helper()
	if h.shows("[Jag är ny här]") {
		h.tap("Jag är ny här")
	} else {
		h.tap("Sätt igång")
	}
	h.typeInto("Förnamn", name)
	h.tap("Nästa")
}

func (h *harness) mustNotShow(text string) {
	h.t.Helper()
	if h.shows(text) {
		h.t.Fatalf("screen still shows %q", text)
	}
}

// choose answers the chooser, as a new person "Anna", and moves to the
// recommendation.
func (h *harness) choose(a guide.Account, needs ...guide.Need) {
	h.t.Helper()
	h.newPerson("Anna")
	h.answer(a, needs...)
}

// onGooglePath is Anna on the Google path (VIOL 3 only), started, with the
// first ticks steps done.
func (h *harness) onGooglePath(ticks int) {
	h.t.Helper()
	h.choose(guide.GoogleAccount, guide.NeedVIOL3)
	h.tap("Starta guiden")
	for i := 0; i < ticks; i++ {
		h.tap("Klar – nästa steg")
	}
}

// answer fills in the chooser and presses Next.
func (h *harness) answer(a guide.Account, needs ...guide.Need) {
	h.t.Helper()
	for _, k := range guide.Accounts {
		if k.ID == a {
			h.radio(sv(k.Name()))
		}
	}
	for _, k := range guide.Needs {
		for _, n := range needs {
			if k.ID == n {
				h.check(sv(k.Name()))
			}
		}
	}
	h.tap("Nästa")
}

// walk goes through the Google path in the harness's language, as a new
// person "Anna", and calls at at each kind of screen on the way: welcome,
// chooser (answered), recommendation, each step by its ID, mfa, done.
func (h *harness) walk(l i18n.Lang, at func(screen string)) {
	h.t.Helper()
	tr := func(key string) string { return h.ui.t(key) }
	at("welcome")
	h.tap(tr("welcome.start"))
	h.typeInto(tr("name.placeholder"), "Anna")
	h.tap(tr("nav.next"))
	h.radio(h.ui.Texts.Say(l, guide.Accounts[2].Name()))
	h.check(h.ui.Texts.Say(l, guide.Needs[0].Name()))
	at("chooser")
	h.tap(tr("nav.next"))
	at("recommendation")
	h.tap(tr("recommend.start"))
	for !h.ui.session.Journey.Step().MFA {
		at(h.ui.session.Journey.Step().ID)
		h.tap(tr("step.done"))
	}
	at("mfa")
	h.check(tr("mfa.confirm"))
	h.tap(tr("mfa.finish"))
	h.tap(tr("mfa.dialog.yes"))
	at("done")
	h.ui.goWelcome()
	at("welcome with a person")
}

// onChecklist says whether the checklist is on show.
func (h *harness) onChecklist() bool {
	_, ok := h.ui.current.(*checklistScreen)
	return ok
}

// total is the number of steps of a path, as the screens count them.
func total(p guide.PathID) string {
	steps, _ := guide.Checklist(p, guide.Options{})
	return strconv.Itoa(len(steps))
}
