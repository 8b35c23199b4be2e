package ui

import (
	"fmt"
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/biometria/kontoguiden/internal/guide"
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

func TestTextSizeScalesTheTheme(t *testing.T) {
	h := start(t, t.TempDir(), guide.Swedish)
	base := theme.DefaultTheme().Size(theme.SizeNameText)
	h.tap("A+")
	h.tap("A+")
	if got := h.ui.App.Settings().Theme().Size(theme.SizeNameText); got != base*1.5 {
		t.Errorf("text size %v after two A+, want %v", got, base*1.5)
	}
	h.tap("A−")
	if got := h.ui.App.Preferences().Float(prefScale); got != 1.25 {
		t.Errorf("remembered scale %v, want 1.25", got)
	}
}

// Golden images of every screen in both languages, kept in testdata/. On a
// change, the new image lands in testdata/failed/ to be looked at and
// promoted on purpose.
func TestScreensLookAsBefore(t *testing.T) {
	golden := map[string]string{"welcome": "welcome", "chooser": "chooser", "recommendation": "recommendation",
		"open-biometria": "step", "mfa": "mfa", "done": "done"}
	for _, l := range guide.Langs {
		h := start(t, t.TempDir(), l)
		h.ui.App.Settings().SetTheme(look{scale: 1})
		h.w.Resize(fyne.NewSize(1024, 600))
		h.walk(l, func(screen string) {
			if name, ok := golden[screen]; ok {
				test.AssertRendersToImage(t, fmt.Sprintf("%s_%s.png", name, l), h.w.Canvas())
			}
		})
	}
}
