package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/progress"
)

// stepView is the checklist screen. It is built once for a journey and
// then updated in place as the person moves between steps, so that a step
// change redraws only what changed.
type stepView struct {
	screen  *screen
	journey *progress.Journey
	list    *widget.List   // every step, beside the step: at normal text sizes
	picker  *widget.Select // the same as a drop-down above it: at large ones
	count   *widget.Label  // "Steg 5 av 13"
	why     *widget.Label  // why a later step cannot be opened yet
	bar     *widget.ProgressBar
	body    *fyne.Container // the step's own text and help
	scroll  *container.Scroll
	open    *keyButton // the step's web page, beside Done so it is always in view
	// The last step's tick box and what the finish button waits for, kept
	// with the buttons so that they are in view together.
	mfa     *fyne.Container
	panel   *fyne.Container // the step with its buttons, laid out anew when they change
	confirm *keyCheck
	wait    *widget.Label
	shown   int // the step on screen, whose list row must change on a move
	// icons for done, current and later steps, coloured once per build:
	// themed icons would be coloured anew on every row update.
	icons [3]fyne.Resource
}

// largeText is the text size from which the step list gives way to a
// drop-down: side by side, both would be too narrow to read.
const largeText = 3

// checklist shows the journey's current step, with the list of all steps
// beside it (or above it, as a drop-down, with large text).
func (u *UI) checklist() *screen {
	v := &stepView{journey: u.session.Journey}
	for i, r := range []fyne.Resource{
		theme.NewSuccessThemedResource(theme.ConfirmIcon()),
		theme.NewPrimaryThemedResource(theme.NavigateNextIcon()),
		theme.NewDisabledResource(theme.RadioButtonIcon()),
	} {
		v.icons[i] = fyne.NewStaticResource(r.Name(), r.Content())
	}
	s := &screen{back: u.stepBack}
	s.primary = u.button("", theme.ConfirmIcon(), nil)
	s.primary.Importance = widget.HighImportance
	v.screen = s
	v.count = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}}
	v.why = &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.MediumImportance}
	v.why.Hide()
	v.bar = widget.NewProgressBar()
	v.bar.Max = float64(len(v.journey.Steps()))
	// The bar shows how far, the label above it says it: text on the bar
	// could not be read on both its filled and its empty part.
	v.bar.TextFormatter = func() string { return "" }
	v.body = container.NewVBox()
	v.scroll = container.NewVScroll(container.NewPadded(v.body))
	s.scroll = v.scroll
	v.open = u.button(u.openText(), theme.NewThemedResource(webIcon), nil)
	v.confirm = u.check(u.t("mfa.confirm"), func(on bool) { u.mfaTicked(on) })
	// What the finish button waits for, on the box's own line: one line
	// that gives way (…) rather than push the buttons out of sight.
	v.wait = &widget.Label{Text: u.t("mfa.wait"), Truncation: fyne.TextTruncateEllipsis, Importance: widget.MediumImportance}
	v.mfa = container.NewBorder(nil, nil, v.confirm, nil, v.wait)
	back := u.button(u.t("nav.back"), theme.NavigateBackIcon(), s.back)
	buttons := container.NewVBox(widget.NewSeparator(), v.mfa,
		container.NewBorder(nil, nil, back, container.NewHBox(v.open, s.primary)))
	top := container.NewVBox(v.count, v.bar, v.why)
	u.view = v
	if u.scaleIndex() >= largeText {
		// With large text every line counts: the drop-down says which step
		// of how many, and stands in for the count and the bar.
		v.picker = u.stepPicker(v)
		top.Objects = []fyne.CanvasObject{v.picker, v.why}
		v.panel = container.NewBorder(container.NewPadded(top), buttons, nil, nil, v.scroll)
		s.content = v.panel
	} else {
		panel := container.NewBorder(container.NewPadded(top), buttons, nil, nil, v.scroll)
		v.panel = panel
		v.list = u.stepList(v)
		steps := container.NewBorder(&widget.Label{Text: u.t("step.list"), TextStyle: fyne.TextStyle{Bold: true}}, nil, nil, nil, v.list)
		split := container.NewHSplit(steps, panel)
		split.Offset = 0.3
		s.content = split
	}
	u.fillStep()
	return s
}

// openText is the browser button's label; the shortcut is named where
// there is room for it, and the label is short where there is little.
func (u *UI) openText() string {
	if u.scaleIndex() >= 2 {
		return u.t("step.open.short")
	}
	return u.t("step.open") + " (Ctrl+B)"
}

