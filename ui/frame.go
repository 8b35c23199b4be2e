package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// screen is one of the app's screens: each is its own type, holding its
// widgets and its state, built from what it needs and handing back what
// the person decided through the functions it was given.
type screen interface {
	base() *frame
}

// frame is what every screen has: its content, and what the keyboard does
// on it (Enter: primary, Escape: back, Ctrl+B: open).
type frame struct {
	content fyne.CanvasObject
	primary *keyButton
	back    func()
	focus   fyne.Focusable    // where typing goes first, if anywhere
	open    func()            // the step's web page, for Ctrl+B
	scroll  *container.Scroll // the part that scrolls, to keep the focus in view
}

func (f *frame) base() *frame { return f }

// page lays out a screen: its body scrolls, so that nothing is cut off in a
// small window or with large text, and its buttons stay at the bottom.
func (f *frame) page(body fyne.CanvasObject, buttons fyne.CanvasObject) {
	f.scroll = container.NewVScroll(container.NewPadded(body))
	f.content = container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), buttons), nil, nil, f.scroll)
}

// reveal scrolls the frame so that o, which has just got the keyboard
// focus (by Tab), is in view.
func (f *frame) reveal(o fyne.CanvasObject) {
	top, ok := f.placeOf(o)
	if !ok {
		return
	}
	sc := f.scroll
	bottom, view := top+o.Size().Height, sc.Size().Height
	switch {
	case top < sc.Offset.Y:
		sc.ScrollToOffset(fyne.NewPos(sc.Offset.X, top))
	case bottom > sc.Offset.Y+view:
		sc.ScrollToOffset(fyne.NewPos(sc.Offset.X, bottom-view))
	}
}

// revealAll scrolls the frame as little as it takes to show o, which has
// just grown: all of it, or, if it is taller than the view, its top and
// as much below as fits.
func (f *frame) revealAll(o fyne.CanvasObject) {
	if f.scroll == nil {
		return
	}
	f.scroll.Refresh() // the content has grown
	top, ok := f.placeOf(o)
	if !ok {
		return
	}
	sc := f.scroll
	view := sc.Size().Height
	off := sc.Offset.Y
	if bottom := top + o.MinSize().Height; bottom > off+view {
		off = bottom - view
	}
	sc.ScrollToOffset(fyne.NewPos(sc.Offset.X, min(off, top)))
}

// scrollToTop scrolls the frame so that o is at the top of its view, as
// far as it goes: for something just opened under o.
func (f *frame) scrollToTop(o fyne.CanvasObject) {
	if f.scroll == nil {
		return
	}
	f.scroll.Refresh() // the content has grown
	if top, ok := f.placeOf(o); ok {
		f.scroll.ScrollToOffset(fyne.NewPos(f.scroll.Offset.X, top))
	}
}

// placeOf is how far down the frame's scrolling content o stands; ok is
// false while either is not on screen, and for what does not scroll (the
// buttons at the bottom, the header, a dialog).
func (f *frame) placeOf(o fyne.CanvasObject) (top float32, ok bool) {
	if f.scroll == nil || !holds(f.scroll.Content, o) {
		return 0, false
	}
	d := fyne.CurrentApp().Driver()
	if d.CanvasForObject(o) == nil || d.CanvasForObject(f.scroll) == nil {
		return 0, false // not on screen yet
	}
	return d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(f.scroll.Content).Y, true
}

// holds reports whether o is c or stands in it, through containers: the
// controls that scroll into view are never inside another widget.
func holds(c, o fyne.CanvasObject) bool {
	if c == o {
		return true
	}
	if box, ok := c.(*fyne.Container); ok {
		for _, k := range box.Objects {
			if holds(k, o) {
				return true
			}
		}
	}
	return false
}
