package ui

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/lock"
	"github.com/biometria/kontoguiden/internal/progress"
)

// person is who is using the app now, held by this copy of the app.
type person struct {
	id, name string
	store    *progress.Store
	lock     *lock.Lock
}

// save keeps the person's progress; the journey calls it after each change.
func (p *person) save(st progress.State) error { return p.store.Save(st) }

// welcome says what the app does and what the person needs, and lists the
// people with progress on this computer, each to continue or forget.
func (u *UI) welcome() *screen {
	u.leave()
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
	people, err := u.listPeople()
	if err != nil {
		u.warn(u.t("error.broken"))
	}
	start := u.button(u.t("welcome.start"), theme.NavigateNextIcon(), func() { u.show(u.nameScreen) })
	parts := []fyne.CanvasObject{heading(u.t("welcome.heading"))}
	if len(people) == 0 {
		s.primary = start
	} else {
		// Someone coming back wants to continue: their name comes first.
		start.SetText(u.t("welcome.new"))
		start.SetIcon(theme.ContentAddIcon())
		parts = append(parts, u.peopleList(people, s), widget.NewSeparator())
	}
	body := container.NewVBox(append(parts, intro)...)
	if s.primary != nil {
		s.primary.Importance = widget.HighImportance
	}
	s.content = page(body, container.NewHBox(layoutSpacer(), start))
	return s
}

// listPeople lists the people to continue as. Someone whose file could not
// be read at all has no name left to list: they are told once, in one plain
// sentence, and start as a new person; the old file stays for support.
func (u *UI) listPeople() ([]progress.Person, error) {
	all, err := u.People.List()
	var people []progress.Person
	for _, p := range all {
		if errors.Is(p.Err, progress.ErrBroken) && p.Name == "" {
			u.warn(u.t("error.broken.person"))
			continue
		}
		people = append(people, p)
	}
	return people, err
}

// peopleList shows each person with progress here; the most recent one's
// "continue" is the screen's primary action.
func (u *UI) peopleList(people []progress.Person, s *screen) fyne.CanvasObject {
	rows := []fyne.CanvasObject{subheading(u.t("welcome.people"))}
	for _, p := range people {
		resume := u.button(u.t("welcome.resume", p.Name), theme.NavigateNextIcon(), func() { u.resume(p) })
		if s.primary == nil {
			s.primary = resume
		}
		restart := u.button(u.t("welcome.restart"), theme.ContentUndoIcon(), func() {
			if u.resume(p) {
				u.confirmRestart()
			}
		})
		forget := u.button(u.t("welcome.forget"), theme.DeleteIcon(), func() { u.confirmForget(p) })
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
	case !p.State.Finished.IsZero():
		return u.t("welcome.status.done", p.Name)
	case p.State.Started():
		return u.t("welcome.status.steps", p.Name, len(p.State.Done))
	}
	return u.t("welcome.status.new", p.Name)
}

// nameScreen asks a new person's first name, so that they find their own
// progress again on a shared computer.
func (u *UI) nameScreen() *screen {
	s := &screen{back: func() { u.show(u.welcome) }}
	entry := widget.NewEntry()
	entry.SetPlaceHolder(u.t("name.placeholder"))
	s.primary = u.button(u.t("nav.next"), theme.NavigateNextIcon(), func() { u.addPerson(entry.Text) })
	s.primary.Importance = widget.HighImportance
	s.primary.Disable()
	entry.OnChanged = func(text string) {
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
	s.content = page(body, container.NewHBox(back, layoutSpacer(), s.primary))
	s.focus = entry
	return s
}

// addPerson saves a new person and goes on to the questions.
func (u *UI) addPerson(name string) {
	p, store, err := u.People.Add(strings.TrimSpace(name))
	u.report(err)
	l, _ := u.People.Lock(p.ID) // a new person is open nowhere else
	u.person = &person{id: p.ID, name: p.Name, store: store, lock: l}
	u.show(u.chooser)
}

// claim takes a person for this copy of the app; if another copy has them
// open, it says so and the person stays on the welcome screen.
func (u *UI) claim(p progress.Person) bool {
	l, err := u.People.Lock(p.ID)
	if errors.Is(err, lock.ErrHeld) {
		u.warn(u.t("error.open.elsewhere", p.Name))
		return false
	}
	u.person = &person{id: p.ID, name: p.Name, store: u.People.Store(p.ID), lock: l}
	return true
}

// leave lets go of the person, back on the welcome screen.
func (u *UI) leave() {
	if u.person != nil {
		u.person.lock.Release()
	}
	u.person, u.journey, u.answers = nil, nil, answers{}
}

// resume continues where a person was: their checklist, their finished
// account, or the questions if they had not chosen a path yet.
func (u *UI) resume(p progress.Person) bool {
	if !u.claim(p) {
		return false
	}
	st, err := u.person.store.Load()
	switch {
	case errors.Is(err, progress.ErrNewer):
		u.warn(u.t("error.newer"))
	case err != nil:
		u.warn(u.t("error.broken"))
	}
	if errors.Is(err, progress.ErrNewer) {
		st = progress.State{} // the newer file is left as it is; nothing of it is used
	}
	if st.Name == "" {
		st.Name = p.Name
	}
	u.answers = answersOf(st)
	u.journey = nil
	if st.Started() {
		j, err := progress.Resume(st, u.Kit.Checklist, u.person.save)
		if err != nil {
			u.warn(u.t("error.broken"))
		}
		u.journey = j
	}
	switch {
	case u.journey == nil:
		u.show(u.chooser)
	case u.journey.Finished():
		u.show(u.done)
	default:
		u.show(u.checklist)
	}
	return true
}

// confirmRestart clears the person's ticks and answers, after they confirm;
// their name stays.
func (u *UI) confirmRestart() {
	u.confirm(u.t("restart.title"), u.t("restart.body"), u.t("restart.yes"), u.t("restart.no"), func() {
		u.report(u.person.store.Save(progress.State{Name: u.person.name}))
		u.journey, u.answers = nil, answers{}
		u.show(u.chooser)
	})
}

// confirmForget removes everything kept about a person, after they confirm.
func (u *UI) confirmForget(p progress.Person) {
	u.confirm(u.t("forget.title", p.Name), u.t("forget.body", p.Name), u.t("forget.yes"), u.t("restart.no"), func() {
		if err := u.People.Forget(p.ID); errors.Is(err, lock.ErrHeld) {
			u.warn(u.t("error.open.elsewhere", p.Name))
		} else {
			u.report(err)
		}
		u.show(u.welcome)
	})
}
