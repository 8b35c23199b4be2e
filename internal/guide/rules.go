package guide

import (
	"slices"

	"github.com/biometria/kontoguiden/internal/i18n"
)

// rule is one row of the instruction's section 4, or the guide's own
// choice where the instruction is silent. Rules are tried in order; a rule
// with anyOf fits only when the person needs one of those things. Its
// words are rule.<id>.reason and, for the guide's own choice,
// rule.<id>.advice.
type rule struct {
	id      string
	account Account
	anyOf   []Need
	path    PathID
	// covers are the needs the instruction's row speaks of. Its reason,
	// with {what} filled from the person's own needs among them, is the
	// instruction's word; a rule that covers none of them is the guide's
	// choice, and says so in its advice.
	covers []Need
	// always: the reason holds whatever the needs, as having no address
	// at all does; a huvudkod alone then only adds the guide's advice.
	always bool
}

func (r rule) reason() i18n.Text { return i18n.Key("rule." + r.id + ".reason") }
func (r rule) advice() i18n.Text { return i18n.Key("rule." + r.id + ".advice") }

// VIOL 3's follow-up (the report portal) is one of its services: the rows
// that speak of VIOL 3 speak of it too.
var (
	viol3OrIntegration = []Need{NeedVIOL3, NeedFollowup, NeedIntegration}
	followupOnly       = []Need{NeedFollowup}
	viol3Only          = []Need{NeedVIOL3}
)

var rules = []rule{
	{id: "work-microsoft", account: WorkMicrosoft, path: PathEmail, covers: viol3OrIntegration},
	{id: "private-microsoft", account: PrivateMicrosoft, path: PathMicrosoft, covers: viol3OrIntegration},
	{id: "google-followup", account: GoogleAccount, anyOf: followupOnly, path: PathMicrosoftActivation, covers: followupOnly},
	{id: "google-integration", account: GoogleAccount, anyOf: []Need{NeedIntegration}, path: PathMicrosoftActivation},
	{id: "google", account: GoogleAccount, path: PathGoogle, covers: viol3Only},
	{id: "other", account: OtherAddress, path: PathMicrosoftActivation, covers: viol3OrIntegration},
	{id: "none", account: NoAddress, path: PathMicrosoft, covers: viol3OrIntegration, always: true},
}

// Where the person needs a huvudkod or the behörighetsansvarig role: the
// instruction's section 1.1 names it as a reason to self-register, but its
// section 4 does not say which way to take for it.
var (
	huvudkodOnly = rule{id: "huvudkod-only"}
	huvudkodAlso = rule{id: "huvudkod-also"}
)

// phrase says what a person with need n will do, for {what}.
func phrase(n Need) i18n.Text { return i18n.Key("need." + string(n) + ".phrase") }

// reasonFor writes the reason and the advice of rule r for these needs:
// the instruction's word for what it covers, the guide's for the rest.
func (r rule) reasonFor(needs []Need, button string) (reason, advice i18n.Text) {
	var what []i18n.Text
	for _, n := range NeedIDs() { // in the chooser's order
		if slices.Contains(needs, n) && slices.Contains(r.covers, n) {
			what = append(what, phrase(n))
		}
	}
	switch {
	case len(r.covers) == 0: // the guide's own choice, with its reasons
		return r.reason(), r.advice()
	case len(what) == 0 && r.always: // only a huvudkod, and no address yet
		return r.reason(), huvudkodOnly.advice().With("button", button)
	case len(what) == 0: // only a huvudkod: the instruction is silent
		return huvudkodOnly.reason(), huvudkodOnly.advice().With("button", button)
	}
	reason = r.reason().With("what", i18n.List(what...))
	if slices.Contains(needs, NeedHuvudkod) {
		advice = huvudkodAlso.advice()
	}
	return reason, advice
}
