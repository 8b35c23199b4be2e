package ui

import (
	"context"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/detect"
	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/kit"
	"github.com/biometria/kontoguiden/internal/progress"
)

// answers are what the person said on the chooser.
type answers struct {
	account guide.Account
	needs   map[guide.Need]bool
}

func answersOf(st progress.State) answers {
	a := answers{account: st.Account, needs: map[guide.Need]bool{}}
	for _, n := range st.Needs {
		a.needs[n] = true
	}
	return a
}

// set says whether the person needs n.
func (a *answers) set(n guide.Need, on bool) {
	if a.needs == nil {
		a.needs = map[guide.Need]bool{}
	}
	a.needs[n] = on
}

// list gives the needs in the guide's order.
func (a answers) list() []guide.Need {
	var out []guide.Need
	for _, n := range guide.NeedIDs() {
		if a.needs[n] {
			out = append(out, n)
		}
	}
	return out
}

// choosing is the chooser's state, apart from its widgets, so that the
// screen can be built again (another language, another text size) without
// losing it: the answers so far, and the online check under way.
type choosing struct {
	answers answers
	lookup  *lookup
}

// lookup is one online check of a typed address's domain. Its answer is
// used only if nothing changed while it was asked: no new keystroke, no
// account picked by hand, the chooser still on show.
type lookup struct {
	cancel  context.CancelFunc
	account guide.Account // the answer on screen when it was asked
}

// stop cancels the online check under way, if any.
func (c *choosing) stop() {
	if c.lookup != nil {
		c.lookup.cancel()
		c.lookup = nil
	}
}

// chooserDeps are what the chooser needs besides its state.
type chooserDeps struct {
	kit    kit.Kit
	detect func(ctx context.Context, domain string) (detect.Suggestion, bool) // nil: no online check
	delay  time.Duration                                                      // after the last key
	tasks  *sync.WaitGroup                                                    // the app waits for them on closing
	next   func(answers)
	back   func()
}

// chooserScreen asks the two questions: which account, and what for.
type chooserScreen struct {
	frame
	x        tools
	state    *choosing
	deps     chooserDeps
	address  *widget.Entry
	reason   *widget.Label // the suggestion for the address, or what is being checked
	accounts map[guide.Account]*choice
	needs    map[guide.Need]*keyCheck
	hint     *widget.Label // which answer is still missing
}

func newChooserScreen(x tools, state *choosing, d chooserDeps) *chooserScreen {
	s := &chooserScreen{x: x, state: state, deps: d, accounts: map[guide.Account]*choice{}, needs: map[guide.Need]*keyCheck{}}
	s.back = d.back
	s.primary = x.primary(x.t("nav.next"), theme.NavigateNextIcon(), func() { d.next(s.state.answers) })
	s.hint = &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.MediumImportance}
	accounts := container.NewVBox(subheading(x.t("chooser.account")), s.addressField(), s.accountChoices(), s.reason,
		wrapped(x.t("chooser.unsure")))
	needs := container.NewVBox(subheading(x.t("chooser.needs")), s.needChoices(), wrapped(x.t("chooser.gloss")))
	// Side by side, so both questions are seen at once; one under the other,
	// each as tall as it needs, from the first larger text size, where side
	// by side would not fit a 1366×768 screen at 150 %: a check box does
	// not wrap, and two equal columns double the widest.
	questions := container.NewGridWithColumns(2, accounts, needs)
	if x.scale >= 1 {
		questions = container.NewVBox(accounts, needs)
	}
	s.update()
	back := x.button(x.t("nav.back"), theme.NavigateBackIcon(), s.back)
	s.page(container.NewVBox(heading(x.t("chooser.heading")), questions), container.NewBorder(nil, nil, back, s.primary, s.hint))
	s.focus = s.address
	return s
}

// stop ends the online check: the chooser is going.
func (s *chooserScreen) stop() { s.state.stop() }

// update enables Next exactly when the guide can choose a path; the hint
// says which answer is still missing.
func (s *chooserScreen) update() {
	a := s.state.answers
	_, err := s.deps.kit.Choose(a.account, a.list())
	switch {
	case err == nil:
		s.hint.SetText("")
		s.primary.Enable()
	case a.account == "":
		s.hint.SetText(s.x.t("chooser.incomplete.account"))
		s.primary.Disable()
	default:
		s.hint.SetText(s.x.t("chooser.incomplete.needs"))
		s.primary.Disable()
	}
}

