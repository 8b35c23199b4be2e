package ui

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
)

// stepOf finds a step of a path's checklist.
func stepOf(t testing.TB, p guide.PathID, id string) guide.Step {
	t.Helper()
	steps, err := guide.Checklist(p, guide.Options{})
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(steps, func(s guide.Step) bool { return s.ID == id })
	if i < 0 {
		t.Fatalf("%s has no step %s", p, id)
	}
	return steps[i]
}

// Three pictures as images in both themes: one mark on a link, three marks
// on fields and a button, and drop-downs whose arrows are drawn.
func TestPicturesLookAsBefore(t *testing.T) {
	cases := map[string]guide.Step{
		"sign-in":   stepOf(t, guide.PathEmail, "create-one"),
		"your-name": stepOf(t, guide.PathEmail, "your-name"),
		"birth":     stepOf(t, guide.PathMicrosoftActivation, "activation-birth"),
	}
	for v, variant := range map[string]fyne.ThemeVariant{"light": theme.VariantLight, "dark": theme.VariantDark} {
		a := test.NewTempApp(t)
		a.Settings().SetTheme(forced(variant))
		for name, s := range cases {
			pic := newPagePicture(s.Pages[0], pictureWidth*theme.TextSize())
			w := test.NewTempWindow(t, pic)
			w.SetPadded(false)
			w.Resize(pic.MinSize())
			test.AssertRendersToImage(t, fmt.Sprintf("pictures/%s_%s.png", name, v), w.Canvas())
		}
	}
}

// shownObjects are the objects that are drawn: none under a hidden one.
func shownObjects(o fyne.CanvasObject) []fyne.CanvasObject {
	if o == nil || !o.Visible() {
		return nil
	}
	out := []fyne.CanvasObject{o}
	switch c := o.(type) {
	case *fyne.Container:
		for _, k := range c.Objects {
			out = append(out, shownObjects(k)...)
		}
	case fyne.Widget:
		for _, k := range test.WidgetRenderer(c).Objects() {
			out = append(out, shownObjects(k)...)
		}
	}
	return out
}

// showsButton says whether a button with this text is drawn on screen now.
func (h *harness) showsButton(text string) bool {
	for _, o := range shownObjects(h.w.Canvas().Content()) {
		if b, ok := asPressable(o); ok && b.text == text {
			return true
		}
	}
	return false
}

// shownPictures are the page pictures drawn on screen now.
func (h *harness) shownPictures() []*pagePicture {
	var out []*pagePicture
	for _, o := range shownObjects(h.w.Canvas().Content()) {
		if p, ok := o.(*pagePicture); ok {
			out = append(out, p)
		}
	}
	return out
}

// Every step of every kind of account shows its pictures: beside the text
// at the normal text size, and behind "Visa bilden av sidan" at the
// largest, where, once opened, they stay open. With KONTOGUIDEN_SHOTS set
// to a folder, each step is also saved there as an image, to be looked at.
func TestEveryStepShowsItsPictures(t *testing.T) {
	kinds := []struct {
		account guide.Account
		needs   []guide.Need
	}{
		{guide.WorkMicrosoft, []guide.Need{guide.NeedVIOL3}},
		{guide.PrivateMicrosoft, []guide.Need{guide.NeedVIOL3}},
		{guide.GoogleAccount, []guide.Need{guide.NeedVIOL3}},
		{guide.OtherAddress, []guide.Need{guide.NeedVIOL3}},
		{guide.NoAddress, []guide.Need{guide.NeedIntegration}},
	}
	for _, k := range kinds {
		// Swedish at the normal size, English at the largest: both sizes
		// and both languages for each kind, in half the walks.
		for large, l := range map[bool]i18n.Lang{false: i18n.Swedish, true: i18n.English} {
			t.Run(fmt.Sprintf("%s_large=%v_%s", k.account, large, l), func(t *testing.T) {
				h := start(t, t.TempDir(), i18n.Swedish)
				h.ui.App.Settings().SetTheme(forced(theme.VariantLight))
				if large {
					h.ui.setScale(len(textScales))
				}
				h.choose(k.account, k.needs...)
				h.tap("Starta guiden")
				h.ui.lang = l
				h.ui.goChecklist()
				for n := 1; ; n++ {
					step := h.ui.session.Journey.Step()
					h.checkPictures(step, large)
					h.shoot(fmt.Sprintf("%s_%s_%s_%02d_%s.png", k.account, map[bool]string{false: "100", true: "200"}[large], l, n, step.ID), large && len(step.Pages) > 0)
					if step.MFA {
						break
					}
					h.tap(h.ui.t("step.done"))
				}
			})
		}
	}
}

