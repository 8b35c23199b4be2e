package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Keyboard use: Enter does the screen's primary action and Escape goes
// back, wherever the focus is; Tab moves through the screen in reading
// order (Fyne's own focus order); the browser button has Ctrl+B.

// openShortcut opens the step's web page.
var openShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyB, Modifier: fyne.KeyModifierShortcutDefault}

// keyboard routes Enter and Escape to the dialog on top, or else to the
// screen on show, and keeps what gets the focus in view.
type keyboard struct {
	screen   func() *frame // the screen on show
	modal    *modal        // the dialog on top, if any
	pointing bool          // the focus moves because of a click, not a key
}

// clicked runs f, in which a click moves the focus: what is clicked is in
// view already, and the page must not move under the pointer.
func (k *keyboard) clicked(f func()) {
	k.pointing = true
	defer func() { k.pointing = false }()
	f()
}

// enter does the primary action.
func (k *keyboard) enter() {
	if k.modal != nil {
		k.modal.enter()
		return
	}
	if p := k.screen().primary; p != nil && !p.Disabled() && p.OnTapped != nil {
		p.OnTapped()
	}
}

// escape goes back.
func (k *keyboard) escape() {
	if k.modal != nil {
		k.modal.escape()
		return
	}
	if back := k.screen().back; back != nil {
		back()
	}
}

// key gives Enter and Escape to the screen from a focused control that has
// no use of its own for them, and reports whether it did.
func (k *keyboard) key(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		k.enter()
	case fyne.KeyEscape:
		k.escape()
	default:
		return false
	}
	return true
}

// typedKey handles keys when nothing has the focus.
func (k *keyboard) typedKey(ev *fyne.KeyEvent) { k.key(ev) }

// reveal keeps a control that got the focus from the keyboard in view.
func (k *keyboard) reveal(o fyne.CanvasObject) {
	if !k.pointing {
		k.screen().reveal(o)
	}
}

// shortcuts sets the keyboard shortcuts of the screen on show.
func (k *keyboard) shortcuts(c fyne.Canvas) {
	c.RemoveShortcut(openShortcut)
	if open := k.screen().open; open != nil {
		c.AddShortcut(openShortcut, func(fyne.Shortcut) { open() })
	}
}

// keyButton is a button that Enter presses too (Fyne's own answers to
// Space only), and on which Escape still goes back.
type keyButton struct {
	widget.Button
	keys *keyboard
}

// FocusGained keeps the focused button in view.
func (b *keyButton) FocusGained() {
	b.Button.FocusGained()
	b.keys.reveal(b)
}

func (b *keyButton) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if !b.Disabled() && b.OnTapped != nil {
			b.OnTapped()
		}
	case fyne.KeyEscape:
		b.keys.escape()
	default:
		b.Button.TypedKey(ev)
	}
}

// keyCheck is a check box on which Enter does the screen's primary action
// and Escape goes back.
type keyCheck struct {
	widget.Check
	keys    *keyboard
	focused bool
}

// Tapped ticks the box where it is, without moving the page.
func (c *keyCheck) Tapped(ev *fyne.PointEvent) { c.keys.clicked(func() { c.Check.Tapped(ev) }) }

// FocusGained keeps the focused check box in view.
func (c *keyCheck) FocusGained() {
	c.focused = true
	c.Check.FocusGained()
	c.keys.reveal(c)
}

// FocusLost takes its ring away.
func (c *keyCheck) FocusLost() {
	c.focused = false
	c.Check.FocusLost()
}

// CreateRenderer draws Fyne's check box with a ring in the accent colour
// round it while it has the focus: Fyne's own sign of focus is a faint
// tint behind the box, which in the dark theme is all but invisible.
func (c *keyCheck) CreateRenderer() fyne.WidgetRenderer {
	ring := canvas.NewRectangle(color.Transparent)
	return &ringRenderer{WidgetRenderer: c.Check.CreateRenderer(), ring: ring, focused: func() bool { return c.focused }}
}

// ringRenderer is a widget's renderer with a focus ring on top.
type ringRenderer struct {
	fyne.WidgetRenderer
	ring    *canvas.Rectangle
	focused func() bool
}

func (r *ringRenderer) Layout(s fyne.Size) {
	r.WidgetRenderer.Layout(s)
	r.ring.Move(fyne.NewPos(0, 0))
	r.ring.Resize(s)
}

func (r *ringRenderer) Objects() []fyne.CanvasObject {
	return append(r.WidgetRenderer.Objects(), r.ring)
}

func (r *ringRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.ring.StrokeColor, r.ring.StrokeWidth = color.Transparent, 0
	if r.focused() {
		r.ring.StrokeColor, r.ring.StrokeWidth = theme.Color(theme.ColorNamePrimary), 2
	}
	r.ring.CornerRadius = theme.InputRadiusSize()
	r.ring.Refresh()
}

// keySelect is a drop-down on which Enter does the screen's primary
// action and Escape goes back, as on every other control: Fyne's own
// takes neither, so after its list was closed the keyboard went dead.
type keySelect struct {
	widget.Select
	keys    *keyboard
	focused bool
}

func (s *keySelect) FocusGained() { s.focused = true; s.Select.FocusGained() }
func (s *keySelect) FocusLost()   { s.focused = false; s.Select.FocusLost() }

// CreateRenderer draws Fyne's drop-down with the check box's ring while it
// has the focus: Fyne's own tint was all but invisible, so the first Tab
// on a step seemed to go nowhere.
func (s *keySelect) CreateRenderer() fyne.WidgetRenderer {
	ring := canvas.NewRectangle(color.Transparent)
	return &ringRenderer{WidgetRenderer: s.Select.CreateRenderer(), ring: ring, focused: func() bool { return s.focused }}
}

func (s *keySelect) TypedKey(ev *fyne.KeyEvent) {
	if !s.keys.key(ev) {
		s.Select.TypedKey(ev)
	}
}

func (c *keyCheck) TypedKey(ev *fyne.KeyEvent) {
	if !c.keys.key(ev) {
		c.Check.TypedKey(ev)
	}
}

// keyList is a list on which Enter does the screen's primary action and
// Escape goes back: a click on a step gives it the focus, and Fyne's own
// list takes neither key.
type keyList struct {
	widget.List
	keys *keyboard
}

func newKeyList(keys *keyboard, length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *keyList {
	l := &keyList{keys: keys}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

func (l *keyList) TypedKey(ev *fyne.KeyEvent) {
	if !l.keys.key(ev) {
		l.List.TypedKey(ev)
	}
}
