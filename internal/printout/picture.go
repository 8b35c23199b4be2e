package printout

import (
	"fmt"
	"html"
	"html/template"
	"strings"

	"github.com/biometria/kontoguiden/internal/guide"
)

// A page of the guide drawn for paper, as inline SVG: the same drawing as
// on screen, in black and greys only, so that it prints the same on any
// printer. The elements to use are marked by shape (a thick ring and a
// numbered black disc), never by colour alone.

// Sizes of a drawing, in the SVG's own units (about pixels at 100 %).
const (
	svgWidth  = 300
	svgPad    = 12
	svgBadge  = 18 // the numbered disc's diameter
	svgRing   = 4  // space between an element and its ring
	svgGap    = 8  // space between elements
	svgField  = 24 // a field's or a button's height
	charWidth = 0.56
)

// The greys of a drawing: text, outlines, fills.
const (
	inkText   = "#111111"
	inkSoft   = "#555555"
	inkLine   = "#767676"
	inkFill   = "#eeeeee"
	inkPaper  = "#ffffff"
	inkButton = "#333333"
)

// svgDrawing collects the shapes of one page, top to bottom.
type svgDrawing struct {
	b strings.Builder
	y float64
}

// box is where an element was drawn, for its ring.
type box struct{ x, y, w, h float64 }

// pictureSVG draws a page; alt says in words what it shows, for a screen
// reader and for anyone who cannot see it.
func pictureSVG(p guide.Page, ws words) template.HTML {
	d := &svgDrawing{y: svgPad}
	if w := p.Brand.Wordmark(); w != "" {
		d.lines(svgPad, []string{w}, 13, true, inkText, false)
		d.y += svgGap
	}
	for _, line := range p.Lines() {
		d.row(line)
	}
	h := d.y + svgPad - svgGap
	alt := html.EscapeString(altText(p, ws))
	return template.HTML(fmt.Sprintf(`<svg class="page" role="img" aria-label="%s" viewBox="0 0 %d %.0f" width="%d" height="%.0f" xmlns="http://www.w3.org/2000/svg" font-family="Segoe UI, Noto Sans, Arial, sans-serif">`+
		`<title>%s</title><rect x="0.5" y="0.5" width="%d" height="%.0f" rx="6" fill="%s" stroke="%s"/>%s</svg>`,
		alt, svgWidth, h, svgWidth, h, alt, svgWidth-1, h-1, inkPaper, inkLine, d.b.String()))
}

// altText is "The page “Logga in” … Ringed: 1 “Skapa ett!”."
func altText(p guide.Page, ws words) string {
	var marks []string
	for _, e := range p.Marked() {
		what := ws.t("q.open") + strings.TrimSuffix(e.Label(), ".") + ws.t("q.close")
		switch {
		case e.Label() != "":
		case e.Kind == guide.KindNumber:
			what = ws.t("print.picture.number")
		default:
			what = ws.t("print.picture.field")
		}
		marks = append(marks, fmt.Sprintf("%d %s", e.Mark, what))
	}
	heading := ws.t("q.open") + p.Heading() + ws.t("q.close")
	return ws.t("print.picture", heading, strings.Join(marks, ", "))
}

// row draws elements that stand on one line; an element alone on its line
// may wrap.
func (d *svgDrawing) row(els []guide.Element) {
	x, top, bottom := float64(svgPad), d.y, d.y
	// A line with a ring on it starts lower, all of it, so that its
	// elements stay level and the ring clears the line above.
	for _, e := range els {
		if e.Mark > 0 {
			top += svgRing
			break
		}
	}
	for _, e := range els {
		if e.Indent {
			x += 14
		}
		if e.Mark > 0 {
			x += svgBadge + 6
		}
		d.y = top
		room := svgWidth - svgPad - x
		if e.Mark > 0 {
			room -= svgRing
		}
		b := d.element(e, x+ringIf(e), room-ringIf(e), len(els) == 1)
		if e.Mark > 0 {
			d.mark(e.Mark, b)
			b = box{b.x - svgRing, b.y - svgRing, b.w + 2*svgRing, b.h + 2*svgRing}
		}
		x = b.x + b.w + svgGap
		bottom = max(bottom, b.y+b.h)
	}
	d.y = bottom + svgGap
}

func ringIf(e guide.Element) float64 {
	if e.Mark > 0 {
		return svgRing
	}
	return 0
}

// element draws one element at x with room to its right, and says where.
func (d *svgDrawing) element(e guide.Element, x, room float64, alone bool) box {
	top := d.y
	switch e.Kind {
	case guide.KindHeading:
		w := d.lines(x, wrap(e.Text, room, 14, alone), 14, true, inkText, false)
		return box{x, top, w, d.y - top}
	case guide.KindStrong, guide.KindText, guide.KindLink:
		w := d.lines(x, wrap(e.Text, room, 12, alone), 12, e.Kind == guide.KindStrong, inkText, e.Kind == guide.KindLink)
		return box{x, top, w, d.y - top}
	case guide.KindNumber:
		w := d.lines(x, []string{e.Value}, 22, true, inkText, false)
		return box{x, top, w, d.y - top}
	case guide.KindAccount:
		tx := x
		if e.Back {
			fmt.Fprintf(&d.b, `<path d="M%.1f %.1fh-9m4 -4l-4 4 4 4" fill="none" stroke="%s" stroke-width="1.5"/>`, x+10, top+8, inkText)
			tx += 16
		}
		w := d.lines(tx, []string{e.Text}, 12, false, inkText, false)
		return box{x, top, w + tx - x, d.y - top}
	case guide.KindField:
		return d.field(e, x, room)
	case guide.KindSelect:
		return d.selects(e, x, room)
	case guide.KindButton:
		return d.button(e, x)
	case guide.KindChecks:
		w := 0.0
		for _, p := range e.Parts {
			y := d.y
			fmt.Fprintf(&d.b, `<path d="M%.1f %.1fl3 3 6 -7" fill="none" stroke="%s" stroke-width="1.8"/>`, x+1, y+8, inkText)
			w = max(w, 16+d.lines(x+16, wrap(p, room-16, 12, true), 12, false, inkText, false))
		}
		return box{x, top, w, d.y - top}
	case guide.KindCheckBox:
		fmt.Fprintf(&d.b, `<rect x="%.1f" y="%.1f" width="11" height="11" fill="%s" stroke="%s"/>`, x, top+2, inkPaper, inkText)
		w := d.lines(x+18, wrap(e.Text, room-18, 12, true), 12, false, inkText, false)
		return box{x, top, w + 18, d.y - top}
	}
	return box{x, top, 0, 0}
}

