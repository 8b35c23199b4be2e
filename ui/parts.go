package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

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

func bullet(text string) fyne.CanvasObject {
	return container.NewBorder(nil, nil, &widget.Label{Text: "•"}, nil, wrapped(text))
}

func layoutSpacer() fyne.CanvasObject { return layout.NewSpacer() }

// page lays out a screen: its body scrolls, so that nothing is cut off in a
// small window or with large text, and its buttons stay at the bottom.
func page(body fyne.CanvasObject, buttons fyne.CanvasObject) fyne.CanvasObject {
	scroll := container.NewVScroll(container.NewPadded(body))
	return container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), buttons), nil, nil, scroll)
}
