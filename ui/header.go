package ui

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/appinfo"
)

// The header is the bar on every screen: the app's name, who is using it,
// the text size and the language switch. It grows with the text at half
// its pace, so that a person who needs large text can read who is using
// the app, while the screen keeps its room for the step. A– and A+ keep
// their normal size at the bar's right end, so that they never move from
// under the pointer. These sizes are the app's theme's own names (see
// look), not a theme override: Fyne resets its text caches for every
// widget under one.
const (
	sizeHeaderText    fyne.ThemeSizeName = "kontoguiden-header-text"
	sizeHeaderIcon    fyne.ThemeSizeName = "kontoguiden-header-icon"
	sizeHeaderPadding fyne.ThemeSizeName = "kontoguiden-header-padding"
	sizeHeaderGap     fyne.ThemeSizeName = "kontoguiden-header-gap"

	sizeZoomText    fyne.ThemeSizeName = "kontoguiden-zoom-text"
	sizeZoomIcon    fyne.ThemeSizeName = "kontoguiden-zoom-icon"
	sizeZoomPadding fyne.ThemeSizeName = "kontoguiden-zoom-padding"
)

// The text size buttons' labels, the same in every language. The dash is
// an en dash: the minus sign (U+2212) is not in Fyne's bundled font, and
// Windows without a font that has it drew "A�".
const (
	smallerLabel = "A–"
	largerLabel  = "A+"
)

// headerSizes are the app's sizes each header size stands for, at half
// the text's growth.
var headerSizes = map[fyne.ThemeSizeName]fyne.ThemeSizeName{
	sizeHeaderText: theme.SizeNameText,
	sizeHeaderIcon: theme.SizeNameInlineIcon,
}

// zoomSizes are the app's sizes A– and A+ and the header's spacing are
// drawn at: the normal ones, as room is short where text is large.
var zoomSizes = map[fyne.ThemeSizeName]fyne.ThemeSizeName{
	sizeHeaderPadding: theme.SizeNameInnerPadding,
	sizeHeaderGap:     theme.SizeNamePadding,
	sizeZoomText:      theme.SizeNameText,
	sizeZoomIcon:      theme.SizeNameInlineIcon,
	sizeZoomPadding:   theme.SizeNameInnerPadding,
}

// buttonSizes are the names a header button is measured by.
type buttonSizes struct{ text, icon, padding fyne.ThemeSizeName }

var (
	growingButton = buttonSizes{sizeHeaderText, sizeHeaderIcon, sizeHeaderPadding}
	zoomButton    = buttonSizes{sizeZoomText, sizeZoomIcon, sizeZoomPadding}
)

// header holds the bar's controls, which tests press by name.
type header struct {
	content         fyne.CanvasObject
	title           *widget.RichText
	person          *headerButton // "Byt person", while someone uses the app
	smaller, larger *headerButton
	about, lang     *headerButton
}

// headerActions are what the header's buttons do.
type headerActions struct {
	switchPerson func() // nil on the welcome screen
	smaller      func()
	larger       func()
	about        func()
	switchLang   func()
}

// newHeader builds the bar. person is the short name of who uses the app,
// "" for nobody; office is the kit's office.
func newHeader(x tools, office, person string, do headerActions) *header {
	title := appinfo.Name
	if office != "" {
		title += " · " + office
	}
	h := &header{title: widget.NewRichText(&widget.TextSegment{Text: title,
		Style: widget.RichTextStyle{SizeName: sizeHeaderText, TextStyle: fyne.TextStyle{Bold: true}}})}
	h.title.Truncation = fyne.TextTruncateEllipsis
	// "A–" and "A+" say which is which in words too, beside icons that
	// differ only by a small sign.
	h.smaller = newHeaderButton(x.keys, smallerLabel, theme.ZoomOutIcon(), do.smaller)
	h.larger = newHeaderButton(x.keys, largerLabel, theme.ZoomInIcon(), do.larger)
	h.smaller.sizes, h.larger.sizes = zoomButton, zoomButton
	h.about = newHeaderButton(x.keys, x.t("about.button"), theme.InfoIcon(), do.about)
	h.lang = newHeaderButton(x.keys, x.texts.T(x.texts.Next(x.lang), "lang.switch"), theme.NewThemedResource(langIcon), do.switchLang)
	controls := []fyne.CanvasObject{h.about, h.lang, h.smaller, h.larger}
	if person != "" {
		h.person = newHeaderButton(x.keys, x.t("person.switch", person), theme.AccountIcon(), do.switchPerson)
		h.person.shrinks = true
		controls = append([]fyne.CanvasObject{h.person}, controls...)
	}
	if x.scale == 0 {
		h.smaller.Disable()
	} else if x.scale == len(textScales)-1 {
		h.larger.Disable()
	}
	row := container.New(&headerRow{}, controls...)
	// Rich text keeps the app's padding around it, which grows with the
	// text: take it back to the normal size.
	in := theme.Size(sizeHeaderPadding) - theme.InnerPadding()
	name := container.New(layout.NewCustomPaddedLayout(in, in, in, in), h.title)
	h.content = container.New(headerLayout{}, name, row, widget.NewSeparator())
	return h
}

