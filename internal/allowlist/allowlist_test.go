package allowlist

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	l := New("biometria.se", "outlook.com")
	cases := []struct {
		name string
		raw  string
		want error // nil: opened
	}{
		{"guide_start", "https://www.biometria.se/", nil},
		{"subdomain", "https://aktiveramfa.biometria.se/", nil},
		{"bare_host", "https://biometria.se", nil},
		{"upper_case_host", "https://WWW.Biometria.SE/", nil},
		{"explicit_443", "https://www.biometria.se:443/x", nil},
		{"query_and_fragment", "https://www.biometria.se/a?b=c#d", nil},
		{"http", "http://www.biometria.se/", errScheme},
		{"file", "file:///etc/passwd", errScheme},
		{"javascript", "javascript:alert(1)", errScheme},
		{"data", "data:text/html,<b>hi</b>", errScheme},
		{"no_scheme", "www.biometria.se", errScheme},
		{"other_host", "https://evil.example/", errHost},
		{"suffix_trick", "https://evilbiometria.se/", errHost},
		{"host_as_subdomain_of_other", "https://biometria.se.evil.example/", errHost},
		{"user_info", "https://www.biometria.se@evil.example/", errUserInfo},
		{"user_info_listed_host", "https://user:pw@www.biometria.se/", errUserInfo},
		{"cyrillic_lookalike", "https://www.biometriа.se/", errControl},
		{"space", "https://www.biometria.se/ x", errControl},
		{"newline", "https://www.biometria.se/\nx", errControl},
		{"tab", "https://www.biometria.se/\tx", errControl},
		{"nul", "https://www.biometria.se/\x00", errControl},
		{"other_port", "https://www.biometria.se:8443/", errHost},
		{"too_long", "https://www.biometria.se/" + strings.Repeat("a", MaxLen), errTooLong},
		{"empty", "", errScheme},
		{"backslash_host", "https://evil.example\\@www.biometria.se/", errControl},
		{"backslash_path", "https://www.biometria.se/\\evil.example", errControl},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := l.Check(c.raw)
			if !errors.Is(err, c.want) { // nil is nil only
				t.Errorf("Check(%q) = %v, want %v", c.raw, err, c.want)
			}
		})
	}
}

func FuzzCheck(f *testing.F) {
	for _, s := range []string{"https://www.biometria.se/", "http://x", "https://a@b.biometria.se", "javascript:x"} {
		f.Add(s)
	}
	l := New("biometria.se")
	f.Fuzz(func(t *testing.T, raw string) {
		if l.Check(raw) != nil {
			return
		}
		// Whatever passes must be https on a listed host, with no tricks.
		if !strings.HasPrefix(strings.ToLower(raw), "https://") {
			t.Fatalf("passed without https: %q", raw)
		}
		u, err := url.Parse(raw)
		if err != nil || u.User != nil || strings.ContainsAny(raw, " \t\r\n\\") {
			t.Fatalf("passed with a disguise: %q", raw)
		}
		if h := strings.ToLower(u.Hostname()); h != "biometria.se" && !strings.HasSuffix(h, ".biometria.se") {
			t.Fatalf("passed for host %q: %q", h, raw)
		}
	})
}

// On sign-in hosts only plain pages open: the consent-phishing shapes (a
// logout that sends the person on, an authorize link with a foreign
// redirect) are refused; on other hosts any path is fine.
func TestSignInHostsOpenOnlyPlainPages(t *testing.T) {
	l := New("biometria.se", "login.microsoftonline.com", "accounts.google.com").SignIn("login.microsoftonline.com", "accounts.google.com")
	for _, bad := range []string{
		"https://login.microsoftonline.com/common/oauth2/v2.0/logout?post_logout_redirect_uri=https://evil.example/",
		"https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=x&redirect_uri=https://evil.example/",
		"https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
		"https://accounts.google.com/o/oauth2/v2/auth?redirect_uri=https://evil.example/",
		"https://accounts.google.com/signin?continue=https://evil.example/",
		"https://login.microsoftonline.com/#redirect=https://evil.example/",
		"https://login.microsoftonline.com/?",
	} {
		if err := l.Check(bad); !errors.Is(err, errSignIn) {
			t.Errorf("%s: %v, want %v", bad, err, errSignIn)
		}
	}
	for _, good := range []string{
		"https://login.microsoftonline.com/",
		"https://accounts.google.com/",
		"https://www.biometria.se/mina-sidor/?tab=1#top",
	} {
		if err := l.Check(good); err != nil {
			t.Errorf("%s: %v", good, err)
		}
	}
}

// Lists made from one list keep their own sign-in hosts: adding to one
// never changes another.
func TestSignInMakesANewList(t *testing.T) {
	// Three hosts added in two goes: with append, the slice would have
	// room for a fourth, which both lists below would then share.
	base := New("a.example", "b.example", "c.example").SignIn("a.example", "x.example").SignIn("y.example")
	withB := base.SignIn("b.example")
	withC := base.SignIn("c.example")
	if err := withB.Check("https://b.example/?x"); !errors.Is(err, errSignIn) {
		t.Errorf("b: %v", err)
	}
	if err := withB.Check("https://c.example/?x"); err != nil {
		t.Errorf("adding c to the base list changed the list with b: %v", err)
	}
	if err := withC.Check("https://b.example/?x"); err != nil || base.Check("https://c.example/?x") != nil {
		t.Errorf("lists share their sign-in hosts: %v", err)
	}
}

// corpus reads one address a line from testdata/corpus, skipping comments.
func corpus(t *testing.T, name string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "corpus", name))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}

// Every address of the corpus gets the answer it must: a sign-in path
// spelt with percent-encoding, dots or capitals is still that path.
func TestCorpus(t *testing.T) {
	l := New("biometria.se", "outlook.com", "login.microsoftonline.com", "accounts.google.com", "login.live.com").
		SignIn("outlook.com", "login.microsoftonline.com", "accounts.google.com", "login.live.com")
	for _, bad := range corpus(t, "refused.txt") {
		if err := l.Check(bad); !errors.Is(err, errSignIn) {
			t.Errorf("%s: %v, want %v", bad, err, errSignIn)
		}
	}
	for _, good := range corpus(t, "allowed.txt") {
		if err := l.Check(good); err != nil {
			t.Errorf("%s: %v", good, err)
		}
	}
}
