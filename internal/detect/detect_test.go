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
		if ok && (!strings.Contains(sv(s.Reason), "@"+Domain(c.address)) || en(s.Reason) == "") {
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

func TestCompleteDomains(t *testing.T) {
	for d, want := range map[string]bool{"skog.se": true, "storaskogsbolaget.se": true, "gunillapersson.s": false,
		"skog.": false, "skog.s3": false, "a.co": true, "": false} {
		if got := Complete(d); got != want {
			t.Errorf("Complete(%q) = %v", d, got)
		}
	}
}
