package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
)

// The screens show the guide's own advice in a card under its label, and
// Biometria's facts without one, because each text's mark says which it
// is: every text and help of every step, on each path, and the
// recommendation's and done screen's, in every language.
func TestAdviceIsShownUnderItsLabel(t *testing.T) {
	cases := []struct {
		account guide.Account
		needs   []guide.Need
	}{
		{guide.WorkMicrosoft, []guide.Need{guide.NeedVIOL3}},
		{guide.NoAddress, []guide.Need{guide.NeedIntegration}},
		{guide.GoogleAccount, []guide.Need{guide.NeedIntegration, guide.NeedHuvudkod}},
		{guide.GoogleAccount, []guide.Need{guide.NeedVIOL3}},
	}
	for _, l := range i18n.Langs {
		for _, c := range cases {
			t.Run(fmt.Sprintf("%s_%s_%v", l, c.account, c.needs), func(t *testing.T) {
				h := start(t, t.TempDir(), l)
				h.walkShowing(l, c.account, c.needs)
			})
		}
	}
}

// walkShowing goes through the path of account and needs, checking at
// each screen that what it says is labelled as its marks say.
func (h *harness) walkShowing(l i18n.Lang, a guide.Account, needs []guide.Need) {
	h.t.Helper()
	say := func(t i18n.Text) string { return h.ui.Texts.Say(l, t) }
	tr := func(key string) string { return h.ui.t(key) }
	h.tap(tr("welcome.start"))
	h.typeInto(tr("name.placeholder"), "Anna")
	h.tap(tr("nav.next"))
	h.radio(say(guide.KindOf(a).Name()))
	for _, n := range needs {
		for _, k := range guide.Needs {
			if k.ID == n {
				h.check(say(k.Name()))
			}
		}
	}
	h.tap(tr("nav.next"))
	c, _ := guide.Choose(a, needs)
	h.showsAsMarked("recommendation", tr("recommend.advice"), append([]i18n.Text{c.Reason, c.Advice}, guide.Preconditions...)...)
	h.tap(tr("recommend.start"))
	for {
		step := h.ui.session.Journey.Step()
		texts := step.Texts()
		for _, hp := range step.Help {
			texts = append(texts, hp.Texts()...)
		}
		h.showsAsMarked(step.ID, tr("step.tip"), texts...)
		if step.MFA {
			break
		}
		h.tap(tr("step.done"))
	}
	h.check(tr("mfa.confirm"))
	h.tap(tr("mfa.finish"))
	h.tap(tr("mfa.dialog.yes"))
	h.showsAsMarked("done", tr("recommend.advice"), i18n.Key("done.next.body"), i18n.Key("done.next.tip"), i18n.Key("done.next.other"))
}

// showsAsMarked fails unless every text that the screen shows is in a card
// under label when it is advice, and outside any such card when it is
// not; the preconditions, which are a list, carry the label before them.
func (h *harness) showsAsMarked(where, label string, texts ...i18n.Text) {
	h.t.Helper()
	inCards, plain := h.labelTexts(label)
	for _, tx := range texts {
		if tx.IsZero() {
			continue
		}
		s := h.ui.words().say(tx)
		first, _, _ := strings.Cut(s, "\n\n")
		advice := guide.IsAdvice(tx)
		switch {
		case advice && (inCards[first] || plain[label+": "+first]):
		case !advice && plain[first]:
		case !inCards[first] && !plain[first] && !plain[label+": "+first]:
			if where != "done" { // the done screen says one of its two
				h.t.Errorf("%s: %q is not on screen", where, first)
			}
		case advice:
			h.t.Errorf("%s: the guide's advice %q is shown without its label %q", where, first, label)
		default:
			h.t.Errorf("%s: %q, which is no advice, is shown under the label %q", where, first, label)
		}
	}
}

// labelTexts are the texts of the labels on screen, opened or not: those
// in a card whose title is label, and the others.
func (h *harness) labelTexts(label string) (inCards, plain map[string]bool) {
	inCards, plain = map[string]bool{}, map[string]bool{}
	for _, o := range h.objects() {
		switch x := o.(type) {
		case *widget.Card:
			labels := cardLabels(x)
			if len(labels) > 0 && labels[0] == label {
				for _, s := range labels[1:] {
					inCards[s] = true
				}
			}
		case *widget.Label:
			plain[x.Text] = true
		}
	}
	for s := range inCards {
		delete(plain, s)
	}
	return inCards, plain
}

// cardLabels are the texts of a card's labels, in order.
func cardLabels(c *widget.Card) []string {
	var out []string
	for _, o := range test.LaidOutObjects(c) {
		if l, ok := o.(*widget.Label); ok {
			out = append(out, l.Text)
		}
	}
	return out
}
