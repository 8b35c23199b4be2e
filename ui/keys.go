package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// Keyboard use: Enter does the screen's primary action and Escape goes
// back, wherever the focus is; Tab moves through the screen in reading
// order (Fyne's own focus order); the browser button has Ctrl+B.

// openShortcut opens the step's web page.
var openShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyB, Modifier: fyne.KeyModifierShortcutDefault}

// keyButton is a button that Enter presses too (Fyne's own answers to
// Space only), and on which Escape still goes back.
type keyButton struct {
	widget.Button
	ui *UI
}

// button makes a keyboard-friendly button.
func (u *UI) button(text string, icon fyne.Resource, tapped func()) *keyButton {
	b := &keyButton{ui: u}
	b.Text, b.Icon, b.OnTapped = text, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// FocusGained keeps the focused button in view.
func (b *keyButton) FocusGained() {
	b.Button.FocusGained()
	b.ui.reveal(b)
}

func (b *keyButton) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if !b.Disabled() && b.OnTapped != nil {
			b.OnTapped()
		}
	case fyne.KeyEscape:
		b.ui.escape()
	default:
		b.Button.TypedKey(ev)
	}
}

// screenKey gives Enter (the primary action) and Escape (back) to the
// screen from a focused control that has no use of its own for them, and
// reports whether it did.
func (u *UI) screenKey(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		u.enter()
	case fyne.KeyEscape:
		u.escape()
	default:
		return false
	}
	return true
}

// keyCheck is a check box on which Enter does the screen's primary action
// and Escape goes back.
type keyCheck struct {
	widget.Check
	ui *UI
}

// check makes a keyboard-friendly check box.
func (u *UI) check(text string, changed func(bool)) *keyCheck {
	c := &keyCheck{ui: u}
	c.Text, c.OnChanged = text, changed
	c.ExtendBaseWidget(c)
	return c
}

// FocusGained keeps the focused check box in view.
func (c *keyCheck) FocusGained() {
	c.Check.FocusGained()
	c.ui.reveal(c)
}

func (c *keyCheck) TypedKey(ev *fyne.KeyEvent) {
	if !c.ui.screenKey(ev) {
		c.Check.TypedKey(ev)
	}
}

// typedKey handles keys when nothing has the focus.
func (u *UI) typedKey(ev *fyne.KeyEvent) { u.screenKey(ev) }

func (u *UI) enter() {
	if u.modal != nil {
		u.modal.enter()
		return
	}
	if p := u.current.primary; p != nil && !p.Disabled() && p.OnTapped != nil {
		p.OnTapped()
	}
}

func (u *UI) escape() {
	if u.modal != nil {
		u.modal.escape()
		return
	}
	if u.current.back != nil {
		u.current.back()
	}
}

// shortcuts sets the keyboard shortcuts of the screen on show.
func (u *UI) shortcuts() {
	c := u.Window.Canvas()
	c.RemoveShortcut(openShortcut)
	if open := u.current.open; open != nil {
		c.AddShortcut(openShortcut, func(fyne.Shortcut) { open() })
	}
}
