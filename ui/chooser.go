package ui

import (
	"context"
	"slices"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/chooser"
	"github.com/biometria/kontoguiden/internal/detect"
	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
)

// chooserDeps are what the chooser needs besides its state.
type chooserDeps struct {
	detect func(ctx context.Context, domain string) (detect.Suggestion, bool) // nil: no online check
	pause  time.Duration                                                      // after the last key, before a check
	tasks  *sync.WaitGroup                                                    // the app waits for them on closing
	next   func(*chooser.State)
	back   func()
}

// chooserScreen asks the two questions: which account, and what for. Its
// answers and rules are a chooser.State, which outlives the screen when it
// is built again in another language or text size.
type chooserScreen struct {
	frame
	x        tools
	state    *chooser.State
	deps     chooserDeps
	address  *addressEntry
	status   *statusLine // the suggestion for the address, or what is being checked
	accounts map[guide.Account]*choice
	needs    map[guide.Need]*keyCheck
	envs     map[guide.Service]*choice
	hint     *widget.Label      // which answer is still missing
	cancel   context.CancelFunc // ends the check under way
	asked    chooser.Ask        // the check that cancel ends
	wait     context.CancelFunc // ends the wait for a pause
	settled  bool               // the person has paused or left the field since the last key
}

func newChooserScreen(x tools, state *chooser.State, d chooserDeps) *chooserScreen {
	s := &chooserScreen{x: x, state: state, deps: d, accounts: map[guide.Account]*choice{},
		needs: map[guide.Need]*keyCheck{}, envs: map[guide.Service]*choice{}}
	s.back = d.back
	s.primary = x.primary(x.t("nav.next"), theme.NavigateNextIcon(), func() { d.next(s.state) })
	s.hint = &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.MediumImportance}
	accounts := container.NewVBox(subheading(x.t("chooser.account")), s.addressField(), s.accountChoices(),
		x.said(i18n.Key("chooser.unsure"), x.t("recommend.advice")))
	needs := container.NewVBox(subheading(x.t("chooser.needs")), s.needChoices(), wrapped(x.t("chooser.gloss")))
	// Side by side, so both questions are seen at once; one under the other,
	// each as tall as it needs, from the first larger text size, where side
	// by side would not fit a 1366×768 screen at 150 %: a check box does
	// not wrap, and two equal columns double the widest.
	questions := container.NewGridWithColumns(2, accounts, needs)
	if x.scale >= 1 {
		questions = container.NewVBox(accounts, needs)
	}
	s.show()
	back := x.button(x.t("nav.back"), theme.NavigateBackIcon(), s.back)
	s.page(container.NewVBox(heading(x.t("chooser.heading")), questions), container.NewBorder(nil, nil, back, s.primary, s.hint))
	s.focus = s.address
	s.ask() // a check the screen before this one had asked for, if any
	return s
}

// stop ends the online check: the chooser is going, or being built again.
func (s *chooserScreen) stop() {
	s.state.Drop()
	s.cancelCheck()
	s.stopWaiting()
}

func (s *chooserScreen) stopWaiting() {
	if s.wait != nil {
		s.wait()
		s.wait = nil
	}
}

func (s *chooserScreen) cancelCheck() {
	if s.cancel != nil {
		s.cancel()
		s.cancel = nil
	}
}

// show makes the screen say what the state holds: the kind chosen, the
// line under the address, and whether Next may be pressed.
func (s *chooserScreen) show() {
	for id, c := range s.accounts {
		c.SetSelected(id == s.state.Account())
	}
	uses := guide.UsesVIOL3(s.state.Needs())
	for id, c := range s.envs {
		c.SetSelected(uses && id == s.state.Environment())
	}
	s.showStatus()
	if a, ok := s.state.Asking(); !ok || a != s.asked {
		s.cancelCheck() // the check under way answers a question nobody asks now
	}
	switch {
	case s.state.Ready():
		s.hint.SetText("")
		s.primary.Enable()
	case s.state.Account() == "":
		s.hint.SetText(s.x.t("chooser.incomplete.account"))
		s.primary.Disable()
	default:
		s.hint.SetText(s.x.t("chooser.incomplete.needs"))
		s.primary.Disable()
	}
}

// showStatus says, under the address, what the guide makes of it.
func (s *chooserScreen) showStatus() {
	s.status.reserve(s.statusSamples())
	t, tone := s.state.Says(s.settled)
	importance := map[chooser.Tone]widget.Importance{chooser.Plain: widget.MediumImportance,
		chooser.Good: widget.SuccessImportance, chooser.Warning: widget.WarningImportance}[tone]
	s.status.say(importance, s.x.advised(t))
}