// addressField lets the person type their address so that the account kind
// is suggested for them: at once from what is known, otherwise by asking
// Microsoft and DNS in the background. The address is never kept.
// The answer is shown under the choices, so that a line that comes and
// goes never moves them under the person's pointer.
func (s *chooserScreen) addressField() fyne.CanvasObject {
	x := s.x
	s.address = widget.NewEntry()
	// No scrolling of its own: the mouse wheel over the field scrolls the
	// screen, as over any other part of it.
	s.address.Scroll = fyne.ScrollNone
	s.address.SetPlaceHolder(x.t("chooser.address.placeholder"))
	s.reason = &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.SuccessImportance}
	s.reason.Hide()
	s.address.OnChanged = s.typed
	box := container.NewVBox(wrapped(x.t("chooser.address")), s.address)
	if s.deps.detect != nil { // say what leaves the computer, and who can stop it
		box.Add(&widget.Label{Text: x.t("chooser.privacy"), Wrapping: fyne.TextWrapWord, SizeName: theme.SizeNameCaptionText})
	}
	return box
}

// typed suggests the kind of the address typed so far.
func (s *chooserScreen) typed(address string) {
	s.state.stop()
	s.reason.Hide()
	if sug, ok := detect.Offline(address, s.deps.kit.Domains); ok {
		s.suggest(sug)
	} else if d := detect.Domain(address); detect.Complete(d) && s.deps.detect != nil {
		s.say(widget.MediumImportance, s.x.t("chooser.checking", d))
		s.ask(d)
	}
}

// suggest picks the suggested kind and says why.
func (s *chooserScreen) suggest(sug detect.Suggestion) {
	s.pick(sug.Account)
	s.say(widget.SuccessImportance, s.x.t("chooser.suggestion", sug.Reason))
}

// say shows a line under the choices.
func (s *chooserScreen) say(i widget.Importance, text string) {
	s.reason.Importance = i
	s.reason.SetText(text)
	s.reason.Show()
}

// ask checks a domain off the UI thread, a moment after the last key, and
// hands the answer back through fyne.Do. No answer means the person simply
// chooses.
func (s *chooserScreen) ask(domain string) {
	ctx, cancel := context.WithCancel(context.Background())
	l := &lookup{cancel: cancel, account: s.state.answers.account}
	s.state.lookup = l
	s.deps.tasks.Add(1)
	go func() {
		defer s.deps.tasks.Done()
		select {
		case <-time.After(s.deps.delay):
		case <-ctx.Done():
			return
		}
		sug, ok := s.deps.detect(ctx, domain)
		fyne.Do(func() { s.answered(l, ctx, sug, ok, domain) })
	}()
}

// answered takes an online answer, unless it answers a question nobody is
// asking any more.
func (s *chooserScreen) answered(l *lookup, ctx context.Context, sug detect.Suggestion, ok bool, domain string) {
	if s.state.lookup != l || ctx.Err() != nil || s.state.answers.account != l.account {
		return
	}
	s.state.lookup = nil
	if ok {
		s.suggest(sug)
	} else {
		s.say(widget.MediumImportance, s.x.t("chooser.unchecked", domain))
	}
}

// accountChoices shows each account kind with its examples. A pick by the
// person's own hand ends any online check: their choice wins.
func (s *chooserScreen) accountChoices() fyne.CanvasObject {
	rows := make([]fyne.CanvasObject, len(guide.Accounts))
	for i, k := range guide.Accounts {
		c := newChoice(s.x.keys, s.x.say(k.Name()), s.x.say(k.Examples()), func() {
			s.state.stop()
			s.pick(k.ID)
		})
		c.Selected = k.ID == s.state.answers.account
		s.accounts[k.ID] = c
		rows[i] = c
	}
	return container.NewVBox(rows...)
}

// pick chooses an account kind, by hand or by suggestion.
func (s *chooserScreen) pick(a guide.Account) {
	s.state.answers.account = a
	for id, c := range s.accounts {
		c.SetSelected(id == a)
	}
	s.update()
}

// needChoices shows a check box for each need.
func (s *chooserScreen) needChoices() fyne.CanvasObject {
	var boxes []fyne.CanvasObject
	for _, k := range guide.Needs {
		c := s.x.checkBox(s.x.say(k.Name()), func(on bool) {
			s.state.answers.set(k.ID, on)
			s.update()
		})
		c.Checked = s.state.answers.needs[k.ID]
		s.needs[k.ID] = c
		boxes = append(boxes, c)
	}
	return container.NewVBox(boxes...)
}
