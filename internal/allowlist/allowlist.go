// Package allowlist decides which web addresses Kontoguiden may hand to the
// browser: https only, on a known host, and nothing that could disguise
// where the browser really goes.
package allowlist

import (
	"errors"
	"fmt"
	"net/url"
	"path"
	"slices"
	"strings"
	"unicode"
)

// MaxLen is the longest address accepted; the guide's are far shorter, and
// a very long one is more likely a trick than a page.
const MaxLen = 2048

// List is a set of allowed hosts. A host also allows its subdomains.
type List struct {
	hosts []string
	// signIn are hosts where an address could carry a sign-in request on
	// someone else's behalf: only plain pages are allowed there.
	signIn []string
}

// New makes a list of the given hosts, lower-cased.
func New(hosts ...string) List {
	return List{hosts: lower(hosts)}
}

// SignIn marks hosts (and their subdomains) where signing in happens, such
// as Microsoft's and Google's: there, an address with a query, a fragment
// or a path under an OAuth endpoint is refused, since that is how a link
// asks for consent or sends the person on to another site afterwards.
func (l List) SignIn(hosts ...string) List {
	l.signIn = slices.Concat(l.signIn, lower(hosts)) // a new slice: l's copies stay as they were
	return l
}

// lower is hosts as they are compared: trimmed and lower-cased.
func lower(hosts []string) []string {
	out := make([]string, len(hosts))
	for i, h := range hosts {
		out[i] = strings.ToLower(strings.TrimSpace(h))
	}
	return out
}

// Errors that say why an address was refused. Nobody outside tells them
// apart (the opener logs the words), so they are not exported; the tests
// check that each address is refused for its own reason.
var (
	errTooLong  = errors.New("the address is too long")
	errControl  = errors.New("the address has spaces, backslashes or control characters")
	errScheme   = errors.New("only https addresses are opened")
	errUserInfo = errors.New("the address hides a user name before the host")
	errHost     = errors.New("the host is not on the allow-list")
	errSignIn   = errors.New("on a sign-in host, only the front page is opened: no path, no query, no fragment")
)

// Check returns nil if raw may be opened, or an error that says why not.
func (l List) Check(raw string) error {
	if err := screen(raw); err != nil {
		return err
	}
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("the address cannot be read: %w", err)
	}
	if u.Scheme != "https" || u.Opaque != "" {
		return errScheme
	}
	if u.User != nil || strings.Contains(u.Host, "@") {
		return errUserInfo
	}
	if p := u.Port(); p != "" && p != "443" {
		return fmt.Errorf("%w: port %s", errHost, p)
	}
	if !matches(l.hosts, u.Hostname()) {
		return fmt.Errorf("%w: %s", errHost, u.Hostname())
	}
	if matches(l.signIn, u.Hostname()) && !plainPage(u) {
		return errSignIn
	}
	return nil
}

// plainPage reports whether u is the host's front page and nothing more:
// no query, no fragment, no path. Sign-in hosts have endpoints enough
// (oauth2, logout.srf, saml2, adminconsent, post.srf, …) that a list of
// bad ones is always one behind; the guide never needs more than the front
// page there, so nothing else is opened. Encoded or dotted spellings of a
// path are paths too.
func plainPage(u *url.URL) bool {
	if u.RawQuery != "" || u.ForceQuery || u.Fragment != "" || strings.Contains(u.EscapedPath(), "%") {
		return false
	}
	return path.Clean("/"+u.Path) == "/"
}

// screen refuses what no address of the guide's has: great length, and
// spaces, control characters, non-ASCII letters or backslashes. Browsers
// read a backslash as a slash, which can move where the host ends.
func screen(raw string) error {
	if len(raw) > MaxLen {
		return errTooLong
	}
	if strings.IndexFunc(raw, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r) || r > unicode.MaxASCII || r == '\\'
	}) >= 0 {
		return errControl
	}
	return nil
}

// matches reports whether host is one of hosts or a subdomain of one.
// Non-ASCII hosts never get here (Check refuses them), so look-alike
// Unicode letters cannot pass as a listed host.
func matches(hosts []string, host string) bool {
	host = strings.ToLower(host)
	for _, h := range hosts {
		if host != "" && h != "" && (host == h || strings.HasSuffix(host, "."+h)) {
			return true
		}
	}
	return false
}