// statusSamples are the longest things the line under the address may say,
// with the widest domain it shows, so that it keeps their height from the
// start: the cards below it never move under the pointer when it changes.
func (s *chooserScreen) statusSamples() []string {
	x := s.x
	d := "norra-skogsagarna-abc.se" // as long as chooser.MaxShownDomain
	longest := ""
	for _, k := range guide.Accounts {
		if n := x.say(k.Name()); len(n) > len(longest) {
			longest = n
		}
	}
	var out []string
	reasons := detect.Reasons(s.deps.detect != nil)
	out = append(out, x.t("chooser.none-but-typed"), x.t("chooser.skip"), x.t("chooser.malformed"), x.advised(i18n.Key("chooser.misspelt", d, "hotmail.com")), x.t("chooser.unknown", d))
	if s.deps.detect != nil {
		out = append(out, x.t("chooser.checking", d), x.t("chooser.unchecked", d))
	}
	for _, reason := range reasons {
		out = append(out, x.advised(i18n.Key("chooser.suggestion", x.say(reason.With("domain", d).With("kind", longest)))))
	}
	out = append(out, x.advised(i18n.Key("chooser.suggestion.other", longest, longest)))
	return out
}

// advised is a suggestion as one line, with the guide's label before it
// where its mark says it is the guide's own.
func (x tools) advised(t i18n.Text) string {
	if guide.IsAdvice(t) {
		return x.t("chooser.suggestion.label") + ": " + x.say(t)
	}
	return x.say(t)
}

// addressField lets the person type their address so that the account kind
// is suggested for them: at once from what is known, otherwise by asking
// Microsoft and DNS once they pause or leave the field. The address is
// never kept on disk. The answer shows right under the field, where the
// person is looking.
func (s *chooserScreen) addressField() fyne.CanvasObject {
	x := s.x
	s.address = newAddressEntry(x.keys)
	s.address.SetPlaceHolder(x.t("chooser.address.placeholder"))
	s.address.SetText(s.state.Address())
	s.address.CursorColumn = len([]rune(s.state.Address())) // typing goes on at its end
	s.address.OnChanged = s.typed
	s.address.submitted = func() bool {
		if s.settled || s.state.Address() == "" {
			return false
		}
		s.paused()
		return true
	}
	s.address.left = s.paused
	s.status = newStatusLine()
	box := container.NewVBox(wrapped(x.t("chooser.address")))
	if s.deps.detect != nil { // say what leaves the computer, and who can stop it, before it does
		// In the text's own size: small print is what large text is for.
		box.Add(&widget.Label{Text: x.t("chooser.privacy"), Wrapping: fyne.TextWrapWord})
	}
	box.Add(s.address)
	box.Add(s.status)
	return box
}

// typed takes the address as it now reads, and waits for a pause.
func (s *chooserScreen) typed(address string) {
	s.stopWaiting()
	s.settled = false
	s.state.Type(address)
	s.show()
	// What the address tells is read where the person types: at a large
	// text size both may be below the fold.
	s.reveal(s.status)
	s.reveal(s.address)
	if address != "" {
		s.after(s.deps.pause, s.paused)
	}
}

// paused is the person stopping typing, or leaving the field: the domain
// is checked if it is due, and what the address lacks may be said.
func (s *chooserScreen) paused() {
	s.stopWaiting()
	s.settled = true
	s.ask()
	s.show()
}

