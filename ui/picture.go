package ui

import (
	"fmt"
	"image/color"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/chars"
	"github.com/biometria/kontoguiden/internal/guide"
)

// A picture is a drawing of the web page a step happens on, after the
// screenshot in Biometria's instruction: the page's own words, simplified,
// with the elements the person uses ringed and numbered in the app's
// accent colour. It is drawn, not copied: no logo, no screenshot.

// pictureWidth is a picture's width beside the step's text, in text sizes,
// so that it grows with A+ as the text does.
const pictureWidth = 20

// Colours and text sizes a page has that the app's theme does not. The
// app's theme answers to these names too (see look), so that the page's
// wrapped text, the one widget in a drawing, needs no theme override:
// Fyne resets its text caches for every widget put under one.
const (
	colorPage         fyne.ThemeColorName = "kontoguiden-page"
	colorPageButton   fyne.ThemeColorName = "kontoguiden-page-button"
	colorOnPageButton fyne.ThemeColorName = "kontoguiden-on-page-button"
	colorPageLink     fyne.ThemeColorName = "kontoguiden-page-link"
	colorPageText     fyne.ThemeColorName = "kontoguiden-page-text"
	colorBrowser      fyne.ThemeColorName = "kontoguiden-page-browser"
	sizePageText      fyne.ThemeSizeName  = "kontoguiden-page-text"
	sizePageHeading   fyne.ThemeSizeName  = "kontoguiden-page-heading"
	sizePageNumber    fyne.ThemeSizeName  = "kontoguiden-page-number"
)

// pageTextSizes are the page's own text sizes, by the app's size each
// stands for.
var pageTextSizes = map[fyne.ThemeSizeName]fyne.ThemeSizeName{
	theme.SizeNameText:           sizePageText,
	theme.SizeNameSubHeadingText: sizePageHeading,
	theme.SizeNameHeadingText:    sizePageNumber,
}

// pageColors are the page's own colours, by the app's colour each stands
// for; the others are the app's.
var pageColors = map[fyne.ThemeColorName]fyne.ThemeColorName{theme.ColorNameHyperlink: colorPageLink,
	theme.ColorNameForeground: colorPageText}

// pageLook is the app's theme made smaller for a page drawing: the page
// is a picture beside the text, not text of its own. Its links and main
// buttons are blue, as on the real pages, so that they are never taken
// for the green mark.
type pageLook struct {
	base fyne.Theme
	// shrink keeps a picture from growing past maxPictureScale with the
	// text: at the largest text a page drawn as large would fill many
	// screens of a small window, and its words are the page's, not ours.
	shrink float32
}

// maxPictureScale is the largest text size a picture grows with.
const maxPictureScale = 1.5

// newPageLook is the page drawing's theme on top of the app's. A page is
// drawn as the person will see it in the browser, light, in the app's
// dark theme too: the app's colours it takes are its light ones.
func newPageLook(base fyne.Theme) pageLook {
	p := pageLook{base: base, shrink: 1}
	if l, ok := base.(look); ok {
		if l.scale > maxPictureScale {
			p.shrink = maxPictureScale / l.scale
		}
		l.force = &lightVariant
		l.even = true
		p.base = l
	}
	return p
}

// lightVariant is the variant a page is drawn in, one for all pages, so
// that two drawers of the same theme compare equal.
var lightVariant = theme.VariantLight

// pageBlue is the pages' links and main buttons: 6.4:1 on white.
var pageBlue = color.NRGBA{R: 0x0b, G: 0x5c, B: 0xad, A: 0xff}

func (p pageLook) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNameHyperlink, colorPageLink, colorPageButton:
		return pageBlue
	case colorOnPageButton, colorPage:
		return color.White
	case colorPageText:
		n = theme.ColorNameForeground
	case colorBrowser:
		return color.NRGBA{R: 0xde, G: 0xe1, B: 0xe6, A: 0xff} // a browser's grey bar
	}
	return p.base.Color(n, theme.VariantLight)
}

