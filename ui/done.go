package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/printout"
)

// done tells the person the account is ready and what comes next.
// What it says follows what the person said they need: VIOL 3 and its
// permissions only to those who will use VIOL 3.
func (u *UI) done() *screen {
	s := &screen{back: u.goWelcome}
	icon := widget.NewIcon(theme.NewSuccessThemedResource(theme.ConfirmIcon()))
	iconBox := container.NewGridWrap(fyne.NewSize(96, 96), icon)
	head, next := u.t("done.heading"), u.advice(u.t("done.next"), u.t("done.next.other"))
	if guide.UsesVIOL3(u.session.Journey.State().Needs) {
		head = u.t("done.heading.viol3")
		next = widget.NewCard("", "", container.NewVBox(subheading(u.t("done.next")), wrapped(u.t("done.next.body"))))
	}
	body := container.NewVBox(
		container.NewBorder(nil, nil, iconBox, nil, heading(head)),
		wrapped(u.t("done.body")),
		next,
	)
	s.primary = u.button(u.t("done.close"), theme.LogoutIcon(), u.App.Quit)
	s.primary.Importance = widget.HighImportance
	restart := u.button(u.t("done.restart"), theme.ContentUndoIcon(), u.confirmRestart)
	receipt := u.button(u.t("done.receipt"), theme.DocumentPrintIcon(), u.saveReceipt)
	restart.Importance = widget.LowImportance
	body.Add(container.NewHBox(restart))
	s.page(body, container.NewHBox(layoutSpacer(), receipt, s.primary))
	return s
}

// saveReceipt writes a printable receipt of the person's steps and opens it
// in the browser; if that fails, it says where the file is.
func (u *UI) saveReceipt() {
	st := u.session.Journey.State()
	path, _ := guide.Lookup(st.Path)
	sheet := printout.Sheet{Lang: u.lang, Path: path, Steps: u.session.Journey.Steps(), Office: u.Kit.Office,
		Name: u.session.Name, Done: st.Done, Finished: st.Finished}
	file, err := printout.SaveReceipt(u.session.ReceiptDir(), sheet, u.Now())
	if err != nil {
		u.warn(u.t("error.receipt", err))
		return
	}
	u.background(func() error { return u.OpenFile(file) }, func(err error) {
		if err != nil {
			u.showAddress(u.t("done.receipt"), u.t("done.receipt.saved"), file)
		}
	})
}
