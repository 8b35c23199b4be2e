package guide

import "github.com/biometria/kontoguiden/internal/i18n"

// Case is one row of the instruction's section 4 as a page that shows
// every path lists it: a kind of account and, where the way depends on
// it, what the person will do.
type Case struct {
	Account Account
	Need    Need // "" where the way is the same whatever the person does
}

// Cases are every kind of account once, and the Google account once for
// each need that changes its way: without follow-up, with follow-up, and
// for the integration specifications (where the way is the guide's choice).
var Cases = []Case{
	{Account: WorkMicrosoft},
	{Account: PrivateMicrosoft},
	{Account: GoogleAccount, Need: NeedVIOL3},
	{Account: GoogleAccount, Need: NeedFollowup},
	{Account: GoogleAccount, Need: NeedIntegration},
	{Account: OtherAddress},
	{Account: NoAddress},
}

// Choice is the way for the case, as Choose gives it: for its need, or
// for VIOL 3 where the way does not depend on the need.
func (c Case) Choice() Choice {
	n := c.Need
	if n == "" {
		n = NeedVIOL3
	}
	choice, _ := Choose(c.Account, []Need{n}) // every case is a valid answer
	return choice
}

// Name says the case: the kind of account, and what the person will do
// where that changes the way.
func (c Case) Name() i18n.Text {
	switch c.Need {
	case "":
		return KindOf(c.Account).Name()
	case NeedVIOL3: // VIOL 3 alone: the row of the table with follow-up is another
		return i18n.Joined(": ", KindOf(c.Account).Name(), i18n.Key("case.viol3-only"))
	}
	return i18n.Joined(": ", KindOf(c.Account).Name(), NeedKind{c.Need}.Name())
}