// focused names the header's button that is o, or "" if none is.
func (h *header) focused(o fyne.Focusable) string {
	if h == nil || o == nil {
		return ""
	}
	for name, b := range h.buttons() {
		if fyne.Focusable(b) == o {
			return name
		}
	}
	return ""
}

// button is the header's button by name, nil if it has none such.
func (h *header) button(name string) *headerButton { return h.buttons()[name] }

func (h *header) buttons() map[string]*headerButton {
	m := map[string]*headerButton{"smaller": h.smaller, "larger": h.larger, "about": h.about, "lang": h.lang}
	if h.person != nil {
		m["person"] = h.person
	}
	return m
}

// headerLayout puts the name on the left and the buttons on the right of
// one line, a separator under it, spaced by the header's own sizes (a
// Border would space them by the theme's, which grow with the text).
type headerLayout struct{}

func (headerLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	name, row := objs[0].MinSize(), objs[1].MinSize()
	gap := theme.Size(sizeHeaderGap)
	return fyne.NewSize(name.Width+gap+row.Width, max(name.Height, row.Height)+gap+separatorHeight)
}

func (headerLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	gap := theme.Size(sizeHeaderGap)
	// The buttons get their full width where it fits beside the title's
	// least; else "Byt person" gives way (see headerRow), down to its
	// least: who is using the app matters more than the app's name.
	row := min(wholeRowWidth(objs[1]), max(size.Width-gap-objs[0].MinSize().Width, objs[1].MinSize().Width))
	line := size.Height - gap - separatorHeight
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(max(size.Width-row-gap, 0), line))
	objs[1].Move(fyne.NewPos(size.Width-row, 0))
	objs[1].Resize(fyne.NewSize(row, line))
	objs[2].Move(fyne.NewPos(0, line+gap))
	objs[2].Resize(fyne.NewSize(size.Width, separatorHeight))
}

// wholeRowWidth is how wide the header's row of buttons is with every
// word whole.
func wholeRowWidth(row fyne.CanvasObject) float32 {
	if c, ok := row.(*fyne.Container); ok {
		return rowWidth(c.Objects)
	}
	return row.MinSize().Width
}

// rowWidth is how wide these buttons are in a row, every word whole.
func rowWidth(objs []fyne.CanvasObject) float32 {
	gap, w := theme.Size(sizeHeaderGap), float32(0)
	for _, o := range objs {
		if b, ok := o.(*headerButton); ok {
			w += b.wholeWidth() + gap
		} else {
			w += o.MinSize().Width + gap
		}
	}
	return max(w-gap, 0)
}

// separatorHeight is the line under the header, one unit at any text size.
const separatorHeight = 1

// headerRow lines its buttons up with a gap of the normal size.
type headerRow struct{}

func (headerRow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	gap := theme.Size(sizeHeaderGap)
	var s fyne.Size
	for _, o := range objs {
		m := o.MinSize()
		s = fyne.NewSize(s.Width+m.Width+gap, max(s.Height, m.Height))
	}
	return fyne.NewSize(max(s.Width-gap, 0), s.Height)
}

// Layout gives every button the row's height from its top, so that the
// buttons line up and A– and A+, whose own height stays the same, only
// grow downwards when the others grow. Where the row is narrower than its
// words, the button that shrinks (the person's) gives up what is missing.
func (headerRow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	gap, x := theme.Size(sizeHeaderGap), float32(0)
	short := max(rowWidth(objs)-size.Width, 0)
	for _, o := range objs {
		w := o.MinSize().Width
		if b, ok := o.(*headerButton); ok {
			w = b.wholeWidth()
			if b.shrinks {
				w = max(w-short, b.MinSize().Width)
			}
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + gap
	}
}

// headerButton is a plain button of the header, at the normal size
// whatever the text size: an icon and a word, tinted when the pointer is
// over it or it has the keyboard focus. Enter and Space press it, Escape
// goes back, as on every button of the app.
type headerButton struct {
	widget.DisableableWidget
	Text     string
	Icon     fyne.Resource
	OnTapped func()
	keys     *keyboard
	sizes    buttonSizes
	shrinks  bool // its words are cut with "…" where the header is short of room
	hovered  bool
	focused  bool
}

func newHeaderButton(keys *keyboard, text string, icon fyne.Resource, tapped func()) *headerButton {
	b := &headerButton{Text: text, Icon: icon, OnTapped: tapped, keys: keys, sizes: growingButton}
	b.ExtendBaseWidget(b)
	return b
}

// Tapped presses it.
func (b *headerButton) Tapped(*fyne.PointEvent) {
	if !b.Disabled() && b.OnTapped != nil {
		b.OnTapped()
	}
}

func (b *headerButton) FocusGained() { b.focused = true; b.Refresh() }
func (b *headerButton) FocusLost()   { b.focused = false; b.Refresh() }

// TypedRune presses it on Space.
func (b *headerButton) TypedRune(r rune) {
	if r == ' ' {
		b.Tapped(nil)
	}
}

func (b *headerButton) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		b.Tapped(nil)
	case fyne.KeyEscape:
		b.keys.escape()
	}
}

