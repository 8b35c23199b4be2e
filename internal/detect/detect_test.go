package detect

import (
	"strings"
	"testing"

	"github.com/biometria/kontoguiden/internal/guide"
)

func TestOffline(t *testing.T) {
	office := map[string]guide.Account{"storaskogsbolaget.se": guide.WorkMicrosoft}
	cases := []struct {
		address string
		want    guide.Account
		ok      bool
	}{
		{"bjoljo01@storaskogsbolaget.se", guide.WorkMicrosoft, true},
		{"anna@sundsvall.storaskogsbolaget.se", guide.WorkMicrosoft, true},
		{"ANNA@GMAIL.COM", guide.GoogleAccount, true},
		{"anna@googlemail.com", guide.GoogleAccount, true},
		{"anna@outlook.com", guide.PrivateMicrosoft, true},
		{"anna@hotmail.se", guide.PrivateMicrosoft, true},
		{"anna@live.co.uk", guide.PrivateMicrosoft, true},
		{"anna@msn.com", guide.PrivateMicrosoft, true},
		{"anna@outlook.storaskogen.example.com", "", false},
		{"anna@liveandlearn.se", "", false},
		{"anna@telia.com", guide.OtherAddress, true}, // the chooser's own examples
		{"anna@bredband.net", guide.OtherAddress, true},
		{"anna@mail.telia.com", "", false},
		{"anna@", "", false},
		{"anna", "", false},
		{"anna@gmail", "", false},
		{"", "", false},
	}
	for _, c := range cases {
		s, ok := Offline(c.address, office)
		if ok != c.ok || s.Account != c.want {
			t.Errorf("Offline(%q) = %v %v, want %v %v", c.address, s.Account, ok, c.want, c.ok)
		}
		named := strings.TrimPrefix(Domain(c.address), "sundsvall.") // the office's own domain
		if ok && (!strings.Contains(sv(s.Reason), "@"+named) || en(s.Reason) == "") {
			t.Errorf("Offline(%q): reason %+v does not name the domain", c.address, s.Reason)
		}
	}
}

func TestOfficeDomainsComeFirst(t *testing.T) {
	s, _ := Offline("x@gmail.com", map[string]guide.Account{"gmail.com": guide.OtherAddress})
	if s.Account != guide.OtherAddress {
		t.Errorf("kit domain did not win: %s", s.Account)
	}
}

// Of a kit's domains the longest that fits wins, whatever order a map
// hands them out in.
func TestLongestOfficeDomainWins(t *testing.T) {
	office := map[string]guide.Account{"skog.se": guide.WorkMicrosoft, "student.skog.se": guide.OtherAddress, "kog.se": guide.GoogleAccount}
	for range 50 {
		for address, want := range map[string]guide.Account{
			"a@student.skog.se": guide.OtherAddress, "a@x.student.skog.se": guide.OtherAddress,
			"a@skog.se": guide.WorkMicrosoft, "a@lärare.skog.se": guide.WorkMicrosoft, "a@kog.se": guide.GoogleAccount,
		} {
			if s, _ := Offline(address, office); s.Account != want {
				t.Fatalf("Offline(%q) = %q, want %q", address, s.Account, want)
			}
		}
	}
}

// The start of a domain the guide knows is never looked up: it is most
// likely on its way there.
func TestUnfinished(t *testing.T) {
	office := map[string]guide.Account{"skog.se": guide.WorkMicrosoft}
	for d, want := range map[string]bool{
		"bredband.ne": true, "bredband.net": false, "telia.co": true, "gmail.co": true, "googlemail.c": true,
		"hotmail.co": true, "sko": true, "skog.s": true, "student.sk": true, "student.skog.s": true,
		"skog.se": false, "sveaskog.se": false, "firma.se": false, "bredband.nu": false, "": false,
	} {
		if got := Unfinished(d, office); got != want {
			t.Errorf("Unfinished(%q) = %v, want %v", d, got, want)
		}
	}
}

// A slip of the keys in a well-known domain is caught; another domain, a
// short one, or the right one is not.
func TestMisspelt(t *testing.T) {
	for d, want := range map[string]string{
		"gmial.com": "gmail.com", "gmai.com": "gmail.com", "gmaill.com": "gmail.com", "gnail.com": "gmail.com",
		"hotmial.com": "hotmail.com", "gmail.con": "gmail.com", "outlok.com": "outlook.com",
		"gmail.com": "", "firma.se": "", "love.se": "", "sveaskog.se": "", "": "", "mgail.co": "",
	} {
		got, ok := Misspelt(d)
		if got != want || ok != (want != "") {
			t.Errorf("Misspelt(%q) = %q %v, want %q", d, got, ok, want)
		}
	}
}

// The office's own domain is named in the reason, not the subdomain typed.
func TestOfficeReasonNamesTheOfficesDomain(t *testing.T) {
	s, _ := Offline("a@sub.skog.se", map[string]guide.Account{"skog.se": guide.WorkMicrosoft})
	if r := sv(s.Reason); !strings.Contains(r, "@skog.se") || strings.Contains(r, "sub.") {
		t.Errorf("reason %q", r)
	}
}

func TestCompleteDomains(t *testing.T) {
	for d, want := range map[string]bool{"skog.se": true, "storaskogsbolaget.se": true, "gunillapersson.s": false,
		"skog.": false, "skog.s3": false, "a.co": true, "": false} {
		if got := Complete(d); got != want {
			t.Errorf("Complete(%q) = %v", d, got)
		}
	}
}
