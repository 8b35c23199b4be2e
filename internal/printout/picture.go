package printout

import (
	"encoding/xml"
	"fmt"
	"html/template"
	"strconv"
	"strings"

	"github.com/biometria/kontoguiden/internal/chars"
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

// svgDrawing collects the shapes of one page, top to bottom, as XML
// tokens: encoding/xml writes them, and escapes every text and attribute.
type svgDrawing struct {
	shapes []xml.Token
	y      float64
}

// add draws one shape: an element with its attributes and its text, if any.
func (d *svgDrawing) add(name, text string, attrs ...xml.Attr) {
	d.shapes = append(d.shapes, svgElement(name, text, attrs...)...)
}

// svgElement is an SVG element's tokens.
func svgElement(name, text string, attrs ...xml.Attr) []xml.Token {
	start := xml.StartElement{Name: xml.Name{Local: name}, Attr: attrs}
	if text == "" {
		return []xml.Token{start, start.End()}
	}
	return []xml.Token{start, xml.CharData(text), start.End()}
}

// attr is one attribute.
func attr(name, value string) xml.Attr {
	return xml.Attr{Name: xml.Name{Local: name}, Value: value}
}

// f0 and f1 write a coordinate with no decimal and with one, as the
// drawing's numbers have always been written.
func f0(v float64) string { return strconv.FormatFloat(v, 'f', 0, 64) }
func f1(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

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
	alt := altText(p, ws)
	svg := xml.StartElement{Name: xml.Name{Local: "svg"}, Attr: []xml.Attr{
		attr("class", "page"), attr("role", "img"), attr("aria-label", alt),
		attr("viewBox", fmt.Sprintf("0 0 %d %s", svgWidth, f0(h))), attr("width", strconv.Itoa(svgWidth)), attr("height", f0(h)),
		attr("xmlns", "http://www.w3.org/2000/svg"), attr("font-family", "Segoe UI, Noto Sans, Arial, sans-serif"),
	}}
	tokens := []xml.Token{svg}
	tokens = append(tokens, svgElement("title", alt)...)
	tokens = append(tokens, svgElement("rect", "", attr("x", "0.5"), attr("y", "0.5"), attr("width", strconv.Itoa(svgWidth-1)),
		attr("height", f0(h-1)), attr("rx", "6"), attr("fill", inkPaper), attr("stroke", inkLine))...)
	tokens = append(tokens, d.shapes...)
	tokens = append(tokens, svg.End())
	var b strings.Builder
	enc := xml.NewEncoder(&b)
	for _, t := range tokens {
		if err := enc.EncodeToken(t); err != nil {
			// Only a bug here can get this far (a name that is no XML
			// name, an unmatched end): every page is drawn in the tests.
			panic("printout: the drawing is not well-formed XML: " + err.Error())
		}
	}
	if err := enc.Flush(); err != nil {
		panic("printout: " + err.Error()) // a strings.Builder does not fail
	}
	return template.HTML(b.String()) // well-formed, and escaped by the encoder
}

// altText is "The page “Logga in” … Ringed: 1 “Skapa ett!”."
func altText(p guide.Page, ws words) string {
	var marks []string
	for _, e := range p.Marked() {
		what := ws.t("q.open") + strings.TrimSuffix(e.Label(), ".") + ws.t("q.close")
		if e.Label() == "" {
			what = ws.unlabelled(e)
		}
		marks = append(marks, fmt.Sprintf("%d %s", e.Mark, what))
	}
	heading := ws.t("q.open") + p.Heading() + ws.t("q.close")
	return ws.t("print.picture", heading, strings.Join(marks, ", "))
}

// unlabelled names a marked element that has no words of its own: a
// field that holds the person's own value, or the number to match.
func (w words) unlabelled(e guide.Element) string {
	if e.Kind == guide.KindNumber {
		return w.t("print.picture.number")
	}
	return w.t("print.picture.field")
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
	for i := 0; i < len(els); i++ {
		e := els[i]
		if run := tightRun(els[i:]); len(run) > 1 {
			d.y = top
			b := d.run(run, x)
			x, bottom, i = b.x+b.w+svgGap, max(bottom, b.y+b.h), i+len(run)-1
			continue
		}
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

// tightRun is the first element of els with the Tight ones that follow it.
func tightRun(els []guide.Element) []guide.Element {
	n := 1
	for n < len(els) && els[n].Tight {
		n++
	}
	return els[:n]
}

// run writes the words of several elements as one text, as a link and the
// full stop after it: the reader sets them side by side, with no gap.
func (d *svgDrawing) run(els []guide.Element, x float64) box {
	top := d.y
	d.y += 12 * 1.3
	text := xml.StartElement{Name: xml.Name{Local: "text"}, Attr: []xml.Attr{
		attr("x", f1(x)), attr("y", f1(d.y-12*0.3)), attr("font-size", "12"), attr("fill", inkText)}}
	tokens, w := []xml.Token{text}, 0.0
	for _, e := range els {
		var attrs []xml.Attr
		if e.Kind == guide.KindLink {
			attrs = append(attrs, attr("text-decoration", "underline"))
		}
		tokens = append(tokens, svgElement("tspan", e.Text, attrs...)...)
		w += textWidth(e.Text, 12)
	}
	d.shapes = append(append(d.shapes, tokens...), text.End())
	return box{x, top, w, d.y - top}
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
			d.add("path", "", attr("d", "M"+f1(x+10)+" "+f1(top+8)+"h-9m4 -4l-4 4 4 4"), attr("fill", "none"), attr("stroke", inkText), attr("stroke-width", "1.5"))
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
			d.add("path", "", attr("d", "M"+f1(x+1)+" "+f1(y+8)+"l3 3 6 -7"), attr("fill", "none"), attr("stroke", inkText), attr("stroke-width", "1.8"))
			w = max(w, 16+d.lines(x+16, wrap(p, room-16, 12, true), 12, false, inkText, false))
		}
		return box{x, top, w, d.y - top}
	case guide.KindCheckBox:
		d.add("rect", "", attr("x", f1(x)), attr("y", f1(top+2)), attr("width", "11"), attr("height", "11"), attr("fill", inkPaper), attr("stroke", inkText))
		w := d.lines(x+18, wrap(e.Text, room-18, 12, true), 12, false, inkText, false)
		return box{x, top, w + 18, d.y - top}
	}
	return box{x, top, 0, 0}
}

// lines writes lines of text from the cursor down and returns the widest
// line's estimated width.
func (d *svgDrawing) lines(x float64, lines []string, size float64, bold bool, ink string, link bool) float64 {
	w := 0.0
	for _, l := range lines {
		d.y += size * 1.3
		attrs := []xml.Attr{attr("x", f1(x)), attr("y", f1(d.y-size*0.3)), attr("font-size", f0(size)), attr("fill", ink)}
		if bold {
			attrs = append(attrs, attr("font-weight", "bold"))
		}
		if link {
			attrs = append(attrs, attr("text-decoration", "underline"))
		}
		d.add("text", l, attrs...)
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
	d.box(x, room, inkPaper, inkLine)
	if s != "" {
		d.add("text", s, attr("x", f1(x+6)), attr("y", f1(d.y+16)), attr("font-size", "12"), attr("fill", ink))
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
		d.box(bx, w, inkPaper, inkLine)
		d.add("text", p, attr("x", f1(bx+6)), attr("y", f1(d.y+16)), attr("font-size", "12"), attr("fill", inkText))
		if i >= e.Typed {
			d.add("path", "", attr("d", "M"+f1(bx+w-14)+" "+f1(d.y+10)+"h8l-4 5z"), attr("fill", inkText))
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
	d.box(x, w, fill, stroke)
	d.add("text", e.Text, attr("x", f1(x+8)), attr("y", f1(d.y+16)), attr("font-size", "12"), attr("fill", ink))
	top := d.y
	d.y += svgField
	return box{x, top, w, svgField}
}

// mark rings an element and puts its number before it, in a black disc.
func (d *svgDrawing) mark(n int, b box) {
	d.add("rect", "", attr("class", "mark"), attr("x", f1(b.x-svgRing)), attr("y", f1(b.y-svgRing)),
		attr("width", f1(b.w+2*svgRing)), attr("height", f1(b.h+2*svgRing)), attr("rx", "5"),
		attr("fill", "none"), attr("stroke", inkText), attr("stroke-width", "3"))
	cx, cy := b.x-svgRing-6-svgBadge/2, b.y+b.h/2
	d.add("circle", "", attr("cx", f1(cx)), attr("cy", f1(cy)), attr("r", strconv.Itoa(svgBadge/2)), attr("fill", inkText))
	d.add("text", strconv.Itoa(n), attr("x", f1(cx)), attr("y", f1(cy+4)), attr("font-size", "12"), attr("font-weight", "bold"),
		attr("text-anchor", "middle"), attr("fill", inkPaper))
}

// box draws a field's, a drop-down's or a button's outline at the cursor.
func (d *svgDrawing) box(x, w float64, fill, stroke string) {
	d.add("rect", "", attr("x", f1(x)), attr("y", f1(d.y)), attr("width", f1(w)), attr("height", strconv.Itoa(svgField)),
		attr("rx", "2"), attr("fill", fill), attr("stroke", stroke))
}

// textWidth estimates a line's width: a sans-serif letter is on average a
// little over half as wide as the text is high.
func textWidth(s string, size float64) float64 {
	return float64(chars.Len(s)) * size * charWidth
}

// wrap breaks text into lines that fit room; an element that shares its
// line with others is not broken.
func wrap(s string, room, size float64, may bool) []string {
	limit := int(room / (size * charWidth))
	if !may || limit < 1 {
		return []string{s}
	}
	return chars.Wrap(s, limit)
}