// lines writes lines of text from the cursor down and returns the widest
// line's estimated width.
func (d *svgDrawing) lines(x float64, lines []string, size float64, bold bool, ink string, link bool) float64 {
	weight, deco := "", ""
	if bold {
		weight = ` font-weight="bold"`
	}
	if link {
		deco = ` text-decoration="underline"`
	}
	w := 0.0
	for _, l := range lines {
		d.y += size * 1.3
		fmt.Fprintf(&d.b, `<text x="%.1f" y="%.1f" font-size="%.0f" fill="%s"%s%s>%s</text>`, x, d.y-size*0.3, size, ink, weight, deco, html.EscapeString(l))
		w = max(w, textWidth(l, size))
	}
	return w
}

func (d *svgDrawing) field(e guide.Element, x, room float64) box {
	top := d.y
	if e.Hint == "" && e.Text != "" {
		d.lines(x, []string{e.Text}, 12, false, inkText, false)
		d.y += 2
	}
	s, ink := e.Value, inkText
	if s == "" {
		s, ink = e.Hint, inkSoft
	}
	fmt.Fprintf(&d.b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%d" rx="2" fill="%s" stroke="%s"/>`, x, d.y, room, svgField, inkPaper, inkLine)
	if s != "" {
		fmt.Fprintf(&d.b, `<text x="%.1f" y="%.1f" font-size="12" fill="%s">%s</text>`, x+6, d.y+16, ink, html.EscapeString(s))
	}
	d.y += svgField
	return box{x, top, room, d.y - top}
}

// selects draw their arrows as triangles: fonts differ on paper as on
// screen, shapes do not.
func (d *svgDrawing) selects(e guide.Element, x, room float64) box {
	top := d.y
	d.lines(x, []string{e.Text}, 12, false, inkText, false)
	d.y += 2
	n := float64(len(e.Parts))
	w := (room - 6*(n-1)) / n
	for i, p := range e.Parts {
		bx := x + float64(i)*(w+6)
		fmt.Fprintf(&d.b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%d" rx="2" fill="%s" stroke="%s"/>`, bx, d.y, w, svgField, inkPaper, inkLine)
		fmt.Fprintf(&d.b, `<text x="%.1f" y="%.1f" font-size="12" fill="%s">%s</text>`, bx+6, d.y+16, inkText, html.EscapeString(p))
		if i >= e.Typed {
			fmt.Fprintf(&d.b, `<path d="M%.1f %.1fh8l-4 5z" fill="%s"/>`, bx+w-14, d.y+10, inkText)
		}
	}
	d.y += svgField
	return box{x, top, room, d.y - top}
}

func (d *svgDrawing) button(e guide.Element, x float64) box {
	w := textWidth(e.Text, 12) + 16
	fill, stroke, ink := inkFill, inkLine, inkText
	if e.Primary {
		fill, stroke, ink = inkButton, inkButton, inkPaper
	}
	fmt.Fprintf(&d.b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%d" rx="2" fill="%s" stroke="%s"/>`, x, d.y, w, svgField, fill, stroke)
	fmt.Fprintf(&d.b, `<text x="%.1f" y="%.1f" font-size="12" fill="%s">%s</text>`, x+8, d.y+16, ink, html.EscapeString(e.Text))
	top := d.y
	d.y += svgField
	return box{x, top, w, svgField}
}

// mark rings an element and puts its number before it, in a black disc.
func (d *svgDrawing) mark(n int, b box) {
	fmt.Fprintf(&d.b, `<rect class="mark" x="%.1f" y="%.1f" width="%.1f" height="%.1f" rx="5" fill="none" stroke="%s" stroke-width="3"/>`,
		b.x-svgRing, b.y-svgRing, b.w+2*svgRing, b.h+2*svgRing, inkText)
	cx, cy := b.x-svgRing-6-svgBadge/2, b.y+b.h/2
	fmt.Fprintf(&d.b, `<circle cx="%.1f" cy="%.1f" r="%d" fill="%s"/><text x="%.1f" y="%.1f" font-size="12" font-weight="bold" text-anchor="middle" fill="%s">%d</text>`,
		cx, cy, svgBadge/2, inkText, cx, cy+4, inkPaper, n)
}

// textWidth estimates a line's width: a sans-serif letter is on average a
// little over half as wide as the text is high.
func textWidth(s string, size float64) float64 {
	return float64(len([]rune(s))) * size * charWidth
}

// wrap breaks text into lines that fit room; an element that shares its
// line with others is not broken.
func wrap(s string, room, size float64, may bool) []string {
	limit := int(room / (size * charWidth))
	if !may || limit < 1 || len([]rune(s)) <= limit {
		return []string{s}
	}
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		switch {
		case line == "":
			line = w
		case len([]rune(line))+1+len([]rune(w)) <= limit:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	return append(lines, line)
}