// fillStep puts the current step into the view.
func (u *UI) fillStep() {
	v, j := u.view, u.view.journey
	step := j.Step()
	s := v.screen
	s.open = nil
	s.primary.OnTapped = u.stepDone
	s.primary.SetText(u.t("step.done"))
	s.primary.Enable()
	v.mfa.Hide()
	if step.MFA {
		s.primary.SetText(u.t("mfa.finish"))
		s.primary.OnTapped = u.confirmMFA
		v.confirm.SetChecked(false)
		u.mfaTicked(false)
		v.mfa.Show()
	}
	v.open.Hide()
	if step.URL != "" {
		s.open = func() { u.open(step.URL, v.open) }
		v.open.OnTapped = s.open
		v.open.SetText(u.openText())
		v.open.Enable()
		v.open.Show()
	}
	v.count.SetText(u.t("step.count", j.Index()+1, len(j.Steps())))
	v.why.Hide()
	v.bar.SetValue(float64(j.DoneCount()))
	v.body.Objects = u.stepBody(step)
	v.body.Refresh()
	v.panel.Refresh() // the buttons' row may have grown or shrunk
	v.scroll.ScrollToTop()
	v.shown = j.Index()
	if v.picker != nil {
		v.picker.Options = u.stepNames(v)
		v.picker.SetSelectedIndex(v.shown)
		return
	}
	// Only the rows of the step left and the step shown change their icon.
	v.list.RefreshItem(v.shown)
	v.list.Select(v.shown)
	v.list.RefreshItem(v.shown)
}

// mfaTicked enables the finish button only once the person has ticked
// that two-step verification is on, and says what it waits for till then.
func (u *UI) mfaTicked(on bool) {
	v := u.view
	if on {
		v.screen.primary.Enable()
		v.wait.Hide()
		return
	}
	v.screen.primary.Disable()
	v.wait.Show()
}

// goStep shows the journey's current step: in place when the checklist is
// on screen, else by showing the checklist.
func (u *UI) goStep() {
	if u.state == screenChecklist && u.view != nil && u.view.journey == u.session.Journey {
		u.fillStep()
		u.shortcuts()
		return
	}
	u.show(screenChecklist)
}

// stepDone ticks the step and moves on.
func (u *UI) stepDone() {
	u.report(u.session.Journey.Complete(u.Now()))
	u.goStep()
}

// stepBack goes to the step before, or from the first step back to the
// recommendation, where the answers can be changed.
func (u *UI) stepBack() {
	j := u.session.Journey
	if j.Index() == 0 {
		u.goRecommend()
		return
	}
	u.report(j.Back())
	u.goStep()
}

// stepBody is the step's text, where its web page is, and its help.
func (u *UI) stepBody(step guide.Step) []fyne.CanvasObject {
	text := container.NewVBox()
	for _, para := range strings.Split(u.say(step.Body()), "\n\n") {
		text.Add(wrapped(para))
	}
	parts := []fyne.CanvasObject{heading(u.say(step.Title())), u.withPictures(step, text)}
	if step.URL != "" {
		parts = append(parts, &widget.Label{Text: u.t("step.address", hostOf(step.URL)), Truncation: fyne.TextTruncateEllipsis})
	}
	if tip := u.say(step.Tip()); tip != "" {
		parts = append(parts, u.advice(u.t("step.tip"), tip))
	}
	for _, l := range step.Links {
		// A link, not a button: its text wraps at any text size.
		link := &widget.Hyperlink{Text: u.say(l.Label()), Wrapping: fyne.TextWrapWord}
		link.OnTapped = func() { u.open(l.URL, nil) }
		link.ExtendBaseWidget(link)
		parts = append(parts, container.NewBorder(nil, nil, widget.NewIcon(theme.NewThemedResource(webIcon)), nil, link))
	}
	return append(parts, u.stepHelp(step.Help))
}

// withPictures sets the step's pictures beside its text where there is
// room. Where there is not, they stand under it, after a button that
// shows and hides them; with large text they start hidden, as the window
// then shows little at a time. Once the person opens or hides them, later
// steps do the same.
func (u *UI) withPictures(step guide.Step, text *fyne.Container) fyne.CanvasObject {
	if len(step.Pages) == 0 {
		return text
	}
	w := pictureWidth * theme.TextSize()
	open := u.scaleIndex() < foldedText
	if u.pictureOpen != nil {
		open = *u.pictureOpen
	}
	pics := u.pictures(step, w)
	toggle := u.button("", nil, nil)
	row := container.NewHBox(toggle)
	l := &besideLayout{width: w, allowed: u.scaleIndex() < largeText}
	box := container.New(l, text, row, pics)
	set := func() {
		row.Hidden = l.beside
		pics.Hidden = !l.beside && !open
		toggle.SetText(u.t(map[bool]string{false: "picture.show", true: "picture.hide"}[open]))
		toggle.SetIcon(map[bool]fyne.Resource{false: theme.VisibilityIcon(), true: theme.VisibilityOffIcon()}[open])
		for _, o := range pics.Objects {
			if p, ok := o.(*pagePicture); ok {
				p.width = 0 // under the text, a picture takes the width there is
				if l.beside {
					p.width = w
				}
			}
		}
	}
	l.changed = func(bool) {
		set()
		// The step's height changes with the way: the screen lays out anew.
		fyne.Do(func() { u.view.scroll.Refresh() })
	}
	toggle.OnTapped = func() {
		open = !open
		u.pictureOpen = &open
		set()
		u.view.body.Refresh()
		if open {
			u.scrollToTop(toggle) // the picture under it comes into view
		}
	}
	l.beside = l.fits(u.panelWidth()) // as it will be laid out, to start with
	set()
	return box
}

