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
	list    *widget.List
	count   *widget.Label
	bar     *widget.ProgressBar
	body    *fyne.Container // the step's own text, button and help
	scroll  *container.Scroll
	shown   int // the step on screen, whose list row must change on a move
	// icons for done, current and later steps, coloured once per build:
	// themed icons would be coloured anew on every row update.
	icons [3]fyne.Resource
}

// checklist shows the journey's current step, with the list of all steps
// beside it.
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
	v.bar = widget.NewProgressBar()
	v.bar.Max = float64(len(v.journey.Steps()))
	v.bar.TextFormatter = func() string { return u.t("step.progress", v.journey.DoneCount(), len(v.journey.Steps())) }
	v.body = container.NewVBox()
	v.scroll = container.NewVScroll(container.NewPadded(v.body))
	back := u.button(u.t("nav.back"), theme.NavigateBackIcon(), s.back)
	buttons := container.NewVBox(widget.NewSeparator(), container.NewHBox(back, layoutSpacer(), s.primary))
	top := container.NewPadded(container.NewBorder(nil, nil, v.count, nil, v.bar))
	panel := container.NewBorder(top, buttons, nil, nil, v.scroll)
	v.list = u.stepList(v)
	steps := container.NewBorder(&widget.Label{Text: u.t("step.list"), TextStyle: fyne.TextStyle{Bold: true}}, nil, nil, nil, v.list)
	split := container.NewHSplit(steps, panel)
	split.Offset = 0.3
	s.content = split
	u.view = v
	u.fillStep()
	return s
}

// fillStep puts the current step into the view.
func (u *UI) fillStep() {
	v, j := u.view, u.view.journey
	step := j.Step()
	s := v.screen
	s.open = nil
	if step.MFA {
		s.primary.SetText(u.t("mfa.finish"))
		s.primary.OnTapped = u.confirmMFA
	} else {
		s.primary.SetText(u.t("step.done"))
		s.primary.OnTapped = u.stepDone
	}
	s.primary.Enable()
	v.count.SetText(u.t("step.count", j.Index()+1, len(j.Steps())))
	v.bar.SetValue(float64(j.DoneCount()))
	v.body.Objects = u.stepBody(step, s)
	v.body.Refresh()
	v.scroll.ScrollToTop()
	// Only the rows of the step left and the step shown change their icon.
	v.list.RefreshItem(v.shown)
	v.shown = j.Index()
	v.list.Select(v.shown)
	v.list.RefreshItem(v.shown)
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

// stepBody is the step's text, its web page button and its help.
func (u *UI) stepBody(step guide.Step, s *screen) []fyne.CanvasObject {
	primary := s.primary
	parts := []fyne.CanvasObject{heading(step.Title.In(u.lang))}
	for _, para := range strings.Split(step.Body.In(u.lang), "\n\n") {
		parts = append(parts, wrapped(para))
	}
	if step.URL != "" {
		s.open = func() { u.open(step.URL) }
		open := u.button(u.t("step.open"), theme.NewThemedResource(webIcon), s.open)
		host := &widget.Label{Text: hostOf(step.URL), Truncation: fyne.TextTruncateEllipsis}
		parts = append(parts, container.NewBorder(nil, nil, open, nil, host))
	}
	if step.MFA {
		primary.Disable()
		confirm := u.check(u.t("mfa.confirm"), func(on bool) {
			if on {
				primary.Enable()
			} else {
				primary.Disable()
			}
		})
		parts = append(parts, confirm)
	}
	return append(parts, u.stepHelp(step.Help))
}

// stepHelp lists what can go wrong, each opening to what to do about it,
// and last whom to call, where the office's kit names someone.
func (u *UI) stepHelp(help []guide.Help) fyne.CanvasObject {
	acc := widget.NewAccordion()
	acc.MultiOpen = true
	for _, h := range help {
		acc.Append(widget.NewAccordionItem(h.Problem.In(u.lang), wrapped(h.Fix.In(u.lang))))
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
			row.Objects[0].(*widget.Label).SetText(j.Steps()[i].Title.In(u.lang))
			row.Objects[1].(*widget.Icon).SetResource(v.icons[v.state(i)])
		})
	list.OnSelected = func(i widget.ListItemID) {
		if i == j.Index() {
			return
		}
		if !j.CanVisit(i) {
			list.Select(j.Index())
			return
		}
		u.report(j.Visit(i))
		u.goStep()
	}
	return list
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

// open hands an address to the browser; if that fails, the person gets
// the address to type in themselves.
func (u *UI) open(url string) {
	if err := u.Opener.Open(url); err == nil {
		return
	}
	u.showAddress(u.t("error.browser.title"), u.t("error.browser.body"), url)
}

// showAddress tells the person where to go themselves, with the address
// ready to copy, and whom to call if the kit names someone.
func (u *UI) showAddress(title, body, addr string) {
	field := widget.NewEntry()
	field.SetText(addr)
	copyButton := u.button(u.t("error.copy"), theme.ContentCopyIcon(), func() {
		u.App.Clipboard().SetContent(addr)
	})
	parts := []fyne.CanvasObject{wrapped(body), field, container.NewHBox(copyButton)}
	if line := u.supportLine(); line != "" {
		parts = append(parts, wrapped(line))
	}
	u.inform(title, container.NewVBox(parts...), 560)
}

// hostOf shows where a button leads, without the https:// and the slash.
func hostOf(url string) string {
	return strings.TrimSuffix(strings.TrimPrefix(url, "https://"), "/")
}
