package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"github.com/biometria/kontoguiden/internal/guide"
)

// besideLayout sets a step's pictures beside its text where the step is
// wide enough, and else under it, after the button that shows and hides
// them. It decides at every layout, so that a wider window or a moved
// divider brings the pictures beside the text at once, and a narrower one
// takes them under it.
//
// Its objects are the text, the button's row and the pictures.
type besideLayout struct {
	width   float32 // a picture's width beside the text
	allowed bool    // false with large text: pictures always stand under it
	beside  bool    // how they stand now
	// changed shows and hides what each way needs, when the way changes.
	changed func(beside bool)
	// zoom draws the pictures at a size, zoomed the size they are drawn at.
	zoom   func(float32)
	zoomed float32
	// view is the height of the step's visible part; shorten draws the
	// pictures shortened, or whole, and full is their height whole.
	view    func() float32
	shorten func(bool)
	short   bool
	full    float32
}

// maxZoom is how much larger than usual a picture is drawn where a wide
// window has room for it beside the text; pictureShare is the part of the
// step's width it may then take.
const (
	maxZoom      = 1.6
	pictureShare = 0.35
)

// fitView shortens the pictures beside the text where, whole, they would
// reach below the visible part of the step: the marked element, near the
// end of a page, would be out of view when the step opens.
func (l *besideLayout) fitView(pics fyne.CanvasObject) {
	if l.view == nil || l.shorten == nil || l.view() <= 0 {
		return
	}
	if !l.short {
		l.full = pics.MinSize().Height
	}
	short := l.beside && l.full > l.view()*0.8
	if short != l.short {
		l.short = short
		l.shorten(short)
	}
}

// zoomFor is the zoom a step this wide gives its pictures beside the text.
func (l *besideLayout) zoomFor(width float32) float32 {
	if !l.beside || l.width <= 0 {
		return 1
	}
	return min(max(width*pictureShare/l.width, 1), maxZoom)
}

// fits says whether a step this wide has room for the pictures beside it.
func (l *besideLayout) fits(width float32) bool {
	return l.allowed && width >= besideRoom*l.width
}

func (l *besideLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	text, row, pics := objs[0].MinSize(), objs[1], objs[2]
	pad := theme.Padding()
	if l.beside {
		p := pics.MinSize()
		return fyne.NewSize(text.Width+pad+p.Width, max(text.Height, p.Height))
	}
	size := text
	for _, o := range []fyne.CanvasObject{row, pics} {
		if o.Visible() {
			m := o.MinSize()
			size = fyne.NewSize(max(size.Width, m.Width), size.Height+pad+m.Height)
		}
	}
	return size
}

func (l *besideLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if b := l.fits(size.Width); b != l.beside {
		l.beside = b
		l.changed(b)
	}
	text, row, pics := objs[0], objs[1], objs[2]
	pad := theme.Padding()
	// In a wide window the pictures grow into the room beside the text,
	// rather than stay small at its far edge; steps of a tenth keep a
	// window being dragged from drawing them anew at every pixel.
	if z := float32(int(l.zoomFor(size.Width)*10)) / 10; l.zoom != nil && z != max(l.zoomed, 1) {
		l.zoomed = z
		l.zoom(z)
	}
	l.fitView(pics)
	if l.beside {
		w := pics.MinSize().Width
		text.Move(fyne.NewPos(0, 0))
		text.Resize(fyne.NewSize(size.Width-w-pad, size.Height))
		pics.Move(fyne.NewPos(size.Width-w, 0))
		pics.Resize(fyne.NewSize(w, pics.MinSize().Height))
		return
	}
	y := float32(0)
	for _, o := range []fyne.CanvasObject{text, row, pics} {
		if !o.Visible() {
			continue
		}
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h + pad
	}
}

// withPictures sets the step's pictures beside its text where there is
// room. Where there is not, they stand under it, after a button that
// shows and hides them; with large text they start hidden, as the window
// then shows little at a time. Once the person opens or hides them, later
// steps do the same.
func (s *checklistScreen) withPictures(step guide.Step) fyne.CanvasObject {
	s.pictureToggle = nil
	if len(step.Pages) == 0 {
		return s.text
	}
	x := s.x
	w := pictureWidth * theme.TextSize()
	open := x.scale < foldedText
	if last := *s.deps.pictureOpen; last != nil {
		open = *last
	}
	pics := pictures(x, step, w)
	toggle := x.button("", nil, nil)
	s.pictureToggle = toggle
	row := container.NewHBox(toggle)
	l := &besideLayout{width: w, allowed: x.scale < largeText}
	box := container.New(l, s.text, row, pics)
	set := func() {
		row.Hidden = l.beside
		pics.Hidden = !l.beside && !open
		toggle.SetText(x.t(map[bool]string{false: "picture.show", true: "picture.hide"}[open]))
		toggle.SetIcon(map[bool]fyne.Resource{false: theme.VisibilityIcon(), true: theme.VisibilityOffIcon()}[open])
		for _, o := range pics.Objects {
			if p, ok := o.(*pagePicture); ok {
				p.width = 0 // under the text, a picture takes the width there is
				if l.beside {
					p.width = w * max(p.zoom, 1)
				}
			}
		}
	}
	l.view = func() float32 { return s.scroll.Size().Height }
	l.shorten = func(short bool) {
		for _, o := range pics.Objects {
			if p, ok := o.(*pagePicture); ok {
				p.short = short
				p.Refresh()
			}
		}
	}
	l.zoom = func(z float32) {
		for _, o := range pics.Objects {
			if p, ok := o.(*pagePicture); ok {
				p.zoom = z
				if l.beside {
					p.width = w * z
				}
				p.Refresh()
			}
		}
	}
	l.changed = func(bool) {
		set()
		// The step's height changes with the way: the screen lays out anew.
		fyne.Do(func() { s.scroll.Refresh() })
	}
	toggle.OnTapped = func() {
		open = !open
		*s.deps.pictureOpen = &open
		set()
		s.body.Refresh()
		if open {
			s.scrollToTop(toggle) // the picture under it comes into view
		}
	}
	l.beside = l.fits(s.panelWidth()) // as it will be laid out, to start with
	set()
	return box
}

// foldedText is the text size from which a picture that cannot stand
// beside the text starts hidden.
const foldedText = 2

// besideRoom is the step's width, in picture widths, from which the
// picture stands beside the text: the text keeps nine tenths of a
// picture's width, about five words a line.
const besideRoom = 1.9

// panelWidth is the width the step has: the scroll's, once laid out, or
// else what the window leaves it beside the step list. It is a first
// guess only: the layout decides again with the width it is given.
func (s *checklistScreen) panelWidth() float32 {
	if w := s.scroll.Size().Width; w > 0 {
		return w
	}
	w := s.win.Canvas().Size().Width
	if s.list != nil {
		w *= 0.7
	}
	return w
}
