package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/progress"
)

// doneScreen tells the person the account is ready and what comes next.
// What it says follows what the person said they need: VIOL 3 and its
// permissions only to those who will use VIOL 3.
type doneScreen struct {
	frame
	receipt, restart *keyButton
}

// doneActions are what the done screen's buttons do.
type doneActions struct {
	close, restart, receipt, back func()
}

func newDoneScreen(x tools, st progress.State, do doneActions) *doneScreen {
	s := &doneScreen{}
	s.back = do.back
	icon := widget.NewIcon(theme.NewSuccessThemedResource(theme.ConfirmIcon()))
	iconBox := container.NewGridWrap(fyne.NewSize(96, 96), icon)
	head, says := x.t("done.heading"), []i18n.Text{i18n.Key("done.next.other")}
	if guide.UsesVIOL3(st.Needs) {
		head = x.t("done.heading.viol3")
		says = []i18n.Text{i18n.Key("done.next.body"), i18n.Key("done.next.tip")}
	}
	next := container.NewVBox(subheading(x.t("done.next")))
	for _, t := range says {
		next.Add(x.said(t, x.t("recommend.advice")))
	}
	body := container.NewVBox(
		container.NewBorder(nil, nil, iconBox, nil, heading(head)),
		wrapped(x.t("done.body")),
		next,
	)
	s.primary = x.primary(x.t("done.close"), theme.LogoutIcon(), do.close)
	s.restart = x.button(x.t("done.restart"), theme.ContentUndoIcon(), do.restart)
	s.receipt = x.button(x.t("done.receipt"), theme.DocumentPrintIcon(), do.receipt)
	s.restart.Importance = widget.LowImportance
	// The receipt comes with the words about what is next, and the bottom
	// keeps one button: two, at the largest text, were wider than a small
	// screen.
	body.Add(container.NewHBox(s.receipt))
	body.Add(container.NewHBox(s.restart))
	s.page(body, container.NewHBox(layoutSpacer(), s.primary))
	return s
}
