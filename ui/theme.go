package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// look is Kontoguiden's theme: Fyne's own, light or dark as the system
// says, with a forest green for the primary action and every size scaled
// by the person's chosen text size.
type look struct {
	scale float32
	// force, when set, is the variant used whatever the system asks for
	// (tests draw both themes with it).
	force *fyne.ThemeVariant
	// even, set for a page's picture, grows every size with the text
	// alike, as a picture grows, without the app's own steps below.
	even bool
}

// variant is light only when light is asked for: every other variant,
// including ones this app has never heard of (Fyne's test app reports its
// own), is drawn dark, so that no colour is ever left out.
func (l look) variant(v fyne.ThemeVariant) fyne.ThemeVariant {
	if l.force != nil {
		v = *l.force
	}
	if v == theme.VariantLight {
		return theme.VariantLight
	}
	return theme.VariantDark
}

// Colours where Fyne's own are too pale: success and error colour whole
// sentences here (text needs 4.5:1 on the background), and the outlines of
// check boxes, radio buttons and fields must be seen (3:1).
// A disabled button's text must still be read (it says what is not yet
// possible), so it keeps 4.5:1 on a disabled button.
var clearer = map[fyne.ThemeVariant]map[fyne.ThemeColorName]color.NRGBA{
	theme.VariantLight: {
		theme.ColorNameSuccess:        {R: 0x1b, G: 0x6e, B: 0x35, A: 0xff},
		theme.ColorNameError:          {R: 0xb7, G: 0x1c, B: 0x1c, A: 0xff},
		theme.ColorNameInputBorder:    {R: 0x76, G: 0x76, B: 0x76, A: 0xff},
		theme.ColorNameDisabled:       {R: 0x5c, G: 0x5c, B: 0x5c, A: 0xff},
		theme.ColorNameDisabledButton: {R: 0xe5, G: 0xe5, B: 0xe5, A: 0xff},
	},
	theme.VariantDark: {
		theme.ColorNameInputBorder:    {R: 0x8a, G: 0x8a, B: 0x8a, A: 0xff},
		theme.ColorNameDisabled:       {R: 0xa8, G: 0xa8, B: 0xa8, A: 0xff},
		theme.ColorNameDisabledButton: {R: 0x33, G: 0x33, B: 0x33, A: 0xff},
	},
}

var green = map[fyne.ThemeVariant]color.NRGBA{
	theme.VariantLight: {R: 0x1b, G: 0x5e, B: 0x35, A: 0xff},
	theme.VariantDark:  {R: 0x5c, G: 0xb8, B: 0x7a, A: 0xff},
}

func (l look) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if pageName(n) {
		return newPageLook(l).Color(n, v)
	}
	v = l.variant(v)
	if c, ok := clearer[v][n]; ok {
		return c
	}
	switch n {
	case theme.ColorNamePrimary, theme.ColorNameHyperlink:
		return green[v]
	case theme.ColorNameFocus: // a tint over controls, as Fyne's own
		g := green[v]
		g.A = 0x2a
		return g
	case theme.ColorNameForegroundOnPrimary:
		if v == theme.VariantDark {
			return color.Black
		}
		return color.White
	case theme.ColorNameSelection:
		g := green[v]
		g.A = 0x40
		return g
	}
	return theme.DefaultTheme().Color(n, v)
}

func (l look) Font(s fyne.TextStyle) fyne.Resource { return theme.DefaultTheme().Font(s) }

func (l look) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (l look) Size(n fyne.ThemeSizeName) float32 {
	if pageName(n) {
		return newPageLook(l).Size(n)
	}
	if app, ok := headerSizes[n]; ok { // the header grows at half the pace
		return theme.DefaultTheme().Size(app) * halfPace(l.scale)
	}
	if app, ok := zoomSizes[n]; ok { // A– and A+ stay where they are
		return theme.DefaultTheme().Size(app)
	}
	if l.even {
		return theme.DefaultTheme().Size(n) * l.scale
	}
	if n == theme.SizeNameHeadingText || n == theme.SizeNameSubHeadingText {
		// A heading stands above the text by the same step at every size:
		// grown with it, a step's heading at large text took two lines
		// of a small screen's few.
		text := theme.DefaultTheme().Size(theme.SizeNameText)
		return text*l.scale + theme.DefaultTheme().Size(n) - text
	}
	if n == theme.SizeNameInnerPadding {
		// The room inside buttons and fields grows at half the text's
		// pace: at large text on a small screen it is taken from the step.
		return theme.DefaultTheme().Size(n) * halfPace(l.scale)
	}
	return theme.DefaultTheme().Size(n) * l.scale
}

// halfPace is a size's factor that grows half as fast as the text's.
func halfPace(scale float32) float32 { return 1 + (scale-1)/2 }
