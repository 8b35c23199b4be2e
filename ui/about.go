package ui

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/kit"
)

// showAbout tells support staff what they ask first: which version, where
// the log is, and which kit is in use.
func (u *UI) showAbout() {
	kitText := u.kitSays()
	// A path is one long word: it breaks anywhere to be seen whole, and
	// can be selected and copied.
	logPath := &widget.Label{Text: u.LogPath, Selectable: true, Wrapping: fyne.TextWrapBreak}
	form := widget.NewForm(
		widget.NewFormItem(u.t("about.version"), &widget.Label{Text: u.Version, Selectable: true}),
		widget.NewFormItem(u.t("about.log"), logPath),
		widget.NewFormItem(u.t("about.kit"), &widget.Label{Text: kitText, Selectable: true, Wrapping: fyne.TextWrapWord}),
	)
	body := container.NewVBox(wrapped(u.t("about.body")), form)
	if line := u.supportLine(); line != "" {
		body.Add(wrapped(line))
	}
	// However much the kit's problems say, it scrolls above the OK button.
	scroll := container.NewVScroll(body)
	scroll.SetMinSize(fyne.NewSize(0, min(360, u.Window.Canvas().Size().Height*0.6)))
	u.inform(u.t("about.title"), scroll, 640)
}

// kitSays which kit is in use, how it was chosen, what is wrong with it,
// and which kits were passed over for it.
func (u *UI) kitSays() string {
	lines := []string{u.t("about.kit.none")}
	if w := u.Kit.Where; w.File != "" {
		lines = []string{w.File}
		if w.From == kit.FromPolicy {
			lines = append(lines, u.t("about.kit.policy"))
		}
	}
	if w := u.Kit.Where; w.Unread != "" {
		lines = append(lines, u.t("about.kit.unread", w.Unread))
	}
	if u.KitErr != nil {
		lines = append(lines, u.t("about.kit.bad"), kitProblems(u.KitErr, u.Texts, u.lang))
	}
	for _, f := range u.Kit.Where.Ignored {
		lines = append(lines, u.t("about.kit.passed", f))
	}
	return strings.Join(lines, "\n")
}

// kitProblems says what is wrong with the kit in the person's language.
func kitProblems(err error, c *i18n.Catalog, l i18n.Lang) string {
	var ps kit.Problems
	if errors.As(err, &ps) {
		return ps.Say(c, l)
	}
	return err.Error()
}
