package ui

import (
	"errors"
	"fmt"
	"log"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/chooser"
	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/progress"
)

// How the app moves between its screens: each go… builds a screen from
// what it needs and gives it what to do with the person's decision.

// goWelcome lets go of the person, if any, and lists the people to
// continue as. One rule keeps people: whoever has given a name is listed
// until they are forgotten with "Glöm", whether they chose a path or not
// and however the app was left (the name screen says so). Someone whose
// file could not be read at all is listed as an unknown person with the
// day it was saved, so that it can be forgotten.
func (u *UI) goWelcome() {
	u.leave()
	people, err := u.People.List()
	if err != nil {
		log.Printf("the people could not be listed: %v", err)
		u.warn(u.t("error.list"))
	}
	news := u.news
	u.news = ""
	u.show(func() screen {
		return newWelcomeScreen(u.tools(), people, u.Kit.Checklist, news, welcomeActions{
			add:     func() { u.goName(people) },
			resume:  func(p progress.Person) { u.resume(p) },
			restart: func(p progress.Person) { u.restartAs(p) },
			forget:  u.confirmForget,
		})
	})
}

// goName asks a new person's first name; people are those listed, whose
// names a new one is checked against.
func (u *UI) goName(people []progress.Person) {
	u.show(func() screen {
		return newNameScreen(u.tools(), func(name string) { u.addPerson(people, name) }, u.goWelcome)
	})
}

// addPerson saves a new person and goes on to the questions. A name that
// is listed already may be the same person come back: they are asked.
func (u *UI) addPerson(people []progress.Person, name string) {
	name = progress.CleanName(name)
	for _, p := range people {
		if strings.EqualFold(p.Name, name) {
			u.askSameName(p, unusedName(people, name))
			return
		}
	}
	u.startAs(name)
}

// askSameName asks whether someone who gave a listed name is that person.
// On a shared computer the safe answer is a new person: Enter gives it,
// never someone else's progress; Escape goes back to the name.
func (u *UI) askSameName(p progress.Person, other string) {
	// How far the listed one has come, to tell the two apart.
	body := u.t("name.same.body", p.Name) + "\n\n" + status(u.tools(), p, u.Kit.Checklist)
	d := dialog.NewCustomWithoutButtons(u.t("name.same.title", p.Name), wrapped(body), u.Window)
	// Each answer with its own sign: a cross on "Ja, det är jag" read as
	// "no".
	isNew := &widget.Button{Text: u.t("name.same.no", other), Icon: theme.ContentAddIcon(), Importance: widget.HighImportance,
		OnTapped: func() { d.Hide(); u.startAs(other) }}
	isMe := &widget.Button{Text: u.t("name.same.yes"), Icon: theme.AccountIcon(),
		OnTapped: func() { d.Hide(); u.resume(p) }}
	d.SetButtons([]fyne.CanvasObject{isMe, isNew})
	d.Resize(fyne.NewSize(u.textWidth(body), 0))
	u.showModal(d, modal{enter: isNew.OnTapped, escape: d.Hide})
}

// unusedName is name with the first number after it that nobody in people
// has: "Anna 2" beside "Anna".
func unusedName(people []progress.Person, name string) string {
	taken := map[string]bool{}
	for _, p := range people {
		taken[strings.ToLower(p.Name)] = true
	}
	for n := 2; ; n++ {
		if c := fmt.Sprintf("%s %d", name, n); !taken[strings.ToLower(c)] {
			return c
		}
	}
}

// startAs saves a new person by name and goes on to the questions.
func (u *UI) startAs(name string) {
	s, err := u.People.Add(name)
	if s == nil { // no ID could be made: nothing to go on with
		u.warn(u.t("error.open", err))
		return
	}
	u.report(err)
	u.session = s
	u.goChooser(u.choosing(progress.State{}))
}

// resume takes a person for this copy of the app and continues where they
// were: their checklist, their finished account, or the questions if they
// had not chosen a path yet. If they cannot be taken (another copy has them
// open, or their lock cannot be made), it says so, the person stays on the
// welcome screen, and resume reports false.
func (u *UI) resume(p progress.Person) bool {
	s, err := u.People.Open(p.ID)
	if errors.Is(err, progress.ErrHeld) {
		u.tell(u.t("elsewhere.title"), u.t("error.open.elsewhere", p.Name))
		return false
	}
	u.report(err) // without the lock, the person goes on in memory
	u.session, s.Name = s, p.Name
	st, err := s.Load(u.Kit.Checklist)
	switch {
	case errors.Is(err, progress.ErrNewer):
		u.warn(u.t("error.newer"))
	case err != nil:
		u.warn(u.t("error.broken"))
	}
	switch {
	case s.Journey == nil:
		u.goChooser(u.choosing(st))
	case s.Journey.Finished():
		u.goDone()
	default:
		u.goChecklist()
	}
	return true
}

