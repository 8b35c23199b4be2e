package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/progress"
)

// load reads saved progress. A problem with it is told, never fatal.
func (u *UI) load() {
	st, err := u.Store.Load()
	switch {
	case errors.Is(err, progress.ErrNewer):
		u.warn(u.t("error.newer"))
	case err != nil:
		u.warn(u.t("error.broken"))
	}
	if !st.Started() {
		return
	}
	j, err := progress.Resume(st, u.Store.Save)
	if err != nil {
		u.warn(u.t("error.broken"))
		return
	}
	u.journey = j
	u.answers = answersOf(st)
}

// welcome says what the app does and what the person needs, and offers to
// resume where saved progress exists.
func (u *UI) welcome() *screen {
	needs := container.NewVBox()
	for _, k := range []string{"welcome.need.address", "welcome.need.time", "welcome.need.phone"} {
		needs.Add(bullet(u.t(k)))
	}
	body := container.NewVBox(
		heading(u.t("welcome.heading")),
		wrapped(u.t("welcome.intro")),
		&widget.Label{Text: u.t("welcome.need"), TextStyle: fyne.TextStyle{Bold: true}},
		needs,
		&widget.Label{Text: u.t("welcome.private"), Wrapping: fyne.TextWrapWord, Importance: widget.MediumImportance, TextStyle: fyne.TextStyle{Italic: true}},
	)
	s := &screen{}
	var buttons []fyne.CanvasObject
	if u.journey == nil {
		s.primary = widget.NewButtonWithIcon(u.t("welcome.start"), theme.NavigateNextIcon(), func() { u.show(u.chooser) })
	} else {
		s.primary = u.resumeButton()
		buttons = append(buttons, widget.NewButtonWithIcon(u.t("welcome.restart"), theme.ContentUndoIcon(), u.confirmRestart))
	}
	s.primary.Importance = widget.HighImportance
	buttons = append(buttons, layoutSpacer(), s.primary)
	s.content = page(body, container.NewHBox(buttons...))
	return s
}

// resumeButton continues the saved journey, or shows the finished account.
func (u *UI) resumeButton() *widget.Button {
	if u.journey.Finished() {
		return widget.NewButtonWithIcon(u.t("welcome.finished"), theme.ConfirmIcon(), func() { u.show(u.done) })
	}
	label := u.t("welcome.resume", u.journey.Index()+1, len(u.journey.Steps()))
	return widget.NewButtonWithIcon(label, theme.NavigateNextIcon(), func() { u.show(u.checklist) })
}

// confirmRestart clears all progress after the person confirms.
func (u *UI) confirmRestart() {
	d := dialog.NewConfirm(u.t("restart.title"), u.t("restart.body"), func(yes bool) {
		if !yes {
			return
		}
		u.check(u.Store.Clear())
		u.journey, u.answers = nil, answers{}
		u.show(u.chooser)
	}, u.Window)
	d.SetConfirmText(u.t("restart.yes"))
	d.SetDismissText(u.t("restart.no"))
	d.Show()
}
