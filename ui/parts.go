package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/chars"
	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
)

// tools are what every screen is built with: the words of the person's
// language, the keyboard that its controls answer to, and the text size.
type tools struct {
	wording
	keys  *keyboard
	scale int // the position of the text size in textScales
}

// button makes a keyboard-friendly button.
func (x tools) button(text string, icon fyne.Resource, tapped func()) *keyButton {
	b := &keyButton{keys: x.keys}
	b.Text, b.Icon, b.OnTapped = text, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// primary makes the screen's main button, drawn in the accent colour.
func (x tools) primary(text string, icon fyne.Resource, tapped func()) *keyButton {
	b := x.button(text, icon, tapped)
	b.Importance = widget.HighImportance
	return b
}

// checkBox makes a keyboard-friendly check box.
func (x tools) checkBox(text string, changed func(bool)) *keyCheck {
	c := &keyCheck{keys: x.keys}
	c.Text, c.OnChanged = text, changed
	c.ExtendBaseWidget(c)
	return c
}

// advice is the guide's own advice, set apart and named as such so that it
// is never taken for Biometria's word.
func (x tools) advice(label, text string) fyne.CanvasObject {
	title := &widget.Label{Text: label, TextStyle: fyne.TextStyle{Bold: true}}
	body := container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), nil, wrapped(text))
	return widget.NewCard("", "", container.NewVBox(title, body))
}

// said shows a text of the guide as what it is: the guide's own advice
// set apart under label, anything else as its paragraphs. The text's mark
// says which (guide.IsAdvice), so that advice is never shown as
// Biometria's word.
func (x tools) said(t i18n.Text, label string) fyne.CanvasObject {
	if guide.IsAdvice(t) {
		return x.advice(label, x.say(t))
	}
	return paragraphs(x.say(t))
}

// paragraphs are a text's paragraphs, each wrapped.
func paragraphs(text string) *fyne.Container {
	box := container.NewVBox()
	for _, para := range strings.Split(text, "\n\n") {
		box.Add(wrapped(para))
	}
	return box
}

// Small building blocks that every screen uses alike.

func heading(text string) *widget.Label {
	return &widget.Label{Text: text, TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameHeadingText, Wrapping: fyne.TextWrapWord}
}

func subheading(text string) *widget.Label {
	return &widget.Label{Text: text, TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText, Wrapping: fyne.TextWrapWord}
}

func wrapped(text string) *widget.Label {
	return &widget.Label{Text: text, Wrapping: fyne.TextWrapWord}
}

func bold(text string) *widget.Label {
	return &widget.Label{Text: text, TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord}
}

func bullet(text string) fyne.CanvasObject {
	return container.NewBorder(nil, nil, &widget.Label{Text: "•"}, nil, wrapped(text))
}

// short keeps a name short enough for a button: long names end in "…".
func short(name string) string { return chars.Shorten(name, 18) }

func layoutSpacer() fyne.CanvasObject { return layout.NewSpacer() }
