package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// choice is one answer of a one-of-many question: a radio mark, a name and
// a line of examples, all of which can be clicked. Fyne's RadioGroup takes
// clicks on the name only and ignores Enter; here Enter does the screen's
// primary action and Escape goes back, as everywhere else.
type choice struct {
	widget.BaseWidget
	keys     *keyboard
	Title    string
	Detail   string
	Selected bool
	OnTapped func()
	focused  bool
}

func newChoice(keys *keyboard, title, detail string, tapped func()) *choice {
	c := &choice{keys: keys, Title: title, Detail: detail, OnTapped: tapped}
	c.ExtendBaseWidget(c)
	return c
}

// SetSelected marks the choice as chosen or not.
func (c *choice) SetSelected(on bool) {
	if c.Selected != on {
		c.Selected = on
		c.Refresh()
	}
}

// Tapped chooses it, and takes the focus so that the keyboard goes on here.
func (c *choice) Tapped(*fyne.PointEvent) {
	if c.OnTapped != nil {
		c.OnTapped()
	}
	if cnv := fyne.CurrentApp().Driver().CanvasForObject(c); cnv != nil {
		c.keys.clicked(func() { cnv.Focus(c) })
	}
}

func (c *choice) FocusGained() { c.focused = true; c.Refresh(); c.keys.reveal(c) }
func (c *choice) FocusLost()   { c.focused = false; c.Refresh() }

// TypedRune chooses it on Space, like a radio button.
func (c *choice) TypedRune(r rune) {
	if r == ' ' && c.OnTapped != nil {
		c.OnTapped()
	}
}

func (c *choice) TypedKey(ev *fyne.KeyEvent) { c.keys.key(ev) }

func (c *choice) CreateRenderer() fyne.WidgetRenderer {
	r := &choiceRenderer{c: c,
		bg:     canvas.NewRectangle(color.Transparent),
		mark:   widget.NewIcon(nil),
		title:  &widget.Label{},
		detail: &widget.Label{Wrapping: fyne.TextWrapWord},
	}

	// The detail sits right under its title, closer than the next card.
	text := container.New(layout.NewCustomPaddedVBoxLayout(-theme.InnerPadding()), r.title, r.detail)
	r.box = container.NewStack(r.bg, container.NewBorder(nil, nil, container.NewVBox(container.NewPadded(r.mark)), nil, text))
	r.Refresh()
	return r
}

type choiceRenderer struct {
	c             *choice
	bg            *canvas.Rectangle
	mark          *widget.Icon
	title, detail *widget.Label
	box           *fyne.Container
}

// Refresh draws the two states apart: the chosen option has a filled
// radio mark, bold title and a light tint behind it (text keeps its
// contrast); the focused one has an outline in the accent colour.
func (r *choiceRenderer) Refresh() {
	r.title.SetText(r.c.Title)
	r.title.TextStyle.Bold = r.c.Selected
	r.title.Refresh()
	r.detail.SetText(r.c.Detail)
	r.detail.Hidden = r.c.Detail == ""
	r.bg.FillColor = color.Transparent
	if r.c.Selected {
		r.mark.SetResource(theme.NewPrimaryThemedResource(theme.RadioButtonCheckedIcon()))
		r.bg.FillColor = theme.Color(theme.ColorNameSelection)
	} else {
		r.mark.SetResource(theme.NewThemedResource(theme.RadioButtonIcon()))
	}
	r.bg.StrokeColor, r.bg.StrokeWidth = color.Transparent, 0
	if r.c.focused {
		r.bg.StrokeColor, r.bg.StrokeWidth = theme.Color(theme.ColorNamePrimary), 2
	}
	r.bg.CornerRadius = theme.InputRadiusSize()
	r.bg.Refresh()
}

func (r *choiceRenderer) Layout(s fyne.Size)           { r.box.Resize(s) }
func (r *choiceRenderer) MinSize() fyne.Size           { return r.box.MinSize() }
func (r *choiceRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.box} }
func (r *choiceRenderer) Destroy()                     {}
