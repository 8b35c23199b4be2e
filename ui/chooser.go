package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/detect"
	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/progress"
)

// answers are what the person said on the chooser.
type answers struct {
	account guide.Account
	needs   map[guide.Need]bool
}

func answersOf(st progress.State) answers {
	a := answers{account: st.Account, needs: map[guide.Need]bool{}}
	for _, n := range st.Needs {
		a.needs[n] = true
	}
	return a
}

// set says whether the person needs n.
func (a *answers) set(n guide.Need, on bool) {
	if a.needs == nil {
		a.needs = map[guide.Need]bool{}
	}
	a.needs[n] = on
}

// list gives the needs in the guide's order.
func (a answers) list() []guide.Need {
	var out []guide.Need
	for _, n := range guide.NeedIDs() {
		if a.needs[n] {
			out = append(out, n)
		}
	}
	return out
}

// chooser asks the two questions: which account, and what for.
func (u *UI) chooser() *screen {
	s := &screen{back: u.goWelcome}
	s.primary = u.button(u.t("nav.next"), theme.NavigateNextIcon(), u.goRecommend)
	s.primary.Importance = widget.HighImportance
	hint := &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.MediumImportance}
	// Next is enabled exactly when the guide can choose a path; the hint
	// says which answer is still missing.
	update := func() {
		_, err := u.Kit.Choose(u.answers.account, u.answers.list())
		switch {
		case err == nil:
			hint.SetText("")
			s.primary.Enable()
		case u.answers.account == "":
			hint.SetText(u.t("chooser.incomplete.account"))
			s.primary.Disable()
		default:
			hint.SetText(u.t("chooser.incomplete.needs"))
			s.primary.Disable()
		}
	}
	choices, suggested := u.accountChoices(update)
	address, entry, reason := u.addressField(suggested)
	s.focus = entry
	accounts := container.NewVBox(
		subheading(u.t("chooser.account")),
		address,
		choices,
		reason,
		&widget.Label{Text: u.t("chooser.unsure"), Wrapping: fyne.TextWrapWord},
	)
	needs := container.NewVBox(subheading(u.t("chooser.needs")), u.needChoices(update), wrapped(u.t("chooser.gloss")))
	// Side by side, so both questions are seen at once; one under the other,
	// each as tall as it needs, with large text, where side by side would
	// not fit.
	questions := container.NewGridWithColumns(2, accounts, needs)
	if u.scaleIndex() >= 2 {
		questions = container.NewVBox(accounts, needs)
	}
	body := container.NewVBox(heading(u.t("chooser.heading")), questions)
	update()
	back := u.button(u.t("nav.back"), theme.NavigateBackIcon(), s.back)
	s.page(body, container.NewBorder(nil, nil, back, s.primary, hint))
	return s
}

// goRecommend leaves the chooser for the path the answers lead to. Next is
// enabled only when they lead somewhere, so the warning is for the odd case.
func (u *UI) goRecommend() {
	c, err := u.Kit.Choose(u.answers.account, u.answers.list())
	if err != nil {
		u.warn(err.Error())
		return
	}
	u.choice = c
	u.show(screenRecommend)
}

// addressField lets the person type their address so that the account kind
// is suggested for them: at once from what is known, otherwise by asking
// Microsoft and DNS in the background. The address is never kept.
// The answer is shown under the choices, so that a line that comes and
// goes never moves them under the person's pointer.
func (u *UI) addressField(suggested func(guide.Account)) (fyne.CanvasObject, *widget.Entry, *widget.Label) {
	entry := widget.NewEntry()
	// No scrolling of its own: the mouse wheel over the field scrolls the
	// screen, as over any other part of it.
	entry.Scroll = fyne.ScrollNone
	entry.SetPlaceHolder(u.t("chooser.address.placeholder"))
	reason := &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.SuccessImportance}
	reason.Hide()
	suggest := func(s detect.Suggestion) {
		suggested(s.Account)
		reason.Importance = widget.SuccessImportance
		reason.SetText(u.t("chooser.suggestion", s.Reason))
		reason.Show()
	}
	entry.OnChanged = func(address string) {
		u.stopLookup()
		reason.Hide()
		if s, ok := detect.Offline(address, u.Kit.Domains); ok {
			suggest(s)
		} else if d := detect.Domain(address); detect.Complete(d) && u.Detect != nil {
			reason.Importance = widget.MediumImportance
			reason.SetText(u.t("chooser.checking", d))
			reason.Show()
			u.ask(d, suggest, func() {
				reason.Importance = widget.MediumImportance
				reason.SetText(u.t("chooser.unchecked", d))
			})
		}
	}
	box := container.NewVBox(wrapped(u.t("chooser.address")), entry)
	if u.Detect != nil { // say what leaves the computer, and who can stop it
		box.Add(&widget.Label{Text: u.t("chooser.privacy"), Wrapping: fyne.TextWrapWord, SizeName: theme.SizeNameCaptionText})
	}
	return box, entry, reason
}

// lookup is one online check of a typed address's domain. Its answer is
// used only if nothing changed while it was asked: no new keystroke, no
// account picked by hand, the chooser still on show.
type lookup struct {
	cancel  context.CancelFunc
	account guide.Account // the answer on screen when it was asked
}

// ask checks a domain off the UI thread, a moment after the last key, and
// hands the answer back through fyne.Do. No answer means the person simply
// chooses.
func (u *UI) ask(domain string, found func(detect.Suggestion), none func()) {
	ctx, cancel := context.WithCancel(context.Background())
	l := &lookup{cancel: cancel, account: u.answers.account}
	u.lookup = l
	u.tasks.Add(1)
	go func() {
		defer u.tasks.Done()
		select {
		case <-time.After(u.LookupDelay):
		case <-ctx.Done():
			return
		}
		s, ok := u.Detect(ctx, domain)
		fyne.Do(func() {
			if u.lookup != l || ctx.Err() != nil || u.answers.account != l.account {
				return // an answer to a question nobody is asking any more
			}
			u.lookup = nil
			if ok {
				found(s)
			} else {
				none()
			}
		})
	}()
}

// stopLookup cancels the online check under way, if any.
func (u *UI) stopLookup() {
	if u.lookup != nil {
		u.lookup.cancel()
		u.lookup = nil
	}
}

// accountChoices shows each account kind with its examples, and gives a
// function that picks one for the person, as a suggestion does. A pick by
// the person's own hand ends any online check: their choice wins.
func (u *UI) accountChoices(changed func()) (fyne.CanvasObject, func(guide.Account)) {
	rows := make([]fyne.CanvasObject, len(guide.Accounts))
	choices := make([]*choice, len(guide.Accounts))
	pick := func(a guide.Account) {
		u.answers.account = a
		for i, k := range guide.Accounts {
			choices[i].SetSelected(k.ID == a)
		}
		changed()
	}
	for i, k := range guide.Accounts {
		id := k.ID
		choices[i] = u.newChoice(u.say(k.Name()), u.say(k.Examples()), func() {
			u.stopLookup()
			pick(id)
		})
		choices[i].Selected = id == u.answers.account
		rows[i] = choices[i]
	}
	return container.NewVBox(rows...), pick
}

// needChoices shows a check box for each need.
func (u *UI) needChoices(changed func()) fyne.CanvasObject {
	var boxes []fyne.CanvasObject
	for _, k := range guide.Needs {
		id := k.ID
		c := u.check(u.say(k.Name()), func(on bool) {
			u.answers.set(id, on)
			changed()
		})
		c.Checked = u.answers.needs[id]
		boxes = append(boxes, c)
	}
	return container.NewVBox(boxes...)
}
