// Package detect suggests which kind of account an e-mail address is, so
// that a person need not know what "a work account from Microsoft" means.
// A suggestion always carries its reason and the person may change it.
package detect

import (
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
)

// Suggestion is a likely account kind and why.
type Suggestion struct {
	Account guide.Account
	Reason  i18n.Text
}

// Domain returns the lower-cased part after the last @, or "" when the
// address has none yet.
func Domain(address string) string {
	at := strings.LastIndexByte(address, '@')
	if at < 0 {
		return ""
	}
	d := strings.ToLower(strings.TrimSpace(address[at+1:]))
	d = strings.TrimSuffix(d, ".")
	if !strings.Contains(d, ".") || strings.ContainsAny(d, " @/\\") || strings.ContainsFunc(d, invisible) {
		return ""
	}
	return d
}

// invisible reports whether r is a control, formatting or separator
// character that no domain has and a terminal or a screen may act on.
func invisible(r rune) bool {
	return unicode.In(r, unicode.Cc, unicode.Cf, unicode.Zl, unicode.Zp, unicode.Co, unicode.Cs) || unicode.IsSpace(r)
}

// Complete reports whether a domain looks finished being typed: its last
// part is two letters or more ("gunillapersson.s" is not yet), so that an
// online check asks about a real domain, not every keystroke's.
func Complete(domain string) bool {
	i := strings.LastIndexByte(domain, '.')
	if i < 1 || len(domain)-i-1 < 2 {
		return false
	}
	for _, r := range domain[i+1:] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// Offline answers from what is known without asking anyone: the office's
// own domains first, then the well-known consumer ones. Of the office's
// domains the longest that fits wins, so that student.skog.se says more
// than skog.se, the same every time.
func Offline(address string, office map[string]guide.Account) (Suggestion, bool) {
	d := Domain(address)
	if d == "" {
		return Suggestion{}, false
	}
	if od, ok := officeDomain(d, office); ok {
		// The office's own domain is named, not a subdomain the kit never listed.
		return Suggestion{office[od], reasonOffice.With("domain", od).With("kind", guide.KindOf(office[od]).Name())}, true
	}
	switch {
	case googleConsumer[d]:
		return Suggestion{guide.GoogleAccount, reasonGoogle.With("domain", d)}, true
	case microsoftConsumer[d] || isMicrosoftConsumer(d):
		return Suggestion{guide.PrivateMicrosoft, reasonMicrosoft.With("domain", d)}, true
	case providers[d]:
		return Suggestion{guide.OtherAddress, reasonProvider.With("domain", d)}, true
	}
	return Suggestion{}, false
}

// officeDomain is the longest of the office's domains that d is or is
// under; ties cannot happen, as two equally long domains that both fit
// are the same domain.
func officeDomain(d string, office map[string]guide.Account) (string, bool) {
	best := ""
	for od := range office {
		if (d == od || strings.HasSuffix(d, "."+od)) && len(od) > len(best) {
			best = od
		}
	}
	return best, best != ""
}

// Unfinished reports whether domain may still be on its way to one the
// guide knows without asking anyone: "bredband.ne" before "bredband.net".
// Such a domain is never looked up online, however long the person waits.
func Unfinished(domain string, office map[string]guide.Account) bool {
	if domain == "" {
		return false
	}
	startOf := func(known string) bool { return len(known) > len(domain) && strings.HasPrefix(known, domain) }
	for _, set := range []map[string]bool{providers, googleConsumer, microsoftConsumer} {
		for known := range set {
			if startOf(known) {
				return true
			}
		}
	}
	for od := range office {
		// An office domain's subdomains are known too: "student.sk" may
		// become student.skog.se.
		if startOf(od) || isStartUnder(domain, od) {
			return true
		}
	}
	return false
}

// Misspelt says which well-known domain d is likely a slip of the keys
// for: one letter wrong, missing, extra or two swapped ("gmial.com" for
// gmail.com). Only domains long enough for that to be telling count, so
// that live.se does not make love.se a slip.
func Misspelt(d string) (string, bool) {
	if d == "" || knownDomain(d) {
		return "", false
	}
	for _, set := range []map[string]bool{googleConsumer, microsoftConsumer} {
		for _, k := range slices.Sorted(maps.Keys(set)) {
			if len(k) >= 9 && oneSlip(d, k) {
				return k, true
			}
		}
	}
	return "", false
}

// knownDomain reports whether the guide knows d without asking anyone.
func knownDomain(d string) bool {
	return providers[d] || googleConsumer[d] || microsoftConsumer[d] || isMicrosoftConsumer(d)
}

// oneSlip reports whether a and b differ by one letter changed, added,
// dropped, or two neighbours swapped.
func oneSlip(a, b string) bool {
	if a == b || len(a)-len(b) > 1 || len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	switch {
	case len(a) == len(b):
		return a[i+1:] == b[i+1:] || (i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:])
	case len(a) > len(b):
		return a[i+1:] == b[i:]
	default:
		return a[i:] == b[i+1:]
	}
}

