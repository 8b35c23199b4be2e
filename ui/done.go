package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// done tells the person the account is ready and what comes next.
func (u *UI) done() *screen {
	s := &screen{back: func() { u.show(u.welcome) }}
	icon := widget.NewIcon(theme.NewSuccessThemedResource(theme.ConfirmIcon()))
	iconBox := container.NewGridWrap(fyne.NewSize(96, 96), icon)
	next := container.NewVBox(subheading(u.t("done.next")), wrapped(u.t("done.next.body")))
	body := container.NewVBox(
		container.NewBorder(nil, nil, iconBox, nil, heading(u.t("done.heading"))),
		wrapped(u.t("done.body")),
		widget.NewCard("", "", next),
	)
	s.primary = widget.NewButtonWithIcon(u.t("done.close"), theme.LogoutIcon(), u.App.Quit)
	s.primary.Importance = widget.HighImportance
	restart := widget.NewButtonWithIcon(u.t("done.restart"), theme.ContentUndoIcon(), u.confirmRestart)
	s.content = page(body, container.NewHBox(restart, layoutSpacer(), s.primary))
	return s
}