// pageSizes shrink the app's sizes for a page: its text is the size of a
// caption, its padding half.
var pageSizes = map[fyne.ThemeSizeName]float32{
	theme.SizeNameText:           0.86,
	theme.SizeNameSubHeadingText: 0.8,
	theme.SizeNameHeadingText:    0.75,
	theme.SizeNamePadding:        0.5,
	theme.SizeNameInnerPadding:   0.5,
	theme.SizeNameLineSpacing:    0.5,
	theme.SizeNameInlineIcon:     0.75,
}

// zoomedSize names a page's text size at a zoom: the app's theme answers
// for the wrapped text of a page drawn larger through this name, as it
// answers for the page's own sizes.
func zoomedSize(n fyne.ThemeSizeName, zoom float32) fyne.ThemeSizeName {
	if zoom <= 1 {
		return n
	}
	return fyne.ThemeSizeName(fmt.Sprintf("%s@%.1f", n, zoom))
}

func (p pageLook) Size(n fyne.ThemeSizeName) float32 {
	if base, zoom, ok := strings.Cut(string(n), "@"); ok {
		if z, err := strconv.ParseFloat(zoom, 32); err == nil && z >= 1 && z <= maxZoom+0.01 {
			p.shrink *= float32(z)
		}
		n = fyne.ThemeSizeName(base)
	}
	for app, own := range pageTextSizes {
		if n == own {
			n = app
		}
	}
	if f, ok := pageSizes[n]; ok {
		return p.base.Size(n) * f * p.shrink
	}
	return p.base.Size(n) * p.shrink
}

// pageName says whether n is one of the page's own names, for the app's
// theme to answer.
func pageName[N ~string](n N) bool {
	return strings.HasPrefix(string(n), "kontoguiden-page") || n == N(colorOnPageButton)
}

// pagePicture draws one page. It draws itself anew when the theme
// changes, as its shapes take their colours when drawn.
type pagePicture struct {
	widget.BaseWidget
	page guide.Page
	// width is the picture's width beside the text; zero lets it take
	// the width it is given.
	width float32
	// zoom draws the page larger than its usual size, where a wide
	// window has room beside the text for it (1: as usual).
	zoom float32
	// short leaves out the lines between the page's heading and its first
	// mark, where the whole page would put its marks below the fold.
	short bool
}

func newPagePicture(p guide.Page, width float32) *pagePicture {
	w := &pagePicture{page: p, width: width, zoom: 1}
	w.ExtendBaseWidget(w)
	return w
}

func (w *pagePicture) CreateRenderer() fyne.WidgetRenderer {
	r := &pictureRenderer{w: w, box: container.NewStack()}
	r.Refresh()
	return r
}

type pictureRenderer struct {
	w   *pagePicture
	box *fyne.Container
	// drawn is the theme the shapes were drawn in: a refresh in the same
	// theme (every layout of the step sends one) has nothing to redraw.
	drawn *drawer
}

func (r *pictureRenderer) Layout(s fyne.Size) { r.box.Resize(s) }
func (r *pictureRenderer) MinSize() fyne.Size {
	m := r.box.MinSize()
	return fyne.NewSize(max(m.Width, r.w.width), m.Height)
}
func (r *pictureRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.box} }
func (r *pictureRenderer) Destroy()                     {}
func (r *pictureRenderer) Refresh() {
	s := fyne.CurrentApp().Settings()
	th := newPageLook(s.Theme())
	zoom := max(r.w.zoom, 1)
	th.shrink *= zoom
	d := drawer{th: th, app: s.Theme(), v: theme.VariantLight, zoom: zoom, short: r.w.short}
	if r.drawn != nil && *r.drawn == d {
		return
	}
	r.drawn = &d
	r.box.Objects = []fyne.CanvasObject{d.page(r.w.page)}
	r.box.Refresh()
}

// drawer makes the shapes of one page in one theme, at one zoom.
type drawer struct {
	th    pageLook
	app   fyne.Theme
	v     fyne.ThemeVariant
	zoom  float32
	short bool // the page shortened to its heading and its marks
}

