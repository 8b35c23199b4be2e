package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// progressLine is how far the person has come, as a thin line: the done
// part in the accent colour on a track in the border colour. Fyne's
// progress bar is a block a line of text high, which at 0 % read as an
// empty field across the screen. It carries no text: the count above it
// says how far.
type progressLine struct {
	widget.BaseWidget
	Value, Max float64
}

func newProgressLine(max float64) *progressLine {
	p := &progressLine{Max: max}
	p.ExtendBaseWidget(p)
	return p
}

// SetValue moves the line to v of Max.
func (p *progressLine) SetValue(v float64) {
	p.Value = v
	p.Refresh()
}

func (p *progressLine) CreateRenderer() fyne.WidgetRenderer {
	r := &lineRenderer{p: p, track: canvas.NewRectangle(nil), done: canvas.NewRectangle(nil)}
	r.Refresh()
	return r
}

type lineRenderer struct {
	p           *progressLine
	track, done *canvas.Rectangle
}

// lineHeight is the line's thickness, in units.
const lineHeight = 6

func (r *lineRenderer) Layout(s fyne.Size) {
	y := (s.Height - lineHeight) / 2
	r.track.Move(fyne.NewPos(0, y))
	r.track.Resize(fyne.NewSize(s.Width, lineHeight))
	share := float32(0)
	if r.p.Max > 0 {
		share = float32(min(max(r.p.Value/r.p.Max, 0), 1))
	}
	r.done.Move(fyne.NewPos(0, y))
	r.done.Resize(fyne.NewSize(s.Width*share, lineHeight))
}

func (r *lineRenderer) MinSize() fyne.Size {
	return fyne.NewSize(lineHeight*4, lineHeight+theme.Padding()*2)
}

func (r *lineRenderer) Refresh() {
	r.track.FillColor = theme.Color(theme.ColorNameInputBorder)
	r.done.FillColor = theme.Color(theme.ColorNamePrimary)
	r.track.CornerRadius, r.done.CornerRadius = lineHeight/2, lineHeight/2
	r.Layout(r.p.Size())
	canvas.Refresh(r.track)
	canvas.Refresh(r.done)
}

func (r *lineRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.track, r.done} }
func (r *lineRenderer) Destroy()                     {}
