package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// wrapLayout lays buttons out in lines that fit the width: where a narrow
// window at large text has no room for them on one line, they take more,
// and never overlap. lines says which buttons go on which line, place
// where they stand on it. Its height follows the width it was last given,
// as wrapped text's does: Fyne lays its parent out again when it changes.
type wrapLayout struct {
	width float32 // the width last laid out, 0 before the first
	lines func(objs []fyne.CanvasObject, width float32) [][]fyne.CanvasObject
	place func(line []fyne.CanvasObject, y, width, height float32)
}

// newBarLayout lays out a screen's bottom buttons: the first (Tillbaka)
// on the left, the rest on the right, the last being the main one; short
// of room, the main button takes a line of its own, and then each button.
func newBarLayout() *wrapLayout { return &wrapLayout{lines: barLines, place: spreadLine} }

// newFlowLayout lays buttons out left to right, as many on a line as fit:
// a row of a person's buttons with a long name at large text.
func newFlowLayout() *wrapLayout { return &wrapLayout{lines: flowLines, place: leftLine} }

// MinSize is as wide as the widest button, since the others can go on
// other lines, and as high as the lines they took at the last width.
func (l *wrapLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	lines := l.lines(visible(objs), l.width)
	for _, line := range lines {
		for _, o := range line {
			s.Width = max(s.Width, o.MinSize().Width)
		}
		s.Height += lineSize(line).Height + theme.Padding()
	}
	return fyne.NewSize(s.Width, max(s.Height-theme.Padding(), 0))
}

func (l *wrapLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	y := float32(0)
	for _, line := range l.lines(visible(objs), size.Width) {
		h := lineSize(line).Height
		l.place(line, y, size.Width, h)
		y += h + theme.Padding()
	}
}

// barLines splits the buttons into lines that fit width: all on one, or
// the main one apart, or each on its own.
func barLines(objs []fyne.CanvasObject, width float32) [][]fyne.CanvasObject {
	if len(objs) < 2 || width == 0 || lineSize(objs).Width <= width {
		return [][]fyne.CanvasObject{objs}
	}
	rest, main := objs[:len(objs)-1], objs[len(objs)-1]
	if lineSize(rest).Width <= width {
		return [][]fyne.CanvasObject{rest, {main}}
	}
	lines := make([][]fyne.CanvasObject, len(objs))
	for i, o := range objs {
		lines[i] = []fyne.CanvasObject{o}
	}
	return lines
}

// spreadLine puts one line's buttons at y: one alone fills the width;
// else the first is on the left and the rest on the right.
func spreadLine(line []fyne.CanvasObject, y, width, height float32) {
	if len(line) == 1 {
		line[0].Move(fyne.NewPos(0, y))
		line[0].Resize(fyne.NewSize(width, height))
		return
	}
	line[0].Move(fyne.NewPos(0, y))
	line[0].Resize(fyne.NewSize(line[0].MinSize().Width, height))
	x := width
	for i := len(line) - 1; i > 0; i-- {
		w := line[i].MinSize().Width
		x -= w
		line[i].Move(fyne.NewPos(x, y))
		line[i].Resize(fyne.NewSize(w, height))
		x -= theme.Padding()
	}
}

// lineSize is the size of buttons side by side, a padding apart.
func lineSize(line []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range line {
		m := o.MinSize()
		s = fyne.NewSize(s.Width+m.Width+theme.Padding(), max(s.Height, m.Height))
	}
	return fyne.NewSize(max(s.Width-theme.Padding(), 0), s.Height)
}

// visible are the objects on show.
func visible(objs []fyne.CanvasObject) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, o := range objs {
		if o.Visible() {
			out = append(out, o)
		}
	}
	return out
}

// leftLine puts one line's buttons at y from the left.
func leftLine(line []fyne.CanvasObject, y, width, height float32) {
	x := float32(0)
	for _, o := range line {
		w := min(o.MinSize().Width, width)
		o.Move(fyne.NewPos(x, y))
		o.Resize(fyne.NewSize(w, height))
		x += w + theme.Padding()
	}
}

// flowLines fills each line with as many buttons as fit width, at least
// one; all on one before there is a width.
func flowLines(objs []fyne.CanvasObject, width float32) [][]fyne.CanvasObject {
	if width == 0 {
		return [][]fyne.CanvasObject{objs}
	}
	var lines [][]fyne.CanvasObject
	var line []fyne.CanvasObject
	for _, o := range objs {
		if len(line) > 0 && lineSize(append(line, o)).Width > width {
			lines, line = append(lines, line), nil
		}
		line = append(line, o)
	}
	if len(line) > 0 {
		lines = append(lines, line)
	}
	return lines
}
