package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/guide"
)

// checklist shows the journey's current step, with the list of all steps
// beside it.
func (u *UI) checklist() *screen {
	j := u.journey
	step := j.Step()
	s := &screen{back: u.stepBack}
	if step.MFA {
		s.primary = u.button(u.t("mfa.finish"), theme.ConfirmIcon(), u.confirmMFA)
	} else {
		s.primary = u.button(u.t("step.done"), theme.ConfirmIcon(), func() {
			u.report(j.Complete(u.Now()))
			u.show(u.checklist)
		})
	}
	s.primary.Importance = widget.HighImportance
	back := u.button(u.t("nav.back"), theme.NavigateBackIcon(), s.back)
	panel := container.NewBorder(u.stepProgress(), nil, nil, nil, page(u.stepBody(step, s), container.NewHBox(back, layoutSpacer(), s.primary)))
	split := container.NewHSplit(u.stepList(), panel)
	split.Offset = 0.3
	s.content = split
	return s
}

// stepBack goes to the step before, or from the first step back to the
// recommendation, where the answers can be changed.
func (u *UI) stepBack() {
	if u.journey.Index() == 0 {
		u.show(u.recommend)
		return
	}
	u.report(u.journey.Back())
	u.show(u.checklist)
}

// stepProgress is "Steg N av M" with a bar of how much is done.
func (u *UI) stepProgress() fyne.CanvasObject {
	j := u.journey
	bar := widget.NewProgressBar()
	bar.Max = float64(len(j.Steps()))
	bar.TextFormatter = func() string { return u.t("step.progress", j.DoneCount(), len(j.Steps())) }
	bar.SetValue(float64(j.DoneCount()))
	count := &widget.Label{Text: u.t("step.count", j.Index()+1, len(j.Steps())), TextStyle: fyne.TextStyle{Bold: true}}
	return container.NewPadded(container.NewBorder(nil, nil, count, nil, bar))
}

// stepBody is the step's text, its web page button and its help.
func (u *UI) stepBody(step guide.Step, s *screen) fyne.CanvasObject {
	primary := s.primary
	body := container.NewVBox(heading(step.Title.In(u.lang)))
	for _, para := range strings.Split(step.Body.In(u.lang), "\n\n") {
		body.Add(wrapped(para))
	}
	if step.URL != "" {
		s.open = func() { u.open(step.URL) }
		open := u.button(u.t("step.open"), theme.NewThemedResource(webIcon), s.open)
		host := &widget.Label{Text: hostOf(step.URL), Truncation: fyne.TextTruncateEllipsis}
		body.Add(container.NewBorder(nil, nil, open, nil, host))
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
		body.Add(confirm)
	}
	body.Add(u.stepHelp(step.Help))
	return body
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
func (u *UI) stepList() fyne.CanvasObject {
	j := u.journey
	list := widget.NewList(
		func() int { return len(j.Steps()) },
		func() fyne.CanvasObject {
			return container.NewBorder(nil, nil, widget.NewIcon(theme.RadioButtonIcon()), nil, &widget.Label{Truncation: fyne.TextTruncateEllipsis})
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			row.Objects[0].(*widget.Label).SetText(j.Steps()[i].Title.In(u.lang))
			row.Objects[1].(*widget.Icon).SetResource(u.stepIcon(i))
		})
	list.Select(j.Index())
	list.OnSelected = func(i widget.ListItemID) {
		if i == j.Index() {
			return
		}
		if !j.CanVisit(i) {
			list.Select(j.Index())
			return
		}
		u.report(j.Visit(i))
		u.show(u.checklist)
	}
	title := &widget.Label{Text: u.t("step.list"), TextStyle: fyne.TextStyle{Bold: true}}
	return container.NewBorder(title, nil, nil, nil, list)
}

// stepIcon marks a step as done, on screen, or still to come.
func (u *UI) stepIcon(i int) fyne.Resource {
	switch {
	case u.journey.IsDone(i):
		return theme.NewSuccessThemedResource(theme.ConfirmIcon())
	case i == u.journey.Index():
		return theme.NewPrimaryThemedResource(theme.NavigateNextIcon())
	default:
		return theme.NewDisabledResource(theme.RadioButtonIcon())
	}
}

// confirmMFA asks once more before the journey is finished: a wrong "yes"
// would leave the person with an account that VIOL 3 refuses.
func (u *UI) confirmMFA() {
	u.confirm(u.t("mfa.dialog.title"), u.t("mfa.dialog.body"), u.t("mfa.dialog.yes"), u.t("mfa.dialog.no"), func() {
		u.report(u.journey.ConfirmMFA(u.Now()))
		u.show(u.done)
	})
}

// open hands an address to the browser; if that fails, the person gets
// the address to type in themselves.
func (u *UI) open(url string) {
	if err := u.Opener.Open(url); err == nil {
		return
	}
	addr := widget.NewEntry()
	addr.SetText(url)
	copyButton := u.button(u.t("error.copy"), theme.ContentCopyIcon(), func() {
		u.App.Clipboard().SetContent(url)
	})
	content := container.NewVBox(wrapped(u.t("error.browser.body")), addr, container.NewHBox(copyButton))
	if line := u.supportLine(); line != "" {
		content.Add(wrapped(line))
	}
	u.inform(u.t("error.browser.title"), content, 520)
}

// hostOf shows where a button leads, without the https:// and the slash.
func hostOf(url string) string {
	return strings.TrimSuffix(strings.TrimPrefix(url, "https://"), "/")
}