// checkPictures checks that the step on screen shows its pictures: at once
// at the normal text size; with large text, when opened the first time,
// and then on every step after.
func (h *harness) checkPictures(step guide.Step, large bool) {
	t := h.t
	t.Helper()
	pics := h.shownPictures()
	switch {
	case len(step.Pages) == 0 && len(pics) > 0:
		t.Errorf("%s has no page in the instruction, but shows a picture", step.ID)
	case len(step.Pages) > 0 && large && h.ui.pictureOpen == nil:
		if len(pics) > 0 {
			t.Errorf("%s: with large text the picture shows before it is asked for", step.ID)
		}
		h.tap(h.ui.t("picture.show"))
		if h.checklist().scroll.Offset.Y <= 0 {
			t.Errorf("%s: the opened picture was not scrolled into view", step.ID)
		}
		if got := len(h.shownPictures()); got != len(step.Pages) {
			t.Errorf("%s: %d pictures after %q, want %d", step.ID, got, h.ui.t("picture.show"), len(step.Pages))
		}
	case len(step.Pages) != len(pics):
		t.Errorf("%s: %d pictures on screen, want %d", step.ID, len(pics), len(step.Pages))
	}
	if len(step.Pages) > 0 && h.ui.lang == i18n.English && !h.shows(h.ui.words().say(step.Pages[0].Gloss())) {
		t.Errorf("%s: the English gloss %q is not shown", step.ID, h.ui.words().say(step.Pages[0].Gloss()))
	}
}

// shoot saves the window as an image in the folder KONTOGUIDEN_SHOTS
// names, if it names one; scrolled adds one scrolled down to the picture.
func (h *harness) shoot(name string, scrolled bool) {
	dir := os.Getenv("KONTOGUIDEN_SHOTS")
	if dir == "" {
		return
	}
	saveImage(h.t, filepath.Join(dir, name), h.w.Canvas().Capture())
	if scrolled {
		sc := h.checklist().scroll
		sc.ScrollToOffset(fyne.NewPos(0, sc.Content.Size().Height/3))
		saveImage(h.t, filepath.Join(dir, "scrolled_"+name), h.w.Canvas().Capture())
	}
}

func saveImage(t testing.TB, path string, img image.Image) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

// A picture grows with the text up to one and a half times, no further.
func TestPicturesGrowWithTextUpToAPoint(t *testing.T) {
	normal := newPageLook(look{scale: 1}).Size(theme.SizeNameText)
	for _, c := range []struct{ scale, want float32 }{{1, 1}, {1.25, 1.25}, {1.5, 1.5}, {2, maxPictureScale}} {
		got := newPageLook(look{scale: c.scale}).Size(theme.SizeNameText) / normal
		if got < c.want-0.001 || got > c.want+0.001 {
			t.Errorf("at text size %v a picture's text is %v times the normal, want %v", c.scale, got, c.want)
		}
	}
}

// In a narrow window at the normal text size a picture stands under the
// text, open; hidden once, it stays hidden on the next step. In a wide one
// it stands beside the text, with nothing to open.
func TestPictureUnderTheTextInANarrowWindow(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.w.Resize(fyne.NewSize(720, 500))
	h.onGooglePath(2) // "Klicka på ”VIOL 3 Produktionsmiljö”"
	if got := len(h.shownPictures()); got != 1 {
		t.Fatalf("%d pictures shown under the text, want 1", got)
	}
	h.tap(h.ui.t("picture.hide"))
	if got := len(h.shownPictures()); got != 0 {
		t.Fatalf("%d pictures shown after %q", got, h.ui.t("picture.hide"))
	}
	h.tap(h.ui.t("step.done"))
	if got := len(h.shownPictures()); got != 0 || !h.showsButton(h.ui.t("picture.show")) {
		t.Errorf("the next step shows %d pictures; hidden once, they stay hidden", got)
	}

	wide := start(t, t.TempDir(), i18n.Swedish)
	wide.w.Resize(fyne.NewSize(1280, 720))
	wide.onGooglePath(2)
	if got := len(wide.shownPictures()); got != 1 || wide.showsButton(wide.ui.t("picture.hide")) || wide.showsButton(wide.ui.t("picture.show")) {
		t.Errorf("in a wide window: %d pictures, and a button to show or hide them", got)
	}
}

