package guide

import (
	"errors"
	"fmt"
	"slices"

	"github.com/biometria/kontoguiden/internal/i18n"
)

// Account is the kind of e-mail address or account a person already has.
type Account string

// The kinds of account of the instruction's section 3, plus having none.
const (
	WorkMicrosoft    Account = "work-microsoft"
	PrivateMicrosoft Account = "private-microsoft"
	GoogleAccount    Account = "google"
	OtherAddress     Account = "other"
	NoAddress        Account = "none"
)

// Need is something the person will use their Biometria account for.
type Need string

// The reasons to self-register (the instruction's sections 1.1 and 4).
const (
	NeedVIOL3       Need = "viol3"
	NeedFollowup    Need = "followup"    // the report portal, "uppföljning"
	NeedIntegration Need = "integration" // integration specifications
	NeedHuvudkod    Need = "huvudkod"    // ordering a huvudkod or the role behörighetsansvarig
)

// PathID names one of the four registration paths.
type PathID string

// The paths of the instruction's sections 5 to 8.
const (
	PathEmail               PathID = "email"
	PathMicrosoft           PathID = "microsoft"
	PathMicrosoftActivation PathID = "microsoft-activation"
	PathGoogle              PathID = "google"
)

// Choice is the path a person should take and why.
type Choice struct {
	Path PathID
	// Reason is what Biometria's instruction says for this case.
	Reason i18n.Text
	// Advice is the guide's own reasoning where the instruction is silent;
	// zero where it is not. Screens and printouts show it as advice.
	Advice i18n.Text
	// Options adapt the path's steps to this person.
	Options Options
}

// Options adapt a path's steps to a person.
type Options struct {
	// Service is what they pick under Mina sidor.
	Service Service `json:"service,omitempty"`
	// CreateAddress adds a first step: make an address at Outlook.com, as
	// Biometria recommends to those who have none.
	CreateAddress bool `json:"createAddress,omitempty"`
}

// ErrNoNeed says that the person has not said what they need.
var ErrNoNeed = errors.New("pick at least one need: " + joinValues(NeedIDs()))

// Choose picks the registration path for an account kind and a set of needs,
// as the instruction's section 4 says.
func Choose(a Account, needs []Need) (Choice, error) {
	if _, err := ParseAccount(string(a)); err != nil {
		return Choice{}, err
	}
	if len(needs) == 0 {
		return Choice{}, ErrNoNeed
	}
	for _, n := range needs {
		if _, err := ParseNeed(string(n)); err != nil {
			return Choice{}, err
		}
	}
	rule := pickRule(a, needs)
	p, _ := Lookup(rule.path)
	reason, advice := rule.reasonFor(needs, p.Button)
	return Choice{
		Path:    rule.path,
		Reason:  reason,
		Advice:  advice,
		Options: Options{Service: ServiceFor(needs), CreateAddress: a == NoAddress},
	}, nil
}

// pickRule finds the first rule of the table that fits.
func pickRule(a Account, needs []Need) rule {
	for _, r := range rules {
		if r.account != a {
			continue
		}
		if len(r.anyOf) == 0 || slices.ContainsFunc(needs, func(n Need) bool { return slices.Contains(r.anyOf, n) }) {
			return r
		}
	}
	panic(fmt.Sprintf("guide: no rule for account %q", a)) // the table covers every account
}

// UsesVIOL3 reports whether the person will use VIOL 3: its follow-up in
// the report portal is one of VIOL 3's services. Only then does the guide
// speak of VIOL 3 and its permissions when the account is ready.
func UsesVIOL3(needs []Need) bool {
	return slices.Contains(needs, NeedVIOL3) || slices.Contains(needs, NeedFollowup)
}

// ServiceFor says which entry under Mina sidor leads to sign-up: the
// integration specifications when that is all the person needs, otherwise
// VIOL 3's production environment.
func ServiceFor(needs []Need) Service {
	if len(needs) > 0 && !slices.ContainsFunc(needs, func(n Need) bool { return n != NeedIntegration }) {
		return ServiceIntegration
	}
	return ServiceProduction
}

// ParseAccount accepts an account kind's ID.
func ParseAccount(s string) (Account, error) { return parseID("account kind", s, AccountIDs()) }

// ParseNeed accepts a need's ID.
func ParseNeed(s string) (Need, error) { return parseID("need", s, NeedIDs()) }

// ParsePath accepts a path's ID.
func ParsePath(s string) (PathID, error) { return parseID("path", s, PathIDs()) }

// AccountIDs lists the account kinds in the order the chooser shows them.
func AccountIDs() []Account { return ids(Accounts, func(a AccountKind) Account { return a.ID }) }

// NeedIDs lists the needs in the order the chooser shows them.
func NeedIDs() []Need { return ids(Needs, func(n NeedKind) Need { return n.ID }) }

// PathIDs lists the paths in the instruction's order.
func PathIDs() []PathID { return ids(Paths, func(p Path) PathID { return p.ID }) }

// ServiceIDs lists the entries of Mina sidor the guide knows.
func ServiceIDs() []Service { return ids(Services, func(k ServiceKind) Service { return k.ID }) }

func ids[T any, I any](xs []T, id func(T) I) []I {
	out := make([]I, len(xs))
	for i, x := range xs {
		out[i] = id(x)
	}
	return out
}
