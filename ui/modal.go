package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// modal is the dialog on top, if any. Fyne's dialogs take no keys, so
// Enter and Escape are routed to it here: Enter answers yes (or OK),
// Escape answers no.
type modal struct {
	enter, escape func()
}

// confirm asks a yes/no question; yes runs only on yes, and Enter says yes.
func (u *UI) confirm(title, body, yesText, noText string, yes func()) {
	u.confirmEither(title, body, yesText, noText, yes, nil)
}

// confirmEither asks a question with two answers, each with its own
// action; Enter says yes, Escape no.
func (u *UI) confirmEither(title, body, yesText, noText string, yes, no func()) {
	d := u.newConfirm(title, body, yesText, noText, yes, no)
	u.showModal(d, modal{enter: d.Confirm, escape: d.Dismiss})
}

// offer tells news and offers one thing to do with it (open the receipt
// just saved): Fyne's question mark would make news look like a question.
// Enter takes the offer, Escape closes.
func (u *UI) offer(title, body, yesText, noText string, yes func()) {
	d := dialog.NewCustomConfirm(title, yesText, noText, wrapped(body), func(ok bool) {
		if ok {
			yes()
		}
	}, u.Window)
	d.Resize(fyne.NewSize(u.textWidth(body), 0))
	u.showModal(d, modal{enter: d.Confirm, escape: d.Dismiss})
}

// tell says something that needs no answer but OK, in a dialog where the
// person looks: not in the red bar, which would stay on the next screen.
func (u *UI) tell(title, body string) {
	u.inform(title, wrapped(body), u.textWidth(body))
}

// textWidth is how wide a dialog is for body on one line, within the
// window: a wrapping label asks for no width of its own.
func (u *UI) textWidth(body string) float32 {
	win := u.Window.Canvas().Size().Width * 0.9
	return min(widget.NewLabel(body).MinSize().Width+4*theme.Padding(), win)
}

// confirmLoss asks before something is lost for good (forgetting a
// person, starting over): the yes is marked as dangerous, and Enter, like
// Escape, takes the safe answer.
func (u *UI) confirmLoss(title, body, yesText, noText string, yes func()) {
	d := u.newConfirm(title, body, yesText, noText, yes, nil)
	d.SetConfirmImportance(widget.DangerImportance)
	u.showModal(d, modal{enter: d.Dismiss, escape: d.Dismiss})
}

func (u *UI) newConfirm(title, body, yesText, noText string, yes, no func()) *dialog.ConfirmDialog {
	d := dialog.NewConfirm(title, body, func(ok bool) {
		if ok {
			yes()
		} else if no != nil {
			no()
		}
	}, u.Window)
	d.SetConfirmText(yesText)
	d.SetDismissText(noText)
	return d
}

// inform shows content with an OK button.
func (u *UI) inform(title string, content fyne.CanvasObject, width float32) {
	d := dialog.NewCustom(title, u.t("error.ok"), content, u.Window)
	if width > 0 {
		d.Resize(fyne.NewSize(width, 0))
	}
	u.showModal(d, modal{enter: d.Dismiss, escape: d.Dismiss})
}

func (u *UI) showModal(d dialog.Dialog, m modal) {
	mine := &m
	u.keys.modal = mine
	c := u.Window.Canvas()
	opener := c.Focused()
	// A dialog that opens another as it closes (saved, then "Kvittot är
	// sparat") must not take the new one's keys away with it. Else the
	// focus goes back to what opened the dialog, if it is still on screen
	// (a keyboard user is not sent back to the top of the list).
	d.SetOnClosed(func() {
		if u.keys.modal == mine {
			u.keys.modal = nil
			if opener != nil && c.Focused() == nil {
				c.Focus(opener)
			}
		}
	})
	c.Unfocus() // so that keys reach the dialog, not what is under it
	d.Show()
}