// after calls f on the UI thread once d has passed with no other key
// typed; a key or leaving the chooser stops the wait. No wait at all is
// f now, on this thread (a goroutine would race the caller for nothing).
func (s *chooserScreen) after(d time.Duration, f func()) {
	if d <= 0 {
		f()
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.wait = cancel
	s.deps.tasks.Add(1)
	go func() {
		defer s.deps.tasks.Done()
		select {
		case <-time.After(d):
			fyne.Do(func() {
				if ctx.Err() == nil {
					f()
				}
			})
		case <-ctx.Done():
		}
	}()
}

// ask checks the domain in the field off the UI thread, if it is due, and
// hands the answer back through fyne.Do. No answer means the person
// simply chooses.
func (s *chooserScreen) ask() {
	if s.deps.detect == nil || s.state.Address() == "" {
		return
	}
	a, ok := s.state.Ask()
	if !ok {
		return
	}
	s.stopWaiting()
	s.cancelCheck()
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel, s.asked = cancel, a
	s.show()
	s.deps.tasks.Add(1)
	go func() {
		defer s.deps.tasks.Done()
		sug, ok := s.deps.detect(ctx, a.Domain)
		fyne.Do(func() {
			if ctx.Err() == nil && s.state.Answer(a, sug, ok) {
				s.show()
			}
		})
	}()
}

// accountChoices shows each account kind with its examples. A pick by the
// person's own hand ends any online check: their choice wins.
func (s *chooserScreen) accountChoices() fyne.CanvasObject {
	rows := make([]fyne.CanvasObject, len(guide.Accounts))
	for i, k := range guide.Accounts {
		c := newChoice(s.x.keys, s.x.say(k.Name()), s.x.say(k.Examples()), func() {
			s.state.Pick(k.ID)
			s.show()
		})
		c.Selected = k.ID == s.state.Account()
		s.accounts[k.ID] = c
		rows[i] = c
	}
	return container.NewVBox(rows...)
}

// needChoices shows a check box for each need, and under VIOL 3 where the
// person will use it.
func (s *chooserScreen) needChoices() fyne.CanvasObject {
	var boxes []fyne.CanvasObject
	for _, k := range guide.Needs {
		c := s.x.checkBox(s.x.say(k.Name()), func(on bool) {
			s.state.Need(k.ID, on)
			s.show()
		})
		c.Checked = s.state.Has(k.ID)
		s.needs[k.ID] = c
		boxes = append(boxes, c)
		if k.ID == guide.NeedVIOL3 {
			boxes = append(boxes, s.environments())
		}
	}
	return container.NewVBox(boxes...)
}

// environments offers VIOL 3's two entries under Mina sidor. The choice
// sets which one the checklist names; it changes no path.
func (s *chooserScreen) environments() fyne.CanvasObject {
	rows := []fyne.CanvasObject{wrapped(s.x.t("chooser.environment"))}
	for _, svc := range chooser.Environments {
		c := newChoice(s.x.keys, s.x.t("chooser.environment.name", svc.Label()), "", func() {
			s.state.SetEnvironment(svc)
			if !guide.UsesVIOL3(s.state.Needs()) { // an environment is where one uses VIOL 3
				s.state.Need(guide.NeedVIOL3, true)
				s.needs[guide.NeedVIOL3].SetChecked(true)
			}
			s.show()
		})
		s.envs[svc] = c
		rows = append(rows, c)
	}
	indent := widget.NewLabel("")
	return container.NewBorder(nil, nil, indent, nil, container.NewVBox(rows...))
}

// addressEntry is the address field; leaving it asks about the domain at
// once, as a pause does.
type addressEntry struct {
	widget.Entry
	keys *keyboard
	left func()
	// submitted reads the address on Enter, and reports whether it did
	// anything: Enter on an address already read goes on to Next.
	submitted func() bool
}

func newAddressEntry(keys *keyboard) *addressEntry {
	e := &addressEntry{keys: keys}
	// No scrolling of its own: the mouse wheel over the field scrolls the
	// screen, as over any other part of it.
	e.Scroll = fyne.ScrollNone
	e.ExtendBaseWidget(e)
	return e
}

// MouseDown puts the cursor in the field where it is, without moving the page.
func (e *addressEntry) MouseDown(ev *desktop.MouseEvent) {
	e.keys.clicked(func() { e.Entry.MouseDown(ev) })
}

// FocusGained brings the field into view, as Tab does for every control.
func (e *addressEntry) FocusGained() {
	e.Entry.FocusGained()
	e.keys.reveal(e)
}

// TypedKey gives Escape to the screen, as every control does; Enter reads
// the address (OnSubmitted), and once it is read presses Next.
func (e *addressEntry) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyEscape:
		e.keys.escape()
	case fyne.KeyReturn, fyne.KeyEnter:
		if e.submitted != nil && e.submitted() {
			return
		}
		e.keys.enter()
	default:
		e.Entry.TypedKey(ev)
	}
}

// FocusLost is leaving the field.
func (e *addressEntry) FocusLost() {
	e.Entry.FocusLost()
	if e.left != nil {
		e.left()
	}
}

// statusLine is a line of text that keeps the height of the longest thing
// it may say at its width, so that what is under it stays put.
type statusLine struct {
	widget.Label
	samples []string
	cached  struct {
		width   float32
		samples []string
		height  float32
	}
}

func newStatusLine() *statusLine {
	l := &statusLine{}
	l.Wrapping = fyne.TextWrapWord
	l.ExtendBaseWidget(l)
	return l
}

// reserve keeps room for the longest of these texts.
func (l *statusLine) reserve(samples []string) { l.samples = samples }

// say shows text in the importance's colour.
func (l *statusLine) say(i widget.Importance, text string) {
	if l.Importance == i && l.Text == text {
		return
	}
	l.Importance = i
	l.SetText(text)
}

// MinSize is the label's, as tall as the tallest sample at its width.
func (l *statusLine) MinSize() fyne.Size {
	min := l.Label.MinSize()
	w := l.Size().Width
	if w <= 0 {
		return min
	}
	c := &l.cached
	if c.width != w || !slices.Equal(c.samples, l.samples) {
		c.width, c.samples, c.height = w, l.samples, 0
		for _, t := range l.samples {
			probe := widget.NewLabel(t)
			probe.Wrapping = fyne.TextWrapWord
			probe.Resize(fyne.NewSize(w, 1))
			c.height = max(c.height, probe.MinSize().Height)
		}
	}
	min.Height = max(min.Height, c.height)
	return min
}