// isStartUnder reports whether domain may become a subdomain of od:
// "student.sk" on the way to "student.skog.se".
func isStartUnder(domain, od string) bool {
	_, rest, ok := strings.Cut(domain, ".")
	for ok {
		if rest != od && strings.HasPrefix(od, rest) {
			return true
		}
		_, rest, ok = strings.Cut(rest, ".")
	}
	return false
}

// isMicrosoftConsumer matches outlook.*, hotmail.* and live.* in any
// country: outlook.com, hotmail.se, live.co.uk.
func isMicrosoftConsumer(d string) bool {
	first, rest, _ := strings.Cut(d, ".")
	if first != "outlook" && first != "hotmail" && first != "live" {
		return false
	}
	return rest != "" && strings.Count(rest, ".") <= 1 && len(rest) <= 6
}

// providers are well-known Swedish internet providers' and other mail
// services' domains, the kind the chooser itself names as examples of
// "another address": neither Microsoft's nor Google's, so no need to ask.
var providers = map[string]bool{
	"telia.com": true, "bredband.net": true, "comhem.se": true, "tele2.se": true,
	"bahnhof.se": true, "spray.se": true, "passagen.se": true, "home.se": true,
	"swipnet.se": true, "glocalnet.net": true, "ownit.se": true, "bredband2.com": true,
	"yahoo.com": true, "yahoo.se": true, "icloud.com": true, "me.com": true,
	"aol.com": true, "mail.com": true, "proton.me": true, "protonmail.com": true,
}

// googleConsumer are Gmail's domains: the instruction's personal Google
// account.
var googleConsumer = map[string]bool{"gmail.com": true, "googlemail.com": true}

// microsoftConsumer are the commonest of Microsoft's consumer domains,
// spelt out so that the start of one is never looked up; isMicrosoftConsumer
// knows the rest.
var microsoftConsumer = map[string]bool{
	"outlook.com": true, "outlook.se": true, "hotmail.com": true, "hotmail.se": true,
	"live.com": true, "live.se": true, "msn.com": true,
}

// Reasons are every reason a suggestion may give, unfilled, with the
// online ones or without: a screen that keeps room for the longest needs
// them all.
func Reasons(online bool) []i18n.Text {
	out := []i18n.Text{reasonProvider, reasonOffice, reasonGoogle, reasonMicrosoft}
	if online {
		out = append(out, reasonTenant, reasonGoogleMail, reasonNeither)
	}
	return out
}

// The reasons of the offline suggestions; {domain} is the address's.
var (
	reasonProvider  = i18n.Key("suggest.provider")
	reasonOffice    = i18n.Key("suggest.office") // {kind}: the office's kind for it
	reasonGoogle    = i18n.Key("suggest.google")
	reasonMicrosoft = i18n.Key("suggest.microsoft")
)
