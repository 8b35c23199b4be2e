package kit

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/biometria/kontoguiden/internal/allowlist"
	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
)

// Checklist gives a path's steps with this office's addresses in place,
// and its support named in the help as whom to ask at the computer.
func (k Kit) Checklist(p guide.PathID, o guide.Options) ([]guide.Step, error) {
	steps, err := guide.Checklist(p, o)
	for i, s := range steps {
		if url, ok := k.Addresses[s.ID]; ok {
			steps[i].URL = url
		}
	}
	if who := k.Support.Who(); who != "" {
		steps = guide.WithSupport(steps, i18n.Lit(who))
	}
	return steps, err
}

// Allowed is the allow-list of addresses: the guide's hosts, and only the
// front page of its sign-in hosts. Every address the app opens, and every
// one a kit may set, passes it.
func Allowed() allowlist.List {
	return allowlist.New(guide.AllowedHosts...).SignIn(guide.SignInHosts...)
}

// Online reports whether the chooser may look an address's domain up.
func (k Kit) Online() bool { return k.OnlineCheck == nil || *k.OnlineCheck }

// Describe prints what the app will use from this kit, for "kit check".
func (k Kit) Describe(w io.Writer) {
	or := func(s, dflt string) string {
		if s == "" {
			return dflt
		}
		return s
	}
	fmt.Fprintf(w, "Office:        %s\n", or(k.Office, "(none)"))
	fmt.Fprintf(w, "Language:      %s\n", or(string(k.Language), "the system's (Swedish unless English)"))
	service := k.Service.Label() // the first service when none is set
	if k.Service == "" {
		service += " (default)"
	}
	fmt.Fprintf(w, "Service:       %s\n", service)
	fmt.Fprintf(w, "Support:       %s\n", or(k.Support.Details(), "(none)"))
	fmt.Fprintf(w, "Online check:  %v\n", k.Online())
	for _, d := range slices.Sorted(maps.Keys(k.Domains)) {
		fmt.Fprintf(w, "Domain:        %s → %s\n", d, k.Domains[d])
	}
	for _, id := range slices.Sorted(maps.Keys(k.Addresses)) {
		fmt.Fprintf(w, "Address:       step %s → %s\n", id, k.Addresses[id])
	}
}

// Details are every way the kit gives to reach its support, as one line:
// "IT-supporten, 000-000 00 00, it@skog.se, vardagar 8–16".
func (s Support) Details() string {
	return strings.Join(nonEmpty(s.Name, s.Phone, s.Email, s.Hours), ", ")
}

// Who names the support in a sentence: its name and a way to reach it,
// "IT-supporten (000-000 00 00)"; "" when the kit names none.
func (s Support) Who() string {
	reach := nonEmpty(s.Phone, s.Email)
	switch {
	case len(reach) == 0:
		return s.Name
	case s.Name == "":
		return reach[0]
	}
	return s.Name + " (" + reach[0] + ")"
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