// A picture takes the new theme's colours when the theme changes (its
// shapes are coloured when drawn), and only then is it drawn anew.
func TestPictureFollowsTheTheme(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(forced(theme.VariantLight))
	pic := newPagePicture(stepOf(t, guide.PathEmail, "create-one").Pages[0], 280)
	w := test.NewTempWindow(t, pic)
	w.Resize(pic.MinSize())
	ring := func() color.Color {
		for _, o := range shownObjects(pic) {
			if r, ok := o.(*canvas.Rectangle); ok && r.StrokeWidth > 2 {
				return r.StrokeColor
			}
		}
		t.Fatal("no ring in the picture")
		return nil
	}
	if got := ring(); got != color.Color(green[theme.VariantLight]) {
		t.Errorf("ring %v in the light theme, want %v", got, green[theme.VariantLight])
	}
	before := test.WidgetRenderer(pic).Objects()[0].(*fyne.Container).Objects[0]
	pic.Refresh()
	if test.WidgetRenderer(pic).Objects()[0].(*fyne.Container).Objects[0] != before {
		t.Error("a refresh in the same theme drew the picture anew")
	}
	// The page is drawn as the browser shows it, light, in the dark theme
	// too: its ring keeps the green that stands out on white.
	a.Settings().SetTheme(forced(theme.VariantDark))
	pic.Refresh()
	if got := ring(); got != color.Color(green[theme.VariantLight]) {
		t.Errorf("ring %v after the switch to dark, want %v", got, green[theme.VariantLight])
	}
}

// A page's words are read against the page in both themes (4.5:1), and its
// rings, outlines and main buttons stand out from it (3:1); the page's own
// outline sets it apart from the app.
func TestPictureContrastInBothThemes(t *testing.T) {
	p := newPageLook(look{scale: 1})
	text := []struct{ fg, bg fyne.ThemeColorName }{
		{theme.ColorNameForeground, colorPage},
		{theme.ColorNameHyperlink, colorPage},
		{colorOnPageButton, colorPageButton},
		{theme.ColorNameForeground, theme.ColorNameButton},
		{theme.ColorNameForeground, theme.ColorNameInputBackground},
		{theme.ColorNameForegroundOnPrimary, theme.ColorNamePrimary}, // the number of a mark
	}
	shapes := []struct{ fg, bg fyne.ThemeColorName }{
		{theme.ColorNamePrimary, colorPage}, // the ring
		{theme.ColorNameInputBorder, colorPage},
		{colorPageButton, colorPage},
	}
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		for _, c := range text {
			if r := contrast(p.Color(c.fg, v), p.Color(c.bg, v)); r < 4.5 {
				t.Errorf("variant %d: %s on %s has contrast %.2f, want at least 4.5", v, c.fg, c.bg, r)
			}
		}
		for _, c := range shapes {
			if r := contrast(p.Color(c.fg, v), p.Color(c.bg, v)); r < 3 {
				t.Errorf("variant %d: %s on %s has contrast %.2f, want at least 3", v, c.fg, c.bg, r)
			}
		}
	}
}

// A wider window brings the picture beside the text at once, a narrower
// one takes it under the text again, without moving to another step.
func TestPictureMovesWithTheWindowsWidth(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.w.Resize(fyne.NewSize(720, 500))
	h.onGooglePath(3) // "Klicka på ”Skapa ett!”"
	if !h.showsButton(h.ui.t("picture.hide")) {
		t.Fatal("in a narrow window the picture is not under the text with its button")
	}
	text := h.checklist().text
	h.w.Resize(fyne.NewSize(1280, 720))
	pics := h.shownPictures()
	if len(pics) != 1 || h.showsButton(h.ui.t("picture.hide")) {
		t.Fatalf("in a wide window: %d pictures, the button shown: %v", len(pics), h.showsButton(h.ui.t("picture.hide")))
	}
	d := fyne.CurrentApp().Driver()
	if px, tx := d.AbsolutePositionForObject(pics[0]).X, d.AbsolutePositionForObject(text).X+text.Size().Width; px < tx {
		t.Errorf("the picture starts at x=%v, inside the text that ends at x=%v", px, tx)
	}
	h.w.Resize(fyne.NewSize(720, 500))
	if !h.showsButton(h.ui.t("picture.hide")) || len(h.shownPictures()) != 1 {
		t.Error("narrow again, the picture is not under the text, open, with its button")
	}
}