// icon is a theme icon at the page's size.
func (d drawer) icon(r fyne.Resource) fyne.CanvasObject {
	img := canvas.NewImageFromResource(r)
	img.FillMode = canvas.ImageFillContain
	img.SetMinSize(fyne.NewSquareSize(d.size(theme.SizeNameInlineIcon)))
	return img
}

func (d drawer) color(n fyne.ThemeColorName) color.Color { return d.th.Color(n, d.v) }
func (d drawer) size(n fyne.ThemeSizeName) float32       { return d.th.Size(n) }

// page is the whole drawing: a page with its wordmark on top, in the
// frame of a browser window, so that it is seen as a picture of one and
// not taken for the app's own buttons.
func (d drawer) page(p guide.Page) fyne.CanvasObject {
	return d.browser(p, d.content(p))
}

// browser frames a page as a browser window: a grey bar with the window's
// three dots and an address field, which names the site only where the
// instruction's screenshot shows which it is (Biometria's own pages).
func (d drawer) browser(p guide.Page, page fyne.CanvasObject) fyne.CanvasObject {
	pad, text := d.size(theme.SizeNamePadding), d.size(theme.SizeNameText)
	dots := container.NewHBox()
	for range 3 {
		dot := canvas.NewCircle(d.color(theme.ColorNameInputBorder))
		dots.Add(container.NewCenter(sized(dot, fyne.NewSquareSize(text*0.6))))
	}
	var address fyne.CanvasObject = layoutSpacer()
	if p.Brand == guide.Biometria {
		address = d.words(hostOf(guide.BiometriaURL), theme.ColorNameForeground, theme.SizeNameText, false, false)
	}
	field := sized(container.NewStack(&canvas.Rectangle{FillColor: color.White, CornerRadius: text * 0.75}, address),
		fyne.NewSize(0, text*1.6))
	bar := container.NewBorder(nil, nil, container.NewPadded(dots), nil, field)
	frame := &canvas.Rectangle{FillColor: d.color(colorBrowser), StrokeColor: d.color(theme.ColorNameInputBorder),
		StrokeWidth: 1, CornerRadius: d.size(theme.SizeNameInputRadius)}
	inner := container.NewBorder(container.New(layout.NewCustomPaddedLayout(pad, pad, pad*2, pad*2), bar), nil, nil, nil, page)
	return container.NewStack(frame, container.New(layout.NewCustomPaddedLayout(0, 1, 1, 1), inner))
}

// sized is o at least size s.
func sized(o fyne.CanvasObject, s fyne.Size) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(s)
	return container.NewStack(r, o)
}

// content is the page itself: its wordmark and its lines.
// linesLeftOut stands where a shortened page leaves lines out: "…", which
// Fyne's bundled font has ("⋯" it has not, and Windows drew a box).
const linesLeftOut = "…"

func (d drawer) content(p guide.Page) fyne.CanvasObject {
	gap := d.size(theme.SizeNamePadding) * 2
	rows := container.New(layout.NewCustomPaddedVBoxLayout(gap))
	if w := p.Brand.Wordmark(); w != "" {
		rows.Add(d.words(w, theme.ColorNameForeground, theme.SizeNameSubHeadingText, true, false))
	}
	for _, line := range d.lines(p) {
		if line == nil { // lines left out
			rows.Add(d.words(linesLeftOut, theme.ColorNameForeground, theme.SizeNameSubHeadingText, true, false))
			continue
		}
		if len(line) == 1 {
			rows.Add(d.element(line[0], true))
			continue
		}
		rows.Add(d.row(line, gap))
	}
	bg := &canvas.Rectangle{FillColor: d.color(colorPage)}
	inset := d.size(theme.SizeNamePadding) * 4
	return container.NewStack(bg, container.New(layout.NewCustomPaddedLayout(inset, inset, inset, inset), rows))
}

// lines are the page's lines to draw: all of them, or, shortened, those
// up to its heading, a nil for what is left out, and those from its first
// mark on.
func (d drawer) lines(p guide.Page) [][]guide.Element {
	all := p.Lines()
	if !d.short {
		return all
	}
	head, mark := -1, -1
	for i, line := range all {
		for _, e := range line {
			if e.Kind == guide.KindHeading && head < 0 {
				head = i
			}
			if e.Mark > 0 && mark < 0 {
				mark = i
			}
		}
	}
	if head < 0 || mark <= head+1 {
		return all // nothing worth leaving out
	}
	return slices.Concat(all[:head+1], [][]guide.Element{nil}, all[mark:])
}

