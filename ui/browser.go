package ui

import (
	"errors"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// errSlow: the browser had not opened the page within Deps.OpenWait.
var errSlow = errors.New("the browser did not answer in time")

// openPage hands an address to the browser in the background, so that a slow
// browser never freezes the window. The button, if any, says "opening" at
// once and takes no more clicks meanwhile; if the browser fails or has not
// answered within a few seconds, the person gets the address to open
// themselves.
func (u *UI) openPage(url string, b *keyButton) {
	done := func() {}
	if b != nil {
		if b.Disabled() {
			return // already opening
		}
		text := b.Text
		b.SetText(u.t("step.opening"))
		b.Disable()
		done = func() { b.SetText(text); b.Enable() }
	}
	u.background(func() error { return u.Opener.Open(url) }, func(err error) {
		done()
		if err != nil {
			u.showAddress(u.t("error.browser.title"), u.t("error.browser.body"), url)
		}
	})
}

// background runs work off the UI thread and hands its result to done on
// the UI thread, through fyne.Do, after at most OpenWait: work that takes
// longer is reported as errSlow (and left to finish on its own).
func (u *UI) background(work func() error, done func(error)) {
	result := make(chan error, 1)
	go func() { result <- work() }()
	wait := u.OpenWait
	if wait <= 0 {
		wait = 5 * time.Second
	}
	u.tasks.Add(1)
	go func() {
		defer u.tasks.Done()
		var err error
		select {
		case err = <-result:
		case <-time.After(wait):
			err = errSlow
		}
		fyne.Do(func() { done(err) })
	}()
}

// showAddress tells the person where to go themselves, with the address
// ready to copy, and whom to call if the kit names someone.
func (u *UI) showAddress(title, body, addr string) {
	field := widget.NewEntry()
	field.SetText(addr)
	var copyButton *keyButton
	copyButton = u.tools().button(u.t("error.copy"), theme.ContentCopyIcon(), func() {
		u.App.Clipboard().SetContent(addr)
		copyButton.SetText(u.t("error.copied"))
		copyButton.SetIcon(theme.ConfirmIcon())
	})
	parts := []fyne.CanvasObject{wrapped(body), field, container.NewHBox(copyButton)}
	if line := u.supportLine(); line != "" {
		parts = append(parts, wrapped(line))
	}
	u.inform(title, container.NewVBox(parts...), 560)
}
