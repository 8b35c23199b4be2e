package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/guide"
)

// recommend names the path as the button the person will click on
// Biometria's page, says why, and lets them change their answers.
func (u *UI) recommend() *screen {
	s := &screen{back: func() { u.show(screenChooser) }}
	choice := u.choice
	path, _ := guide.Lookup(choice.Path)
	steps, _ := u.Kit.Checklist(choice.Path, choice.Options)
	button := &widget.Label{Text: u.quote(path.Button), TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameHeadingText, Importance: widget.HighImportance, Wrapping: fyne.TextWrapWord}
	body := container.NewVBox(
		heading(u.t("recommend.heading")),
		wrapped(u.t("recommend.button")),
		button,
		subheading(u.t("recommend.why")),
		wrapped(u.say(choice.Reason)),
	)
	if a := u.say(choice.Advice); a != "" {
		body.Add(u.advice(u.t("recommend.advice"), a))
	}
	body.Add(u.preconditions())
	body.Add(wrapped(u.t("recommend.steps", len(steps))))
	s.primary = u.button(u.t("recommend.start"), theme.NavigateNextIcon(), u.start)
	s.primary.Importance = widget.HighImportance
	back := u.button(u.t("recommend.change"), theme.NavigateBackIcon(), s.back)
	s.page(body, container.NewHBox(back, layoutSpacer(), s.primary))
	return s
}

// preconditions are what the instruction asks before the person starts,
// with the guide's advice marked as such.
func (u *UI) preconditions() fyne.CanvasObject {
	box := container.NewVBox(subheading(u.t("recommend.before")))
	for _, p := range guide.Preconditions {
		text := u.say(p.Text)
		if p.Advice {
			text = u.t("recommend.advice") + ": " + text
		}
		box.Add(bullet(text))
	}
	return box
}

// start begins the chosen path, or carries on where the same path was left.
// Ticks of the steps both paths share are kept; if others would be lost,
// the person is asked first.
func (u *UI) start() {
	begin := func() {
		u.report(u.session.Start(u.answers.account, u.answers.list(), u.choice, u.Kit.Checklist))
		u.show(screenChecklist)
	}
	if n := u.session.Lost(u.choice, u.Kit.Checklist); n > 0 {
		u.confirmLoss(u.t("change.title"), u.Texts.N(u.lang, "change.body", n, n), u.t("change.yes"), u.t("restart.no"), begin)
		return
	}
	begin()
}