// row draws the elements of one line, each at its own height, centred on
// the line as on a page, gap apart; a Tight element runs on from the one
// before it without a gap.
func (d drawer) row(line []guide.Element, gap float32) fyne.CanvasObject {
	var groups [][]guide.Element
	for _, e := range line {
		if e.Tight && len(groups) > 0 {
			groups[len(groups)-1] = append(groups[len(groups)-1], e)
			continue
		}
		groups = append(groups, []guide.Element{e})
	}
	row := container.New(layout.NewCustomPaddedHBoxLayout(gap))
	for _, g := range groups {
		o := d.run(g)
		if len(g) == 1 {
			o = d.element(g[0], false)
		}
		row.Add(container.NewCenter(o))
	}
	return row
}

// run draws the words of several elements as one, as a link and the full
// stop after it: each in its own colour, with no gap between them.
func (d drawer) run(els []guide.Element) fyne.CanvasObject {
	words := container.New(layout.NewCustomPaddedHBoxLayout(0))
	for _, e := range els {
		c := theme.ColorNameForeground
		if e.Kind == guide.KindLink {
			c = theme.ColorNameHyperlink
		}
		t := canvas.NewText(e.Text, d.color(c))
		t.TextSize = d.size(theme.SizeNameText)
		words.Add(t)
	}
	pad := d.size(theme.SizeNameInnerPadding)
	return container.New(layout.NewCustomPaddedLayout(pad, pad, pad, pad), words)
}

// element draws one element; wrap lets its words run onto more lines,
// which elements in a row cannot.
func (d drawer) element(e guide.Element, wrap bool) fyne.CanvasObject {
	draw, ok := drawers[e.Kind]
	if !ok {
		draw = drawText
	}
	o := draw(d, e, wrap)
	if e.Mark > 0 {
		o = d.mark(e.Mark, o)
	}
	if wrap && ownWidth(e) {
		o = container.NewHBox(o) // at its own width, not the page's
	}
	if e.Indent {
		in := d.size(theme.SizeNameInnerPadding) * 3
		o = container.New(layout.NewCustomPaddedLayout(0, 0, in, 0), o)
	}
	return o
}

// ownWidth is true of the elements that a ring fits tightly: buttons,
// numbers and links short enough for one line.
func ownWidth(e guide.Element) bool {
	switch e.Kind {
	case guide.KindButton, guide.KindNumber:
		return true
	case guide.KindLink:
		return chars.Len(e.Text) <= shortLink
	}
	return false
}

// drawers draw each kind of element but plain text.
var drawers = map[guide.Kind]func(d drawer, e guide.Element, wrap bool) fyne.CanvasObject{
	guide.KindHeading: func(d drawer, e guide.Element, wrap bool) fyne.CanvasObject {
		return d.words(e.Text, theme.ColorNameForeground, theme.SizeNameSubHeadingText, true, wrap)
	},
	guide.KindStrong: func(d drawer, e guide.Element, wrap bool) fyne.CanvasObject {
		return d.words(e.Text, theme.ColorNameForeground, theme.SizeNameText, true, wrap)
	},
	guide.KindLink: func(d drawer, e guide.Element, wrap bool) fyne.CanvasObject {
		return d.words(e.Text, theme.ColorNameHyperlink, theme.SizeNameText, false, wrap && !ownWidth(e))
	},
	guide.KindNumber: func(d drawer, e guide.Element, _ bool) fyne.CanvasObject {
		return d.words(e.Value, theme.ColorNameForeground, theme.SizeNameHeadingText, true, false)
	},
	guide.KindAccount: func(d drawer, e guide.Element, _ bool) fyne.CanvasObject {
		o := fyne.CanvasObject(d.words(e.Text, theme.ColorNameForeground, theme.SizeNameText, false, false))
		if e.Back {
			o = container.NewBorder(nil, nil, d.icon(theme.NavigateBackIcon()), nil, o)
		}
		return o
	},
	guide.KindField:  func(d drawer, e guide.Element, _ bool) fyne.CanvasObject { return d.field(e) },
	guide.KindSelect: func(d drawer, e guide.Element, _ bool) fyne.CanvasObject { return d.selects(e) },
	guide.KindButton: func(d drawer, e guide.Element, _ bool) fyne.CanvasObject { return d.button(e) },
	guide.KindChecks: func(d drawer, e guide.Element, wrap bool) fyne.CanvasObject {
		lines := container.NewVBox()
		for _, p := range e.Parts {
			lines.Add(d.besideIcon(theme.ConfirmIcon(), p, wrap))
		}
		return lines
	},
	guide.KindCheckBox: func(d drawer, e guide.Element, wrap bool) fyne.CanvasObject {
		return d.besideIcon(theme.CheckButtonIcon(), e.Text, wrap)
	},
}

