package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/progress"
)

// checklistDeps are what the checklist needs from the app.
type checklistDeps struct {
	now    func() time.Time
	report func(error) // a failed save, told in plain words
	// open hands an address to the browser; b is the button that asked.
	open    func(url string, b *keyButton)
	support string // whom to call, from the kit; "" for nobody
	// pictureOpen is the person's last choice to open or hide a step's
	// picture, kept by the app for every checklist of this run.
	pictureOpen **bool
	shortcuts   func() // sets Ctrl+B anew for the step on show
	confirm     func(title, body, yes, no string, onYes func())
	finished    func() // two-step verification confirmed
	first       func() // back from the first step: the recommendation
}

// checklistScreen shows the journey's current step, with the list of all
// steps beside it (or above it, as a drop-down, with large text). It is
// built once for a journey and then updated in place as the person moves
// between steps.
type checklistScreen struct {
	frame
	x          tools
	j          *progress.Journey
	deps       checklistDeps
	win        fyne.Window
	list       *keyList      // every step, beside the step: at normal text sizes
	rows       []float32     // the height of each of its rows, as wrapped now
	picker     *keySelect    // the same as a drop-down above it: at large ones
	count      *widget.Label // "Steg 5 av 13"
	why        *widget.Label // why a later step cannot be opened yet
	bar        *progressLine
	body       *fyne.Container // the step's own text and help
	pageButton *keyButton      // the step's web page, beside Done so it is always in view
	// The last step's tick box and what the finish button waits for, kept
	// with the buttons so that they are in view together.
	mfa     *fyne.Container
	confirm *keyCheck
	wait    *widget.Label
	panel   *fyne.Container // the step with its buttons, laid out anew when they change
	shown   int             // the step on show, whose row changes when another is
	// The step on show's text and, where it has pictures, the button that
	// shows and hides them.
	text          *fyne.Container
	pictureToggle *keyButton
	// icons for done, current and later steps, coloured once per build:
	// themed icons would be coloured anew on every row update.
	icons [3]fyne.Resource
}

// largeText is the text size from which the step list gives way to a
// drop-down: side by side, both would be too narrow to read.
const largeText = 3

func newChecklistScreen(x tools, j *progress.Journey, win fyne.Window, d checklistDeps) *checklistScreen {
	s := &checklistScreen{x: x, j: j, deps: d, win: win}
	for i, r := range []fyne.Resource{
		theme.NewSuccessThemedResource(theme.ConfirmIcon()),
		theme.NewPrimaryThemedResource(theme.NavigateNextIcon()),
		theme.NewDisabledResource(theme.RadioButtonIcon()),
	} {
		s.icons[i] = fyne.NewStaticResource(r.Name(), r.Content())
	}
	s.back = s.stepBack
	s.primary = x.primary("", theme.ConfirmIcon(), nil)
	s.count = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}}
	s.why = &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.MediumImportance}
	s.why.Hide()
	s.bar = newProgressLine(float64(len(j.Steps())))
	// The line shows how far, the label above it says it.
	s.body = container.NewVBox()
	s.scroll = container.NewVScroll(container.NewPadded(s.body))
	s.pageButton = x.button(s.openText(), theme.NewThemedResource(webIcon), nil)
	s.confirm = x.checkBox(x.t("mfa.confirm"), s.mfaTicked)
	// What the finish button waits for, beside the box: wrapped, as a
	// hint cut off (…) says nothing.
	s.wait = &widget.Label{Text: x.t("mfa.wait"), Wrapping: fyne.TextWrapWord, Importance: widget.MediumImportance}
	s.mfa = container.NewBorder(nil, nil, s.confirm, nil, s.wait)
	back := x.button(x.t("nav.back"), theme.NavigateBackIcon(), s.back)
	buttons := container.NewVBox(widget.NewSeparator(), s.mfa,
		container.New(newBarLayout(), back, s.pageButton, s.primary))
	top := container.NewVBox(s.count, s.bar, s.why)
	if x.scale >= largeText {
		// With large text every line counts: the drop-down says which step
		// of how many, and stands in for the count and the bar.
		s.picker = s.stepPicker()
		top.Objects = []fyne.CanvasObject{s.picker, s.why}
	} else {
		s.list = s.stepList()
	}
	// Tab goes through the panel as it reads, top to bottom: the step
	// drop-down, the step, its buttons (NewBorder would put the step
	// before the drop-down).
	padded := container.NewPadded(top)
	s.panel = container.New(layout.NewBorderLayout(padded, buttons, nil, nil), padded, s.scroll, buttons)
	s.content = s.panel
	if s.list != nil {
		// Once the list has its size, the step on show is scrolled into
		// view: before, the list cannot know where its rows stand.
		list := container.New(&whenSized{once: func() { s.list.ScrollTo(s.shown) }, width: s.fitRows}, s.list)
		steps := container.NewBorder(&widget.Label{Text: x.t("step.list"), TextStyle: fyne.TextStyle{Bold: true}}, nil, nil, nil, list)
		split := container.NewHSplit(steps, s.panel)
		split.Offset = 0.3
		s.content = split
	}
	s.showStep()
	return s
}

