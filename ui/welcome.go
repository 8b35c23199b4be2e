package ui

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/lock"
	"github.com/biometria/kontoguiden/internal/progress"
)

// welcome says what the app does and what the person needs, and lists the
// people with progress on this computer, each to continue or forget.
func (u *UI) welcome() *screen {
	var bullets []fyne.CanvasObject
	for _, k := range []string{"welcome.need.address", "welcome.need.time", "welcome.need.phone"} {
		bullets = append(bullets, bullet(u.t(k)))
	}
	needs := container.NewVBox(bullets...)
	intro := container.NewVBox(
		wrapped(u.t("welcome.intro")),
		&widget.Label{Text: u.t("welcome.need"), TextStyle: fyne.TextStyle{Bold: true}},
		needs,
		&widget.Label{Text: u.t("welcome.private"), Wrapping: fyne.TextWrapWord},
	)
	s := &screen{}
	start := u.button(u.t("welcome.start"), theme.NavigateNextIcon(), func() { u.show(screenName) })
	parts := []fyne.CanvasObject{heading(u.t("welcome.heading"))}
	going, finished := u.split()
	if len(going) > 0 {
		// Someone coming back wants to continue: their name comes first.
		parts = append(parts, u.peopleList(going, s), widget.NewSeparator())
	}
	if len(finished) > 0 {
		parts = append(parts, u.finishedList(finished), widget.NewSeparator())
	}
	if s.primary == nil {
		s.primary = start
	}
	if len(u.people) > 0 {
		start.SetText(u.t("welcome.new"))
		start.SetIcon(theme.ContentAddIcon())
	}
	body := container.NewVBox(append(parts, intro)...)
	if s.primary != nil {
		s.primary.Importance = widget.HighImportance
	}
	s.page(body, container.NewHBox(layoutSpacer(), start))
	return s
}

// goWelcome lets go of the person, if any, and lists the people to
// continue as. Someone whose file could not be read at all is listed as an
// unknown person with the day it was saved, so that it can be forgotten.
func (u *UI) goWelcome() {
	if s := u.session; s != nil && s.Fresh() {
		// Added a moment ago and turned back at once: nothing to list.
		u.leave()
		u.report(u.People.Forget(s.ID))
	}
	u.leave()
	u.answers, u.choice = answers{}, guide.Choice{}
	all, err := u.People.List()
	if err != nil {
		u.warn(u.t("error.broken"))
	}
	u.people = all
	u.show(screenWelcome)
}

// split sorts the people into those on their way and those finished.
func (u *UI) split() (going, finished []progress.Person) {
	for _, p := range u.people {
		if p.Err == nil && p.State.Summary(u.Kit.Checklist).Finished {
			finished = append(finished, p)
		} else {
			going = append(going, p)
		}
	}
	return going, finished
}

// finishedList shows the people whose account is ready, to look at again
// or to forget.
func (u *UI) finishedList(people []progress.Person) fyne.CanvasObject {
	rows := []fyne.CanvasObject{subheading(u.t("welcome.finished"))}
	for _, p := range people {
		show := u.button(u.t("welcome.show", short(p.Name)), theme.VisibilityIcon(), func() { u.resume(p) })
		forget := u.button(u.t("welcome.forget", short(p.Name)), theme.DeleteIcon(), func() { u.confirmForget(p) })
		when := u.t("welcome.status.done", p.Name, u.date(p.State.Finished))
		status := &widget.Label{Text: when, Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Bold: true}}
		rows = append(rows, container.NewVBox(status, container.NewHBox(show, forget)))
	}
	return container.NewVBox(rows...)
}

// peopleList shows each person on their way; the most recent one's
// "continue" is the screen's primary action.
func (u *UI) peopleList(people []progress.Person, s *screen) fyne.CanvasObject {
	rows := []fyne.CanvasObject{subheading(u.t("welcome.people"))}
	for _, p := range people {
		if p.Name == "" { // nothing left to continue: only to forget
			forget := u.button(u.t("welcome.forget.unknown"), theme.DeleteIcon(), func() { u.confirmForget(p) })
			status := &widget.Label{Text: u.t("welcome.status.unknown", u.date(p.Changed)), Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Bold: true}}
			rows = append(rows, container.NewVBox(status, container.NewHBox(forget)))
			continue
		}
		resume := u.button(u.t("welcome.resume", short(p.Name)), theme.NavigateNextIcon(), func() { u.resume(p) })
		if s.primary == nil {
			s.primary = resume
		}
		restart := u.button(u.t("welcome.restart"), theme.ContentUndoIcon(), func() {
			if u.resume(p) {
				u.confirmRestart()
			}
		})
		forget := u.button(u.t("welcome.forget", short(p.Name)), theme.DeleteIcon(), func() { u.confirmForget(p) })
		status := &widget.Label{Text: u.status(p), Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Bold: true}}
		rows = append(rows, container.NewVBox(status, container.NewHBox(resume, restart, forget)))
	}
	return container.NewVBox(rows...)
}

