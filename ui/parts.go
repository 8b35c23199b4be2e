package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Small building blocks that every screen uses alike.

func heading(text string) *widget.Label {
	return &widget.Label{Text: text, TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameHeadingText, Wrapping: fyne.TextWrapWord}
}

func subheading(text string) *widget.Label {
	return &widget.Label{Text: text, TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText, Wrapping: fyne.TextWrapWord}
}

func wrapped(text string) *widget.Label {
	return &widget.Label{Text: text, Wrapping: fyne.TextWrapWord}
}

func bullet(text string) fyne.CanvasObject {
	return container.NewBorder(nil, nil, &widget.Label{Text: "•"}, nil, wrapped(text))
}

// advice is the guide's own advice, set apart and named as such so that it
// is never taken for Biometria's word.
func (u *UI) advice(label, text string) fyne.CanvasObject {
	title := &widget.Label{Text: label, TextStyle: fyne.TextStyle{Bold: true}}
	body := container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), nil, wrapped(text))
	return widget.NewCard("", "", container.NewVBox(title, body))
}

// quote puts a page's label in the language's quotation marks.
func (u *UI) quote(s string) string { return u.t("q.open") + s + u.t("q.close") }

// short keeps a name short enough for a button: long names end in "…".
func short(name string) string {
	if r := []rune(name); len(r) > 18 {
		return string(r[:17]) + "…"
	}
	return name
}

// date says a day as people do: "26 nov", with the year only if it is
// not the year of the UI's clock.
func (u *UI) date(t time.Time) string { return u.Texts.Date(u.lang, t, u.Now()) }

func layoutSpacer() fyne.CanvasObject { return layout.NewSpacer() }

// page lays out a screen: its body scrolls, so that nothing is cut off in a
// small window or with large text, and its buttons stay at the bottom.
func (s *screen) page(body fyne.CanvasObject, buttons fyne.CanvasObject) {
	s.scroll = container.NewVScroll(container.NewPadded(body))
	s.content = container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), buttons), nil, nil, s.scroll)
}

// reveal scrolls the screen so that a control that has just got the
// keyboard focus (by Tab) is in view.
func (u *UI) reveal(o fyne.CanvasObject) {
	sc, top, ok := u.placeInScroll(o)
	if !ok {
		return
	}
	bottom, view := top+o.Size().Height, sc.Size().Height
	switch {
	case top < sc.Offset.Y:
		sc.ScrollToOffset(fyne.NewPos(sc.Offset.X, top))
	case bottom > sc.Offset.Y+view:
		sc.ScrollToOffset(fyne.NewPos(sc.Offset.X, bottom-view))
	}
}

// scrollToTop scrolls the screen so that o is at the top of its view, as
// far as the screen goes: for something just opened under o.
func (u *UI) scrollToTop(o fyne.CanvasObject) {
	if u.current != nil && u.current.scroll != nil {
		u.current.scroll.Refresh() // the content has grown
	}
	if sc, top, ok := u.placeInScroll(o); ok {
		sc.ScrollToOffset(fyne.NewPos(sc.Offset.X, top))
	}
}

// placeInScroll is the screen's scroll and how far down its content o
// stands; ok is false while either is not on screen.
func (u *UI) placeInScroll(o fyne.CanvasObject) (sc *container.Scroll, top float32, ok bool) {
	if u.current == nil || u.current.scroll == nil {
		return nil, 0, false
	}
	sc = u.current.scroll
	d := fyne.CurrentApp().Driver()
	if d.CanvasForObject(o) == nil || d.CanvasForObject(sc) == nil {
		return nil, 0, false // not on screen yet
	}
	return sc, d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(sc.Content).Y, true
}