// openText is the browser button's label; the shortcut is named where
// there is room for it, and the label is short where there is little.
func (s *checklistScreen) openText() string {
	if s.x.scale >= 2 {
		return s.x.t("step.open.short")
	}
	return s.x.t("step.open") + " (Ctrl+B)"
}

// showStep puts the journey's current step into the view.
func (s *checklistScreen) showStep() {
	j, x := s.j, s.x
	step := j.Step()
	s.open = nil
	s.primary.OnTapped = s.tickStep
	s.primary.SetText(x.t("step.done"))
	s.primary.Enable()
	s.mfa.Hide()
	if step.MFA {
		s.primary.SetText(x.t("mfa.finish"))
		s.primary.OnTapped = s.confirmMFA
		s.confirm.SetChecked(false)
		s.mfaTicked(false)
		s.mfa.Show()
	}
	s.pageButton.Hide()
	if step.URL != "" {
		s.open = func() { s.deps.open(step.URL, s.pageButton) }
		s.pageButton.OnTapped = s.open
		s.pageButton.SetText(s.openText())
		s.pageButton.Enable()
		s.pageButton.Show()
	}
	s.count.SetText(x.t("step.count", j.Index()+1, len(j.Steps())))
	s.why.Hide()
	s.bar.SetValue(float64(j.DoneCount()))
	s.body.Objects = s.stepBody(step)
	s.body.Refresh()
	s.panel.Refresh() // the buttons' row may have grown or shrunk
	s.scroll.ScrollToTop()
	if s.picker != nil {
		s.picker.Options = s.stepNames()
		s.picker.SetSelectedIndex(j.Index())
		return
	}
	// Only the rows of the step left and the step shown change their
	// icon: a tick, a step back or a step chosen in the list changes no
	// other. (A refresh of the whole list before it has a size would also
	// scroll the first step out of view.)
	left := s.shown
	s.shown = j.Index()
	s.list.RefreshItem(left)
	s.list.RefreshItem(s.shown)
	s.list.Select(s.shown)
}

// moved shows the step the journey has moved to, with its Ctrl+B.
func (s *checklistScreen) moved() {
	s.showStep()
	s.deps.shortcuts()
}

// mfaTicked enables the finish button only once the person has ticked
// that two-step verification is on, and says what it waits for till then.
func (s *checklistScreen) mfaTicked(on bool) {
	if on {
		s.primary.Enable()
		s.wait.Hide()
		return
	}
	s.primary.Disable()
	s.wait.Show()
}

// tickStep ticks the step and moves on.
func (s *checklistScreen) tickStep() {
	s.deps.report(s.j.Complete(s.deps.now()))
	s.moved()
}

// stepBack goes to the step before, or from the first step back to the
// recommendation, where the answers can be changed.
func (s *checklistScreen) stepBack() {
	if s.j.Index() == 0 {
		s.deps.first()
		return
	}
	s.deps.report(s.j.Back())
	s.moved()
}