// status says in a few words how far a person has come.
func (u *UI) status(p progress.Person) string {
	switch {
	case errors.Is(p.Err, progress.ErrNewer):
		return u.t("welcome.status.newer", p.Name)
	case p.Err != nil:
		return u.t("welcome.status.broken", p.Name)
	case p.State.Started():
		sum := p.State.Summary(u.Kit.Checklist)
		line := u.Texts.N(u.lang, "welcome.status.steps", sum.Done, p.Name, sum.Done, sum.Total)
		if sum.Next.ID != "" {
			line += " " + u.t("welcome.status.next", u.say(sum.Next.Title()))
		}
		return line
	}
	return u.t("welcome.status.new", p.Name)
}

// nameScreen asks a new person's first name, so that they find their own
// progress again on a shared computer.
func (u *UI) nameScreen() *screen {
	s := &screen{back: u.goWelcome}
	entry := widget.NewEntry()
	entry.SetPlaceHolder(u.t("name.placeholder"))
	s.primary = u.button(u.t("nav.next"), theme.NavigateNextIcon(), func() { u.addPerson(entry.Text) })
	s.primary.Importance = widget.HighImportance
	s.primary.Disable()
	entry.OnChanged = func(text string) {
		if r := []rune(text); len(r) > progress.MaxName { // a first name, not an essay
			entry.SetText(string(r[:progress.MaxName]))
			return
		}
		if strings.TrimSpace(text) == "" {
			s.primary.Disable()
		} else {
			s.primary.Enable()
		}
	}
	entry.OnSubmitted = func(text string) {
		if strings.TrimSpace(text) != "" {
			u.addPerson(text)
		}
	}
	body := container.NewVBox(heading(u.t("name.heading")), wrapped(u.t("name.body")), entry)
	back := u.button(u.t("nav.back"), theme.NavigateBackIcon(), s.back)
	s.page(body, container.NewHBox(back, layoutSpacer(), s.primary))
	s.focus = entry
	return s
}

// addPerson saves a new person and goes on to the questions. A name that
// is listed already may be the same person come back: they are asked.
func (u *UI) addPerson(name string) {
	name = strings.TrimSpace(name)
	for _, p := range u.people {
		if strings.EqualFold(p.Name, name) {
			u.confirmEither(u.t("name.same.title", p.Name), u.t("name.same.body", p.Name), u.t("name.same.yes"), u.t("name.same.no", u.unusedName(name)),
				func() { u.resume(p) }, func() { u.add(u.unusedName(name)) })
			return
		}
	}
	u.add(name)
}

// unusedName is name with the first number after it that nobody here has:
// "Anna 2" beside "Anna".
func (u *UI) unusedName(name string) string {
	taken := map[string]bool{}
	for _, p := range u.people {
		taken[strings.ToLower(p.Name)] = true
	}
	for n := 2; ; n++ {
		if c := fmt.Sprintf("%s %d", name, n); !taken[strings.ToLower(c)] {
			return c
		}
	}
}

// add saves a new person and goes on to the questions.
func (u *UI) add(name string) {
	s, err := u.People.Add(name)
	if s == nil { // no ID could be made: nothing to go on with
		u.warn(u.t("error.open", err))
		return
	}
	u.report(err)
	u.session = s
	u.show(screenChooser)
}

// resume takes a person for this copy of the app and continues where they
// were: their checklist, their finished account, or the questions if they
// had not chosen a path yet. If they cannot be taken (another copy has them
// open, or their lock cannot be made), it says so and the person stays on
// the welcome screen.
func (u *UI) resume(p progress.Person) bool {
	s, err := u.People.Open(p.ID)
	if errors.Is(err, lock.ErrHeld) {
		u.warn(u.t("error.open.elsewhere", p.Name))
		return false
	}
	u.report(err) // without the lock, the person goes on in memory
	u.session, s.Name = s, p.Name
	st, err := s.Load(u.Kit.Checklist)
	switch {
	case err == nil:
	case errors.Is(err, progress.ErrNewer):
		u.warn(u.t("error.newer"))
	case err != nil:
		u.warn(u.t("error.broken"))
	}
	u.answers = answersOf(st)
	switch {
	case s.Journey == nil:
		u.show(screenChooser)
	case s.Journey.Finished():
		u.show(screenDone)
	default:
		u.show(screenChecklist)
	}
	return true
}

// confirmRestart clears the person's ticks and answers, after they confirm;
// their name stays.
func (u *UI) confirmRestart() {
	u.confirmLoss(u.t("restart.title"), u.t("restart.body"), u.t("restart.yes"), u.t("restart.no"), func() {
		u.report(u.session.Restart())
		u.answers = answers{}
		u.show(screenChooser)
	})
}

// confirmForget removes everything kept about a person, after they confirm.
func (u *UI) confirmForget(p progress.Person) {
	name := p.Name
	if name == "" {
		name = u.t("person.unknown")
	}
	u.confirmLoss(u.t("forget.title", name), u.t("forget.body", name), u.t("forget.yes"), u.t("restart.no"), func() {
		if err := u.People.Forget(p.ID); errors.Is(err, lock.ErrHeld) {
			u.warn(u.t("error.open.elsewhere", name))
		} else {
			u.report(err)
		}
		u.goWelcome()
	})
}
