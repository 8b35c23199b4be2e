package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/progress"
)

// welcomeScreen says what the app does and what the person needs, and
// lists the people with progress on this computer, each to continue,
// start over or forget.
type welcomeScreen struct {
	frame
	start *keyButton // "Sätt igång", or "Ny person" when people are listed
	// The buttons of each person listed, by their ID.
	resume, restart, forget map[string]*keyButton
	names                   map[string]string // how each person is named on their buttons
}

// welcomeActions are what the welcome screen's buttons do.
type welcomeActions struct {
	add                     func()
	resume, restart, forget func(progress.Person)
}

// news, if any, is what the person's last action did, said beside the
// main button.
func newWelcomeScreen(x tools, people []progress.Person, steps progress.Source, news string, do welcomeActions) *welcomeScreen {
	s := &welcomeScreen{resume: map[string]*keyButton{}, restart: map[string]*keyButton{}, forget: map[string]*keyButton{},
		names: buttonNames(x, people)}
	// Enter never continues as somebody: on a shared computer the next
	// person to sit down would land in someone else's guide. The main
	// action is starting as a new person; those listed pick their name.
	s.start = x.primary(x.t("welcome.start"), theme.NavigateNextIcon(), do.add)
	s.primary = s.start
	// What the app is for comes first; with people listed, their names
	// follow at once, so that someone coming back sees theirs without
	// scrolling, and what a new person needs comes after them.
	parts := []fyne.CanvasObject{heading(x.t("welcome.heading")), wrapped(x.t("welcome.intro"))}
	var more int
	if len(people) > maxListed { // more than one office has people: a planted folder
		people, more = people[:maxListed], len(people)-maxListed
	}
	going, finished := split(people, steps)
	if len(going) > 0 {
		parts = append(parts, widget.NewSeparator(), s.goingList(x, going, steps, do))
	}
	if len(finished) > 0 {
		parts = append(parts, widget.NewSeparator(), s.finishedList(x, finished, do))
	}
	if more > 0 {
		parts = append(parts, wrapped(x.n("welcome.more", more, more)))
	}
	if len(people) > 0 {
		s.start.SetText(x.t("welcome.new"))
		s.start.SetIcon(theme.ContentAddIcon())
		parts = append(parts, widget.NewSeparator())
	}
	parts = append(parts, needs(x))
	said := &widget.Label{Text: news, Wrapping: fyne.TextWrapWord, Importance: widget.SuccessImportance}
	s.page(container.NewVBox(parts...), container.NewBorder(nil, nil, nil, s.start, said))
	return s
}

// maxListed is how many people the list shows, the most recent first:
// more than a shared computer ever has, few enough that a folder with
// thousands of them does not hold the window up for long.
const maxListed = 50

// needs is what a person needs, and what the app never asks.
func needs(x tools) fyne.CanvasObject {
	box := container.NewVBox(&widget.Label{Text: x.t("welcome.need"), TextStyle: fyne.TextStyle{Bold: true}})
	for _, k := range []string{"welcome.need.address", "welcome.need.time", "welcome.need.phone"} {
		box.Add(bullet(x.t(k)))
	}
	box.Add(wrapped(x.t("welcome.private")))
	return box
}

// buttonNames names each person as their buttons do: by name, and where
// two share a name, numbered in the list's order (the most recent first),
// so that two Annas are told apart even on the same day.
func buttonNames(x tools, people []progress.Person) map[string]string {
	same, seen := map[string]int{}, map[string]int{}
	for _, p := range people {
		same[strings.ToLower(p.Name)]++
	}
	names := map[string]string{}
	for _, p := range people {
		key := strings.ToLower(p.Name)
		names[p.ID] = short(p.Name)
		if same[key] > 1 {
			seen[key]++
			names[p.ID] = x.t("welcome.same-name", short(p.Name), seen[key])
		}
	}
	return names
}

// split sorts the people into those on their way and those finished.
func split(people []progress.Person, steps progress.Source) (going, finished []progress.Person) {
	for _, p := range people {
		if p.Err == nil && p.State.Summary(steps).Finished {
			finished = append(finished, p)
		} else {
			going = append(going, p)
		}
	}
	return going, finished
}

// finishedList shows the people whose account is ready, to look at again
// or to forget.
func (s *welcomeScreen) finishedList(x tools, people []progress.Person, do welcomeActions) fyne.CanvasObject {
	rows := []fyne.CanvasObject{subheading(x.t("welcome.finished"))}
	for _, p := range people {
		s.resume[p.ID] = x.button(x.t("welcome.show", s.names[p.ID]), theme.VisibilityIcon(), func() { do.resume(p) })
		s.forget[p.ID] = x.button(x.t("welcome.forget", s.names[p.ID]), theme.DeleteIcon(), func() { do.forget(p) })
		status := bold(x.t("welcome.status.done", p.Name, x.date(p.State.Finished)))
		rows = append(rows, container.NewVBox(status, x.buttonRow(s.resume[p.ID], s.forget[p.ID])))
	}
	return container.NewVBox(rows...)
}

// goingList shows each person on their way, the most recent first.
func (s *welcomeScreen) goingList(x tools, people []progress.Person, steps progress.Source, do welcomeActions) fyne.CanvasObject {
	rows := []fyne.CanvasObject{subheading(x.t("welcome.people"))}
	for _, p := range people {
		if p.Name == "" { // nothing left to continue: only to forget
			s.forget[p.ID] = x.button(x.t("welcome.forget.unknown"), theme.DeleteIcon(), func() { do.forget(p) })
			status := bold(x.t("welcome.status.unknown", x.date(p.Changed)))
			rows = append(rows, container.NewVBox(status, x.buttonRow(s.forget[p.ID])))
			continue
		}
		s.resume[p.ID] = x.button(x.t("welcome.resume", s.names[p.ID]), theme.NavigateNextIcon(), func() { do.resume(p) })
		s.forget[p.ID] = x.button(x.t("welcome.forget", s.names[p.ID]), theme.DeleteIcon(), func() { do.forget(p) })
		s.restart[p.ID] = x.button(x.t("welcome.restart", s.names[p.ID]), theme.ContentUndoIcon(), func() { do.restart(p) })
		rows = append(rows, container.NewVBox(bold(status(x, p, steps)), x.buttonRow(s.resume[p.ID], s.restart[p.ID], s.forget[p.ID])))
	}
	return container.NewVBox(rows...)
}

// status says in a few words how far a person has come.
func status(x tools, p progress.Person, steps progress.Source) string {
	return x.say(p.Status(steps))
}

// buttonRow sets a person's buttons side by side, as many on a line as
// the window has room for: with a long name at large text, three did not
// fit a small one.
func (x tools) buttonRow(buttons ...fyne.CanvasObject) fyne.CanvasObject {
	return container.New(newFlowLayout(), buttons...)
}
