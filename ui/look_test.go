package ui

import (
	"fmt"
	"image/color"
	"math"
	"strconv"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
)

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	lum := func(c color.Color) float64 {
		r, g, bl, _ := c.RGBA()
		ch := func(v uint32) float64 {
			s := float64(v) / 0xffff
			if s <= 0.03928 {
				return s / 12.92
			}
			return math.Pow((s+0.055)/1.055, 2.4)
		}
		return 0.2126*ch(r) + 0.7152*ch(g) + 0.0722*ch(bl)
	}
	l1, l2 := lum(a), lum(b)
	if l1 < l2 {
		l1, l2 = l2, l1
	}
	return (l1 + 0.05) / (l2 + 0.05)
}

func TestContrastInBothThemes(t *testing.T) {
	l := look{scale: 1}
	pairs := []struct{ fg, bg fyne.ThemeColorName }{
		{theme.ColorNameForeground, theme.ColorNameBackground},
		{theme.ColorNameForegroundOnPrimary, theme.ColorNamePrimary},
		{theme.ColorNameForeground, theme.ColorNameButton},
		{theme.ColorNameForeground, theme.ColorNameInputBackground},
		{theme.ColorNameSuccess, theme.ColorNameBackground}, // the suggestion line
		{theme.ColorNameError, theme.ColorNameBackground},   // the warning line
		{theme.ColorNamePrimary, theme.ColorNameBackground}, // the recommended button's name
	}
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		for _, p := range pairs {
			if c := contrast(l.Color(p.fg, v), l.Color(p.bg, v)); c < 4.5 {
				t.Errorf("variant %d: %s on %s has contrast %.2f, want at least 4.5", v, p.fg, p.bg, c)
			}
		}
	}
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		if c := contrast(l.Color(theme.ColorNameInputBorder, v), l.Color(theme.ColorNameBackground, v)); c < 3 {
			t.Errorf("variant %d: control outlines have contrast %.2f, want at least 3", v, c)
		}
	}
	if c := contrast(color.White, color.Black); math.Abs(c-21) > 0.01 {
		t.Errorf("contrast formula: white on black = %.2f, want 21", c)
	}
}

// over lays a translucent colour over an opaque one, as the screen does.
func over(top, bottom color.Color) color.Color {
	t, b := color.NRGBAModel.Convert(top).(color.NRGBA), color.NRGBAModel.Convert(bottom).(color.NRGBA)
	a := float64(t.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(float64(x)*a + float64(y)*(1-a) + 0.5) }
	return color.NRGBA{R: mix(t.R, b.R), G: mix(t.G, b.G), B: mix(t.B, b.B), A: 0xff}
}

// The states a control can be in stay readable: the chosen account option
// (tinted), a focused button (tinted), a disabled button, and the outline
// that marks the focused option.
func TestContrastOfStates(t *testing.T) {
	l := look{scale: 1}
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		c := func(n fyne.ThemeColorName) color.Color { return l.Color(n, v) }
		bg := c(theme.ColorNameBackground)
		for name, pair := range map[string][2]color.Color{
			"chosen option":  {c(theme.ColorNameForeground), over(c(theme.ColorNameSelection), bg)},
			"focused button": {c(theme.ColorNameForeground), over(c(theme.ColorNameFocus), c(theme.ColorNameButton))},
			"focused entry":  {c(theme.ColorNameForeground), over(c(theme.ColorNameFocus), c(theme.ColorNameInputBackground))},
			"disabled":       {c(theme.ColorNameDisabled), c(theme.ColorNameDisabledButton)},
			"step count":     {c(theme.ColorNameForeground), bg},
		} {
			if r := contrast(pair[0], pair[1]); r < 4.5 {
				t.Errorf("variant %d: %s has contrast %.2f, want at least 4.5", v, name, r)
			}
		}
		if r := contrast(c(theme.ColorNamePrimary), over(c(theme.ColorNameSelection), bg)); r < 3 {
			t.Errorf("variant %d: the focus outline on a chosen option has contrast %.2f, want at least 3", v, r)
		}
		if r := contrast(c(theme.ColorNamePrimary), bg); r < 3 {
			t.Errorf("variant %d: the focus outline has contrast %.2f, want at least 3", v, r)
		}
		if c(theme.ColorNameFocus) == c(theme.ColorNameSelection) {
			t.Errorf("variant %d: focus and selection look the same", v)
		}
	}
}