// foldedText is the text size from which a picture that cannot stand
// beside the text starts hidden.
const foldedText = 2

// besideRoom is the step's width, in picture widths, from which the
// picture stands beside the text: the text keeps nine tenths of a
// picture's width, about five words a line.
const besideRoom = 1.9

// panelWidth is the width the step has: the scroll's, once laid out, or
// else what the window leaves it beside the step list. It is a first
// guess only: the layout decides again with the width it is given.
func (u *UI) panelWidth() float32 {
	if u.view != nil && u.view.scroll.Size().Width > 0 {
		return u.view.scroll.Size().Width
	}
	w := u.Window.Canvas().Size().Width
	if u.view != nil && u.view.list != nil {
		w *= 0.7
	}
	return w
}

// stepHelp lists what can go wrong, each opening to what to do about it,
// and last whom to call, where the office's kit names someone.
func (u *UI) stepHelp(help []guide.Help) fyne.CanvasObject {
	acc := widget.NewAccordion()
	acc.MultiOpen = true
	for _, h := range help {
		acc.Append(widget.NewAccordionItem(u.say(h.Problem()), wrapped(u.say(h.Fix()))))
	}
	if line := u.supportLine(); line != "" {
		acc.Append(widget.NewAccordionItem(u.t("support.title"), wrapped(line)))
	}
	if len(acc.Items) == 0 {
		return container.NewVBox()
	}
	title := container.NewHBox(widget.NewIcon(theme.HelpIcon()), &widget.Label{Text: u.t("step.help"), TextStyle: fyne.TextStyle{Bold: true}})
	return container.NewVBox(widget.NewSeparator(), title, acc)
}

// stepList shows every step with its state; done steps and the next one can
// be opened from it.
func (u *UI) stepList(v *stepView) *widget.List {
	j := v.journey
	list := widget.NewList(
		func() int { return len(j.Steps()) },
		func() fyne.CanvasObject {
			return container.NewBorder(nil, nil, widget.NewIcon(theme.RadioButtonIcon()), nil, &widget.Label{Truncation: fyne.TextTruncateEllipsis})
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			row.Objects[0].(*widget.Label).SetText(u.say(j.Steps()[i].Title()))
			row.Objects[1].(*widget.Icon).SetResource(v.icons[v.state(i)])
		})
	list.OnSelected = func(i widget.ListItemID) { u.visit(i) }
	return list
}

// stepPicker is the step list as a drop-down, for large text.
func (u *UI) stepPicker(v *stepView) *widget.Select {
	picker := widget.NewSelect(u.stepNames(v), nil)
	picker.OnChanged = func(string) { u.visit(picker.SelectedIndex()) }
	return picker
}

// stepNames are the steps as the drop-down lists them, done ones marked.
func (u *UI) stepNames(v *stepView) []string {
	n := len(v.journey.Steps())
	names := make([]string, n)
	for i, st := range v.journey.Steps() {
		names[i] = u.t("step.count", i+1, n) + ": " + u.say(st.Title())
		if v.journey.IsDone(i) {
			names[i] += " – " + u.t("step.ticked")
		}
	}
	return names
}

// visit opens step i from the list; a step that is not reached yet stays
// closed, and the person is told which step to finish first.
func (u *UI) visit(i int) {
	v, j := u.view, u.view.journey
	if i == j.Index() || i < 0 {
		return
	}
	if !j.CanVisit(i) {
		if v.list != nil {
			v.list.Select(j.Index())
		} else {
			v.picker.SetSelectedIndex(j.Index())
		}
		v.why.SetText(u.t("step.notyet", i+1, j.NextToDo()+1))
		v.why.Show()
		return
	}
	u.report(j.Visit(i))
	u.goStep()
}

// state says whether step i is done (0), on screen (1) or to come (2).
func (v *stepView) state(i int) int {
	switch {
	case v.journey.IsDone(i):
		return 0
	case i == v.journey.Index():
		return 1
	}
	return 2
}

// confirmMFA asks once more before the journey is finished: a wrong "yes"
// would leave the person with an account that VIOL 3 refuses.
func (u *UI) confirmMFA() {
	u.confirm(u.t("mfa.dialog.title"), u.t("mfa.dialog.body"), u.t("mfa.dialog.yes"), u.t("mfa.dialog.no"), func() {
		u.report(u.session.Journey.ConfirmMFA(u.Now()))
		u.show(screenDone)
	})
}

// hostOf shows where a button leads, without the https:// and the slash.
func hostOf(url string) string {
	return strings.TrimSuffix(strings.TrimPrefix(url, "https://"), "/")
}