func drawText(d drawer, e guide.Element, wrap bool) fyne.CanvasObject {
	return d.words(e.Text, theme.ColorNameForeground, theme.SizeNameText, false, wrap)
}

// besideIcon is a line of text after an icon: a check mark, a tick box.
func (d drawer) besideIcon(icon fyne.Resource, text string, wrap bool) fyne.CanvasObject {
	return container.NewBorder(nil, nil, d.icon(icon), nil, d.words(text, theme.ColorNameForeground, theme.SizeNameText, false, wrap))
}

// shortLink is the longest link, in characters, that fits a picture's
// width on one line.
const shortLink = 34

// words is a piece of the page's text.
func (d drawer) words(s string, c fyne.ThemeColorName, size fyne.ThemeSizeName, bold, wrap bool) fyne.CanvasObject {
	if wrap {
		if own, ok := pageColors[c]; ok {
			c = own
		}
		t := widget.NewRichText(&widget.TextSegment{Text: s,
			Style: widget.RichTextStyle{ColorName: c, SizeName: zoomedSize(pageTextSizes[size], d.zoom), TextStyle: fyne.TextStyle{Bold: bold}}})
		t.Wrapping = fyne.TextWrapWord
		// Rich text keeps the app's padding around it; less of it lines
		// the words up with the plain lines of the page.
		in := d.size(theme.SizeNameInnerPadding) - d.app.Size(theme.SizeNameInnerPadding)
		return container.New(layout.NewCustomPaddedLayout(in, in, in, in), t)
	}
	// A line that does not wrap is plain text: measured once, where rich
	// text would measure it again at every layout.
	t := canvas.NewText(s, d.color(c))
	t.TextSize, t.TextStyle.Bold = d.size(size), bold
	pad := d.size(theme.SizeNameInnerPadding)
	return container.New(layout.NewCustomPaddedLayout(pad, pad, pad, pad), t)
}

// box is the outline of a field, a drop-down or a button.
func (d drawer) box(fill fyne.ThemeColorName, content fyne.CanvasObject) fyne.CanvasObject {
	r := &canvas.Rectangle{FillColor: d.color(fill), StrokeColor: d.color(theme.ColorNameInputBorder),
		StrokeWidth: 1, CornerRadius: d.size(theme.SizeNameInputRadius) / 2}
	return container.NewStack(r, content)
}

func (d drawer) field(e guide.Element) fyne.CanvasObject {
	s, c := e.Value, theme.ColorNameForeground
	if s == "" {
		s, c = e.Hint, theme.ColorNamePlaceHolder
	}
	if s == "" {
		s = " " // an empty field keeps a field's height
	}
	f := d.box(theme.ColorNameInputBackground, d.words(s, c, theme.SizeNameText, false, false))
	if e.Hint == "" && e.Text != "" {
		return container.NewVBox(d.words(e.Text, theme.ColorNameForeground, theme.SizeNameText, false, false), f)
	}
	return f
}

