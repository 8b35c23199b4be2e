package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// showAbout tells support staff what they ask first: which version, where
// the log is, and which kit is in use.
func (u *UI) showAbout() {
	kitText := u.t("about.kit.none")
	if u.Kit.Source != "" {
		kitText = u.Kit.Source
	}
	if u.KitErr != nil {
		kitText = u.t("about.kit.bad") + "\n" + u.KitErr.Error()
	}
	form := widget.NewForm(
		widget.NewFormItem(u.t("about.version"), &widget.Label{Text: u.Version, Selectable: true}),
		widget.NewFormItem(u.t("about.log"), &widget.Label{Text: u.LogPath, Selectable: true, Wrapping: fyne.TextWrapWord}),
		widget.NewFormItem(u.t("about.kit"), &widget.Label{Text: kitText, Selectable: true, Wrapping: fyne.TextWrapWord}),
	)
	body := container.NewVBox(wrapped(u.t("about.body")), form)
	if line := u.supportLine(); line != "" {
		body.Add(wrapped(line))
	}
	u.inform(u.t("about.title"), body, 640)
}