// confirmMFA asks once more before the journey is finished: a wrong "yes"
// would leave the person with an account that VIOL 3 refuses.
func (s *checklistScreen) confirmMFA() {
	x := s.x
	s.deps.confirm(x.t("mfa.dialog.title"), x.t("mfa.dialog.body"), x.t("mfa.dialog.yes"), x.t("mfa.dialog.no"), func() {
		s.deps.report(s.j.ConfirmMFA(s.deps.now()))
		s.deps.finished()
	})
}

// stepBody is the step's text, where its web page is, and its help. What
// Biometria says stands beside the pictures; the guide's own advice comes
// after, under its label.
func (s *checklistScreen) stepBody(step guide.Step) []fyne.CanvasObject {
	x := s.x
	s.text = container.NewVBox()
	var advice []fyne.CanvasObject
	for _, t := range step.Texts() {
		if guide.IsAdvice(t) {
			advice = append(advice, x.said(t, x.t("step.tip")))
			continue
		}
		s.text.Add(x.said(t, ""))
	}
	parts := []fyne.CanvasObject{heading(x.say(step.Title())), s.withPictures(step)}
	if step.URL != "" {
		parts = append(parts, &widget.Label{Text: x.t("step.address", hostOf(step.URL)), Truncation: fyne.TextTruncateEllipsis})
	}
	parts = append(parts, advice...)
	for _, l := range step.Links {
		// A link, not a button: its text wraps at any text size.
		link := &widget.Hyperlink{Text: x.say(l.Label()), Wrapping: fyne.TextWrapWord}
		link.OnTapped = func() { s.deps.open(l.URL, nil) }
		link.ExtendBaseWidget(link)
		parts = append(parts, container.NewBorder(nil, nil, widget.NewIcon(theme.NewThemedResource(webIcon)), nil, link))
	}
	return append(parts, s.stepHelp(step.Help))
}

// stepHelp lists what can go wrong, each opening to what to do about it,
// and last whom to call, where the office's kit names someone.
func (s *checklistScreen) stepHelp(help []guide.Help) fyne.CanvasObject {
	x := s.x
	var items []fyne.CanvasObject
	for _, h := range help {
		fix := container.NewVBox()
		for _, t := range h.Texts() {
			fix.Add(x.said(t, x.t("step.tip")))
		}
		items = append(items, s.helpItem(x.say(h.Problem()), fix))
	}
	if s.deps.support != "" {
		items = append(items, s.helpItem(x.t("support.title"), wrapped(s.deps.support)))
	}
	if len(items) == 0 {
		return container.NewVBox()
	}
	title := container.NewHBox(widget.NewIcon(theme.HelpIcon()), &widget.Label{Text: x.t("step.help"), TextStyle: fyne.TextStyle{Bold: true}})
	return container.NewVBox(append([]fyne.CanvasObject{widget.NewSeparator(), title}, items...)...)
}

// helpItem is one problem, a button that opens and closes what to do
// about it. What opens is scrolled into view, as much of it as fits with
// the problem above it: opened below the fold, it would seem that nothing
// happened. (Fyne's Accordion says nothing when an item opens.)
func (s *checklistScreen) helpItem(problem string, fix fyne.CanvasObject) fyne.CanvasObject {
	fix.Hide()
	item := container.NewVBox()
	header := s.x.button(problem, theme.MenuDropDownIcon(), nil)
	header.Importance = widget.LowImportance
	header.Alignment = widget.ButtonAlignLeading
	header.OnTapped = func() {
		if fix.Visible() {
			fix.Hide()
			header.SetIcon(theme.MenuDropDownIcon())
			return
		}
		fix.Show()
		header.SetIcon(theme.MenuDropUpIcon())
		s.revealAll(item)
	}
	item.Objects = []fyne.CanvasObject{header, fix}
	return item
}

