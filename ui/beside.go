package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
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
