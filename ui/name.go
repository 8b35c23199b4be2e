package ui

import (
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/chars"
	"github.com/biometria/kontoguiden/internal/progress"
)

// nameScreen asks a new person's first name, so that they find their own
// progress again on a shared computer.
type nameScreen struct {
	frame
	entry *widget.Entry
}

// newNameScreen hands the name to add, or goes back.
func newNameScreen(x tools, add func(name string), back func()) *nameScreen {
	s := &nameScreen{entry: widget.NewEntry()}
	s.back = back
	s.entry.SetPlaceHolder(x.t("name.placeholder"))
	s.primary = x.primary(x.t("nav.next"), theme.NavigateNextIcon(), func() { add(s.entry.Text) })
	s.primary.Disable()
	s.entry.OnChanged = func(text string) {
		if cut := chars.Cut(text, progress.MaxName); cut != text { // a first name, not an essay
			s.entry.SetText(cut)
			return
		}
		if progress.CleanName(text) == "" { // spaces or invisible characters only
			s.primary.Disable()
		} else {
			s.primary.Enable()
		}
	}
	s.entry.OnSubmitted = func(text string) {
		if progress.CleanName(text) != "" {
			add(text)
		}
	}
	body := container.NewVBox(heading(x.t("name.heading")), wrapped(x.t("name.body")), s.entry)
	s.page(body, container.NewHBox(x.button(x.t("nav.back"), theme.NavigateBackIcon(), back), layoutSpacer(), s.primary))
	s.focus = s.entry
	return s
}