// The app's theme answers to the page's own names, in both variants, and
// a picture holds no theme override: Fyne resets its text caches for every
// widget under one, which made a step change with a picture eight times
// slower.
func TestPicturesNeedNoThemeOverride(t *testing.T) {
	l := look{scale: 1.25}
	// Fyne's text, subheading and heading sizes are 14, 18 and 24; the page
	// draws them at 0.86, 0.8 and 0.75 of the app's, which is 1.25 times.
	for name, want := range map[fyne.ThemeSizeName]float32{sizePageText: 15.05, sizePageHeading: 18, sizePageNumber: 22.5} {
		if got := l.Size(name); got < want-0.01 || got > want+0.01 {
			t.Errorf("the app's theme gives %s as %v, want %v", name, got, want)
		}
	}
	white := color.NRGBA{0xff, 0xff, 0xff, 0xff}
	light := map[fyne.ThemeColorName]color.NRGBA{colorPage: white, colorPageButton: {0x0b, 0x5c, 0xad, 0xff}, colorOnPageButton: white, colorPageLink: {0x0b, 0x5c, 0xad, 0xff}}
	for v, want := range map[fyne.ThemeVariant]map[fyne.ThemeColorName]color.NRGBA{
		theme.VariantLight: light,
		theme.VariantDark:  light, // the page is light, as in the browser
	} {
		for n, c := range want {
			if got := color.NRGBAModel.Convert(l.Color(n, v)); got != c {
				t.Errorf("variant %d: the app's theme gives %s as %v, want %v", v, n, got, c)
			}
		}
	}
	a := test.NewTempApp(t)
	a.Settings().SetTheme(l)
	pic := newPagePicture(stepOf(t, guide.PathMicrosoftActivation, "activation-code").Pages[0], 280)
	test.NewTempWindow(t, pic).Resize(fyne.NewSize(300, 600))
	for _, o := range shownObjects(pic) {
		if _, ok := o.(*container.ThemeOverride); ok {
			t.Fatal("a picture holds a theme override")
		}
	}
}

// In a wide window a picture beside the text grows into the room there,
// up to maxZoom, rather than stay small at the far edge; in a window of
// the usual size it is drawn at its usual size.
func TestPicturesUseTheRoomOfAWideWindow(t *testing.T) {
	for _, c := range []struct {
		size fyne.Size
		zoom float32
	}{{fyne.NewSize(1024, 600), 1}, {fyne.NewSize(2400, 1000), maxZoom}} {
		h := start(t, t.TempDir(), i18n.Swedish)
		h.w.Resize(c.size)
		h.onGooglePath(0)
		h.toStep("your-name")
		h.relayout()
		pic := find(h, "picture", func(*pagePicture) bool { return true })
		if pic.zoom != c.zoom || pic.Size().Width < pictureWidth*theme.TextSize()*c.zoom-1 {
			t.Errorf("window %v: zoom %v, %v wide; want zoom %v", c.size, pic.zoom, pic.Size().Width, c.zoom)
		}
	}
}

// A page drawn larger has its wrapped words larger too, by as much.
func TestZoomedWrappedTextGrows(t *testing.T) {
	l := look{scale: 1}
	plain, zoomed := l.Size(sizePageText), l.Size(zoomedSize(sizePageText, 1.5))
	if zoomed < plain*1.5-0.01 || zoomed > plain*1.5+0.01 {
		t.Errorf("page text %v, zoomed 1.5: %v", plain, zoomed)
	}
	if got := l.Size(zoomedSize(sizePageText, maxZoom)); got < plain*maxZoom-0.01 {
		t.Errorf("at the largest zoom: %v", got)
	}
}