// selects are drop-downs in a row under their caption; the arrow is an
// icon, as the font has no ▼.
func (d drawer) selects(e guide.Element) fyne.CanvasObject {
	row := container.NewGridWithColumns(len(e.Parts))
	for i, p := range e.Parts {
		var arrow fyne.CanvasObject
		if i >= e.Typed {
			arrow = d.icon(theme.MenuDropDownIcon())
		}
		row.Add(d.box(theme.ColorNameInputBackground, container.NewBorder(nil, nil, nil, arrow, d.words(p, theme.ColorNameForeground, theme.SizeNameText, false, false))))
	}
	return container.NewVBox(d.words(e.Text, theme.ColorNameForeground, theme.SizeNameText, false, false), row)
}

// button is drawn at its own width, filled if it is the page's main one.
func (d drawer) button(e guide.Element) fyne.CanvasObject {
	fill, text := theme.ColorNameButton, theme.ColorNameForeground
	if e.Primary {
		fill, text = colorPageButton, colorOnPageButton
	}
	pad := d.size(theme.SizeNameInnerPadding)
	label := container.New(layout.NewCustomPaddedLayout(0, 0, pad, pad), d.words(e.Text, text, theme.SizeNameText, false, false))
	return d.box(fill, label)
}

// mark rings an element and numbers it: the ring shows where, the number
// which first, and both can be told without colour.
func (d drawer) mark(n int, o fyne.CanvasObject) fyne.CanvasObject {
	accent := d.color(theme.ColorNamePrimary)
	ring := &canvas.Rectangle{StrokeColor: accent, StrokeWidth: d.size(theme.SizeNameInputBorder) * 2.5,
		CornerRadius: d.size(theme.SizeNameInputRadius)}
	num := canvas.NewText(strconv.Itoa(n), d.color(theme.ColorNameForegroundOnPrimary))
	num.TextStyle.Bold = true
	num.TextSize = d.size(theme.SizeNameText)
	num.Alignment = fyne.TextAlignCenter
	badge := container.NewStack(&canvas.Circle{FillColor: accent}, container.NewCenter(num))
	l := &markLayout{d: num.TextSize * 1.6, gap: d.size(theme.SizeNamePadding) * 2, pad: d.size(theme.SizeNamePadding) * 2}
	return container.New(l, badge, ring, o)
}

// markLayout puts the number before the element and the ring around it.
type markLayout struct{ d, gap, pad float32 }

func (l *markLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m := objs[2].MinSize()
	return fyne.NewSize(l.d+l.gap+m.Width+2*l.pad, max(l.d, m.Height+2*l.pad))
}

func (l *markLayout) Layout(objs []fyne.CanvasObject, s fyne.Size) {
	objs[0].Move(fyne.NewPos(0, (s.Height-l.d)/2))
	objs[0].Resize(fyne.NewSquareSize(l.d))
	x := l.d + l.gap
	objs[1].Move(fyne.NewPos(x, 0))
	objs[1].Resize(fyne.NewSize(s.Width-x, s.Height))
	objs[2].Move(fyne.NewPos(x+l.pad, l.pad))
	objs[2].Resize(fyne.NewSize(s.Width-x-2*l.pad, s.Height-2*l.pad))
}

// pictures are a step's pages with what the app says around them: which
// page is which where a step has two, and in English what the marked
// Swedish words mean.
func pictures(x tools, step guide.Step, width float32) *fyne.Container {
	// The page comes first, level with the step's text; what it is
	// follows under it, in small print.
	box := container.NewVBox()
	for _, p := range step.Pages {
		if c := x.say(p.Caption); c != "" {
			box.Add(&widget.Label{Text: c, TextStyle: fyne.TextStyle{Italic: true}, Wrapping: fyne.TextWrapWord})
		}
		box.Add(newPagePicture(p, width))
		if guide.Glossed(x.lang) {
			box.Add(&widget.Label{Text: x.t("picture.gloss", p.Gloss()), Wrapping: fyne.TextWrapWord, SizeName: theme.SizeNameCaptionText})
		}
	}
	box.Add(&widget.Label{Text: x.t("picture.caption"), Wrapping: fyne.TextWrapWord, Importance: widget.MediumImportance, SizeName: theme.SizeNameCaptionText})
	return box
}