// restartAs asks on the list whether a person wants to start over, and
// only then takes them and clears their ticks: "Avbryt" leaves them on
// the list, not inside their guide.
func (u *UI) restartAs(p progress.Person) {
	if u.People.Held(p.ID) { // say it before asking, not after
		u.tell(u.t("elsewhere.title"), u.t("error.open.elsewhere", p.Name))
		return
	}
	u.confirmLoss(u.t("restart.title.named", p.Name), u.t("restart.body"), u.t("restart.yes"), u.t("restart.no"), func() {
		if s, err := u.People.Open(p.ID); errors.Is(err, progress.ErrHeld) {
			u.tell(u.t("elsewhere.title"), u.t("error.open.elsewhere", p.Name))
		} else {
			u.report(err)
			u.session, s.Name = s, p.Name
			u.restart()
		}
	})
}

// confirmRestart clears the person's ticks and answers, after they confirm;
// their name stays.
func (u *UI) confirmRestart() {
	u.confirmLoss(u.t("restart.title"), u.t("restart.body"), u.t("restart.yes"), u.t("restart.no"), u.restart)
}

// restart clears the person's ticks and answers and asks the questions again.
func (u *UI) restart() {
	u.report(u.session.Restart())
	u.goChooser(u.choosing(progress.State{}))
}

// confirmForget removes everything kept about a person, after they confirm.
func (u *UI) confirmForget(p progress.Person) {
	name := p.Name
	if name == "" {
		name = u.t("person.unknown")
	}
	if u.People.Held(p.ID) { // say it before asking, not after
		u.tell(u.t("elsewhere.title"), u.t("error.forget.elsewhere", name))
		return
	}
	u.confirmLoss(u.t("forget.title", name), u.t("forget.body", name), u.t("forget.yes"), u.t("restart.no"), func() {
		err := u.People.Forget(p.ID)
		switch {
		case errors.Is(err, progress.ErrHeld):
			u.tell(u.t("elsewhere.title"), u.t("error.forget.elsewhere", name))
		case err != nil:
			u.report(err)
		default:
			u.news = u.t("forget.done", name) // where the name was, nothing else would say so
		}
		u.goWelcome()
	})
}

// choosing starts the chooser from a person's saved answers.
func (u *UI) choosing(st progress.State) *chooser.State {
	return chooser.New(chooser.Deps{Office: u.Kit.Domains, Online: u.Detect != nil, Choose: guide.Choose},
		st.Account, st.Needs, st.Options.Service, u.Kit.Service)
}

// goChooser asks the two questions, starting from the answers in state.
func (u *UI) goChooser(state *chooser.State) {
	u.show(func() screen {
		return newChooserScreen(u.tools(), state, chooserDeps{
			detect: u.Detect, pause: u.LookupDelay, tasks: &u.tasks,
			next: u.goRecommend, back: u.goWelcome,
		})
	})
}

// goRecommend shows the path the answers lead to. The chooser enables its
// Next only when they lead somewhere, so the warning is for the odd case.
func (u *UI) goRecommend(state *chooser.State) {
	c, err := state.Choice()
	if err != nil {
		u.warn(err.Error())
		return
	}
	steps, _ := u.Kit.Checklist(c.Path, c.Options)
	u.show(func() screen {
		return newRecommendScreen(u.tools(), c, len(steps), func() { u.startPath(state, c) }, func() { u.goChooser(state) })
	})
}

// startPath begins the chosen path, or carries on where the same path was
// left. Ticks of the steps both paths share are kept; if others would be
// lost, the person is asked first.
func (u *UI) startPath(state *chooser.State, c guide.Choice) {
	begin := func() {
		u.report(u.session.Start(state.Account(), state.Needs(), c, u.Kit.Checklist))
		u.goChecklist()
	}
	if n := u.session.Lost(c, u.Kit.Checklist); n > 0 {
		u.confirmLoss(u.t("change.title"), u.words().n("change.body", n, n), u.t("change.yes"), u.t("restart.no"), begin)
		return
	}
	begin()
}

// goChecklist shows the journey's current step.
func (u *UI) goChecklist() {
	u.show(func() screen {
		return newChecklistScreen(u.tools(), u.session.Journey, u.Window, checklistDeps{
			now:         u.Now,
			report:      u.report,
			open:        u.openPage,
			support:     u.supportLine(),
			pictureOpen: &u.pictureOpen,
			shortcuts:   func() { u.keys.shortcuts(u.Window.Canvas()) },
			confirm:     u.confirm,
			finished:    u.goDone,
			first:       func() { u.goRecommend(u.choosing(u.session.Journey.State())) },
		})
	})
}

// goDone says the account is ready.
func (u *UI) goDone() {
	u.show(func() screen {
		return newDoneScreen(u.tools(), u.session.Journey.State(), doneActions{
			close:   u.App.Quit,
			restart: u.confirmRestart,
			receipt: u.saveReceipt,
			back:    u.goWelcome,
		})
	})
}