// stepList shows every step with its state; done steps and the next one can
// be opened from it.
func (s *checklistScreen) stepList() *keyList {
	steps := s.j.Steps()
	list := newKeyList(s.x.keys,
		func() int { return len(steps) },
		func() fyne.CanvasObject {
			title := container.New(narrow{}, &widget.Label{Wrapping: fyne.TextWrapWord})
			return container.NewBorder(nil, nil, widget.NewIcon(theme.RadioButtonIcon()), nil, title)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			row.Objects[0].(*fyne.Container).Objects[0].(*widget.Label).SetText(s.x.say(steps[i].Title()))
			row.Objects[1].(*widget.Icon).SetResource(s.icons[s.state(i)])
		})
	list.OnSelected = s.openStep
	return list
}

// fitRows gives each row of the step list the height its title needs,
// wrapped, at the list's width: cut to one line, titles that start alike
// ("Godkänn behörigheterna fö…") looked the same.
func (s *checklistScreen) fitRows(width float32) {
	icon := widget.NewIcon(theme.RadioButtonIcon()).MinSize().Width
	textWidth := width - icon - theme.Padding()
	s.rows = make([]float32, len(s.j.Steps()))
	for i, st := range s.j.Steps() {
		l := &widget.Label{Text: s.x.say(st.Title()), Wrapping: fyne.TextWrapWord}
		l.Resize(fyne.NewSize(textWidth, l.MinSize().Height))
		s.rows[i] = l.MinSize().Height
		s.list.SetItemHeight(i, s.rows[i])
	}
}

// stepPicker is the step list as a drop-down, for large text.
func (s *checklistScreen) stepPicker() *keySelect {
	picker := &keySelect{keys: s.x.keys}
	picker.Options = s.stepNames()
	picker.OnChanged = func(string) { s.openStep(picker.SelectedIndex()) }
	picker.ExtendBaseWidget(picker)
	return picker
}

// stepNames are the steps as the drop-down lists them, done ones marked.
func (s *checklistScreen) stepNames() []string {
	n := len(s.j.Steps())
	names := make([]string, n)
	for i, st := range s.j.Steps() {
		names[i] = s.x.t("step.count", i+1, n) + ": " + s.x.say(st.Title())
		if s.j.IsDone(i) {
			names[i] += " – " + s.x.t("step.ticked")
		}
	}
	return names
}

// openStep opens step i from the list; a step that is not reached yet
// stays closed, and the person is told which step to finish first.
func (s *checklistScreen) openStep(i int) {
	j := s.j
	if i == j.Index() || i < 0 {
		return
	}
	if !j.CanVisit(i) {
		if s.list != nil {
			s.list.Select(j.Index())
		} else {
			s.picker.SetSelectedIndex(j.Index())
		}
		s.why.SetText(s.x.t("step.notyet", i+1, j.NextToDo()+1))
		s.why.Show()
		return
	}
	s.deps.report(j.Visit(i))
	s.moved()
}

// state says whether step i is done (0), on screen (1) or to come (2).
func (s *checklistScreen) state(i int) int {
	switch {
	case s.j.IsDone(i):
		return 0
	case i == s.j.Index():
		return 1
	}
	return 2
}

// hostOf shows where a button leads, without the https:// and the slash.
func hostOf(url string) string {
	return strings.TrimSuffix(strings.TrimPrefix(url, "https://"), "/")
}

// narrow lays one object out at its whole size but asks for no width: a
// wrapping label not laid out yet asks for the width of its text on one
// line, and a list row that asks for it makes the whole list that wide,
// its titles running under its edge instead of wrapping.
type narrow struct{}

func (narrow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(0, objs[0].MinSize().Height)
}

func (narrow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}

// whenSized lays one object out at its whole size, calls once the first
// time that size is not empty, and calls width whenever its width changes.
type whenSized struct {
	once  func()
	width func(float32)
	last  float32
}

func (l *whenSized) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

func (l *whenSized) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if l.width != nil && size.Width > 0 && size.Width != l.last {
		l.last = size.Width
		l.width(size.Width)
	}
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
	if l.once != nil && size.Height > 0 {
		f := l.once
		l.once = nil
		f()
	}
}