// How far the person has come is a thin line, done in the accent colour,
// with the count above it in words; at the start the line is all track,
// no block that looks like an empty field.
func TestProgressIsALine(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	h.onGooglePath(3)
	line := find(h, "progress line", func(*progressLine) bool { return true })
	r := test.WidgetRenderer(line).(*lineRenderer)
	n, _ := strconv.Atoi(total(guide.PathGoogle))
	if want := line.Size().Width * 3 / float32(n); r.done.Size().Width < want-1 || r.done.Size().Width > want+1 {
		t.Errorf("done part %v wide of %v, want %v", r.done.Size().Width, line.Size().Width, want)
	}
	if line.Size().Height > 3*lineHeight {
		t.Errorf("the line is %v high", line.Size().Height)
	}
	h.mustShow("Steg 4 av " + total(guide.PathGoogle))
}

func TestTextSizeScalesTheTheme(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	base := theme.DefaultTheme().Size(theme.SizeNameText)
	h.larger()
	h.larger()
	if got := h.ui.App.Settings().Theme().Size(theme.SizeNameText); got != base*1.5 {
		t.Errorf("text size %v after two A+, want %v", got, base*1.5)
	}
	h.smaller()
	if got := h.ui.Settings.Load().TextScale; got != 1.25 {
		t.Errorf("remembered scale %v, want 1.25", got)
	}
}

// Fyne's test app reports a variant that is neither light nor dark (2), and
// a theme must not leave colours out for it: anything not light is dark.
func TestUnknownVariantIsDrawnDark(t *testing.T) {
	l := look{scale: 1}
	for _, v := range []fyne.ThemeVariant{2, 99, test.NewTempApp(t).Settings().ThemeVariant()} {
		for _, n := range []fyne.ThemeColorName{theme.ColorNamePrimary, theme.ColorNameForegroundOnPrimary, theme.ColorNameSuccess, theme.ColorNameInputBorder, theme.ColorNameBackground} {
			got, want := l.Color(n, v), l.Color(n, theme.VariantDark)
			if got != want {
				t.Errorf("variant %d: %s is %v, want the dark theme's %v", v, n, got, want)
			}
			if _, _, _, a := got.RGBA(); a == 0 {
				t.Errorf("variant %d: %s is transparent", v, n)
			}
		}
	}
	light := theme.VariantLight
	if got := (look{scale: 1, force: &light}).Color(theme.ColorNamePrimary, theme.VariantDark); got != green[theme.VariantLight] {
		t.Errorf("a forced light theme gives primary %v", got)
	}
}

// forced is the app's theme at normal size in one variant, whatever the
// test app reports, so that golden images show the real colours.
func forced(v fyne.ThemeVariant) look { return look{scale: 1, force: &v} }

// Every screen in both languages, as markup: layout and text, readable in
// a diff. On a change the new file lands in testdata/failed/, to be looked
// at and promoted on purpose.
func TestScreensLayOutAsBefore(t *testing.T) {
	for _, l := range i18n.Langs {
		h := start(t, t.TempDir(), l)
		h.ui.App.Settings().SetTheme(forced(theme.VariantLight))
		h.w.Resize(fyne.NewSize(1024, 600))
		h.walk(l, func(screen string) {
			if name, ok := goldenScreens[screen]; ok {
				test.AssertRendersToMarkup(t, fmt.Sprintf("markup/%s_%s.xml", name, l), h.w.Canvas())
			}
		})
	}
}