func (b *headerButton) MouseIn(*desktop.MouseEvent)    { b.hovered = true; b.Refresh() }
func (b *headerButton) MouseMoved(*desktop.MouseEvent) {}
func (b *headerButton) MouseOut()                      { b.hovered = false; b.Refresh() }

// Cursor is the pointing hand, as over a link.
func (b *headerButton) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (b *headerButton) CreateRenderer() fyne.WidgetRenderer {
	r := &headerButtonRenderer{b: b, bg: canvas.NewRectangle(color.Transparent), icon: canvas.NewImageFromResource(nil), text: canvas.NewText("", color.Black)}
	r.icon.FillMode = canvas.ImageFillContain
	r.Refresh()
	return r
}

type headerButtonRenderer struct {
	b    *headerButton
	bg   *canvas.Rectangle
	icon *canvas.Image
	text *canvas.Text
}

func (r *headerButtonRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.icon, r.text}
}

func (r *headerButtonRenderer) Destroy() {}

// wholeWidth is the button's width with its words whole: the icon, a gap
// and the words, with inner padding all round, at the button's own sizes.
func (b *headerButton) wholeWidth() float32 {
	return b.around() + fyne.MeasureText(b.Text, theme.Size(b.sizes.text), headerTextStyle).Width
}

// around is the button's width without its words.
func (b *headerButton) around() float32 {
	return 2*theme.Size(b.sizes.padding) + theme.Size(b.sizes.icon) + theme.Size(sizeHeaderGap)
}

var headerTextStyle = fyne.TextStyle{Bold: true} // as Fyne's own buttons

// MinSize is the button with its words whole, or, for one that shrinks,
// with no more than "…".
func (r *headerButtonRenderer) MinSize() fyne.Size {
	pad, icon := theme.Size(r.b.sizes.padding), theme.Size(r.b.sizes.icon)
	w, words := r.b.wholeWidth(), fyne.MeasureText(r.b.Text, theme.Size(r.b.sizes.text), headerTextStyle)
	if r.b.shrinks {
		w = r.b.around() + fyne.MeasureText("…", theme.Size(r.b.sizes.text), headerTextStyle).Width
	}
	return fyne.NewSize(w, max(icon, words.Height)+2*pad)
}

func (r *headerButtonRenderer) Layout(s fyne.Size) {
	pad, icon, gap := theme.Size(r.b.sizes.padding), theme.Size(r.b.sizes.icon), theme.Size(sizeHeaderGap)
	r.bg.Resize(s)
	r.icon.Move(fyne.NewPos(pad, (s.Height-icon)/2))
	r.icon.Resize(fyne.NewSquareSize(icon))
	r.text.Text = cutToFit(r.b.Text, s.Width-r.b.around(), r.text.TextSize, headerTextStyle)
	t := r.text.MinSize()
	r.text.Move(fyne.NewPos(pad+icon+gap, (s.Height-t.Height)/2))
	r.text.Resize(t)
}

// cutToFit is text, or as much of it as fits width with "…" after it.
func cutToFit(text string, width, size float32, style fyne.TextStyle) string {
	if fyne.MeasureText(text, size, style).Width <= width {
		return text
	}
	runes := []rune(text)
	for n := len(runes) - 1; n > 0; n-- {
		if cut := strings.TrimRight(string(runes[:n]), " (") + "…"; fyne.MeasureText(cut, size, style).Width <= width {
			return cut
		}
	}
	return "…"
}

// Refresh draws its state: disabled in the disabled colour, hovered and
// focused with Fyne's own tints, which keep the text's contrast.
func (r *headerButtonRenderer) Refresh() {
	b := r.b
	fg := theme.Color(theme.ColorNameForeground)
	var icon fyne.Resource = theme.NewThemedResource(b.Icon)
	if b.Disabled() {
		fg = theme.Color(theme.ColorNameDisabled)
		icon = theme.NewDisabledResource(b.Icon)
	}
	r.text.Color, r.text.TextSize = fg, theme.Size(b.sizes.text)
	r.text.TextStyle = headerTextStyle
	r.icon.Resource = icon
	r.bg.FillColor = color.Transparent
	switch {
	case b.Disabled():
	case b.focused:
		r.bg.FillColor = theme.Color(theme.ColorNameFocus)
	case b.hovered:
		r.bg.FillColor = theme.Color(theme.ColorNameHover)
	}
	r.bg.CornerRadius = theme.Size(theme.SizeNameInputRadius)
	r.Layout(b.Size()) // which cuts the words to the width
	r.text.Refresh()
	r.icon.Refresh()
	r.bg.Refresh()
}
