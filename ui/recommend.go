package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/guide"
)

// recommendScreen names the path as the button the person will click on
// Biometria's page, says why, and lets them change their answers.
type recommendScreen struct {
	frame
	change *keyButton
}

// newRecommendScreen shows choice c, whose path has steps steps; start
// begins it, change goes back to the questions.
func newRecommendScreen(x tools, c guide.Choice, steps int, start, change func()) *recommendScreen {
	s := &recommendScreen{}
	s.back = change
	path, _ := guide.Lookup(c.Path)
	button := &widget.Label{Text: x.quote(path.Button), TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameHeadingText, Importance: widget.HighImportance, Wrapping: fyne.TextWrapWord}
	body := container.NewVBox(
		heading(x.t("recommend.heading")),
		wrapped(x.t("recommend.button")),
		button,
		wrapped(x.t("print.service")+": "+x.quote(c.Options.Service.Label())),
		subheading(x.t("recommend.why")),
		x.said(c.Reason, x.t("recommend.advice")),
	)
	if !c.Advice.IsZero() {
		body.Add(x.said(c.Advice, x.t("recommend.advice")))
	}
	body.Add(preconditions(x))
	body.Add(wrapped(x.t("recommend.steps", steps)))
	s.primary = x.primary(x.t("recommend.start"), theme.NavigateNextIcon(), start)
	s.change = x.button(x.t("recommend.change"), theme.NavigateBackIcon(), change)
	s.page(body, container.NewHBox(s.change, layoutSpacer(), s.primary))
	return s
}

// preconditions are what the instruction asks before the person starts,
// with the guide's advice marked as such.
func preconditions(x tools) fyne.CanvasObject {
	box := container.NewVBox(subheading(x.t("recommend.before")))
	for _, p := range guide.Preconditions {
		text := x.say(p)
		if guide.IsAdvice(p) {
			text = x.t("recommend.advice") + ": " + text
		}
		box.Add(bullet(text))
	}
	return box
}