// A few screens as pictures, in the light and the dark theme: what only
// a picture shows, the colours above all (the green primary button).
func TestScreensLookAsBefore(t *testing.T) {
	pictures := map[string]bool{"chooser": true, "step": true, "mfa": true, "done": true}
	for name, v := range map[string]fyne.ThemeVariant{"light": theme.VariantLight, "dark": theme.VariantDark} {
		h := start(t, t.TempDir(), i18n.Swedish)
		h.ui.App.Settings().SetTheme(forced(v))
		h.w.Resize(fyne.NewSize(1024, 600))
		h.walk(i18n.Swedish, func(screen string) {
			if g := goldenScreens[screen]; pictures[g] {
				test.AssertRendersToImage(t, fmt.Sprintf("%s_%s.png", g, name), h.w.Canvas())
			}
		})
	}
}

// goldenScreens names the screens of the walk that have golden files.
var goldenScreens = map[string]string{"welcome": "welcome", "chooser": "chooser", "recommendation": "recommendation",
	"open-biometria": "step", "mfa": "mfa", "done": "done"}

// The primary button is drawn in the app's green in the golden images.
func TestGoldenImagesShowThePrimaryColour(t *testing.T) {
	for name, v := range map[string]fyne.ThemeVariant{"light": theme.VariantLight, "dark": theme.VariantDark} {
		h := start(t, t.TempDir(), i18n.Swedish)
		h.ui.App.Settings().SetTheme(forced(v))
		h.w.Resize(fyne.NewSize(1024, 600))
		h.onGooglePath(0)
		img := h.w.Canvas().Capture()
		want := green[v]
		found := false
		b := img.Bounds()
		for y := b.Min.Y; y < b.Max.Y && !found; y++ {
			for x := b.Min.X; x < b.Max.X && !found; x++ {
				r, g, bl, _ := img.At(x, y).RGBA()
				found = r>>8 == uint32(want.R) && g>>8 == uint32(want.G) && bl>>8 == uint32(want.B)
			}
		}
		if !found {
			t.Errorf("%s: no pixel of the primary green %v on the step screen", name, want)
		}
	}
}

// The header grows at half the text's pace, A− and A+ not at all, answered
// by the app's own theme; and no screen holds a theme override, under
// which Fyne would reset its text caches for every widget at every screen
// change.
func TestHeaderGrowsAtHalfThePaceWithoutAThemeOverride(t *testing.T) {
	for i, scale := range textScales {
		l, half := look{scale: scale}, 1+(scale-1)/2
		for name, want := range map[fyne.ThemeSizeName]float32{
			sizeHeaderText: 14 * half, sizeHeaderIcon: 20 * half, sizeHeaderPadding: 8, sizeHeaderGap: 4,
			sizeZoomText: 14, sizeZoomIcon: 20, sizeZoomPadding: 8,
		} {
			if got := l.Size(name); got != want {
				t.Errorf("text size %d: %s is %v, want %v", i, name, got, want)
			}
		}
	}
	h := start(t, t.TempDir(), i18n.Swedish)
	normal, height := h.ui.header.about.MinSize(), h.ui.header.content.MinSize().Height
	zoom := h.ui.header.larger.MinSize()
	if normal.Height < 30 {
		t.Fatalf("the header's Om is %v", normal)
	}
	h.larger()
	h.larger()
	h.walk(i18n.Swedish, func(screen string) {
		if got := h.ui.header.about.MinSize(); got.Height <= normal.Height || got.Height > normal.Height*1.25 {
			t.Errorf("%s: the header's Om is %v at 150 %% text, want larger than %v, by at most a quarter", screen, got, normal)
		}
		if got := h.ui.header.content.MinSize().Height; got <= height || got > height*1.25 {
			t.Errorf("%s: the header is %v high at 150 %% text, want more than %v, by at most a quarter", screen, got, height)
		}
		if got := h.ui.header.larger.MinSize(); got != zoom {
			t.Errorf("%s: A+ is %v at 150 %% text, want %v as at 100 %%", screen, got, zoom)
		}
		for _, o := range shownObjects(h.w.Canvas().Content()) {
			if _, ok := o.(*container.ThemeOverride); ok {
				t.Errorf("%s: a theme override on screen", screen)
			}
		}
	})
}
