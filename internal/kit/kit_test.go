package kit

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/biometria/kontoguiden/internal/guide"
)

func TestExampleIsValid(t *testing.T) {
	k, err := Parse([]byte(Example))
	if err != nil {
		t.Fatalf("the example kit does not pass: %v", err)
	}
	if k.Office == "" || k.Support.Phone == "" || k.Domains["storaskogsbolaget.se"] != guide.WorkMicrosoft || !k.Online() {
		t.Errorf("example read as %+v", k)
	}
}

func TestEachBadFieldIsNamed(t *testing.T) {
	cases := map[string]struct {
		kit, field, says string
	}{
		"language":         {`language = "de"`, "language", "sv or en"},
		"service":          {`service = "viol2"`, "service", "viol3-production"},
		"support_email":    {"[support]\nemail = \"it at office\"", "support.email", "not an e-mail"},
		"domain_name":      {"[domains]\n\"Not A Domain\" = \"google\"", "domains.Not A Domain", "not a domain"},
		"domain_kind":      {"[domains]\n\"skog.se\" = \"yahoo\"", "domains.skog.se", "work-microsoft"},
		"address_http":     {"[addresses]\n\"open-biometria\" = \"http://www.biometria.se/\"", "addresses.open-biometria", "https"},
		"address_host":     {"[addresses]\n\"open-biometria\" = \"https://evil.example/\"", "addresses.open-biometria", "biometria.se"},
		"address_step":     {"[addresses]\n\"no-such-step\" = \"https://www.biometria.se/\"", "addresses.no-such-step", "activate-mfa"},
		"unknown_field":    {`colour = "green"`, "colour", "unknown field"},
		"unknown_support":  {"[support]\nfax = \"1\"", "support.fax", "unknown field"},
		"wrong_type":       {`online_check = "ja"`, "online_check", "boolean"},
		"not_toml":         {`office = `, "line 1", ""},
		"address_userinfo": {"[addresses]\n\"activate-mfa\" = \"https://x@aktiveramfa.biometria.se/\"", "addresses.activate-mfa", "user name"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := Parse([]byte(c.kit))
			var ps Problems
			if !errors.As(err, &ps) || len(ps) == 0 {
				t.Fatalf("Parse(%q) = %v, want problems", c.kit, err)
			}
			if ps[0].Field != c.field || !strings.Contains(ps[0].Message, c.says) {
				t.Errorf("problem %q, want field %q saying %q", ps[0], c.field, c.says)
			}
		})
	}
}

func TestAllProblemsAtOnce(t *testing.T) {
	_, err := Parse([]byte("language = \"de\"\nservice = \"x\"\n"))
	var ps Problems
	if !errors.As(err, &ps) || len(ps) != 2 {
		t.Errorf("got %v, want two problems", err)
	}
}

func TestKitChangesChoiceAndAddresses(t *testing.T) {
	k, err := Parse([]byte("service = \"viol3-test\"\n[addresses]\n\"open-biometria\" = \"https://www.biometria.se/mina-sidor/\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, _ := k.Choose(guide.GoogleAccount, []guide.Need{guide.NeedVIOL3})
	if c.Options.Service != guide.ServiceTest {
		t.Errorf("service %s", c.Options.Service)
	}
	steps, _ := k.Checklist(c.Path, c.Options)
	if steps[0].URL != "https://www.biometria.se/mina-sidor/" || !strings.Contains(steps[2].Title.SV, "Kundtestmiljö") {
		t.Errorf("steps not adapted: %s, %s", steps[0].URL, steps[2].Title.SV)
	}
	if (Kit{}).Online() != true {
		t.Error("online check should default to on")
	}
}

func TestFind(t *testing.T) {
	dir := t.TempDir()
	none := func(string) string { return "" }
	if got := Find("", none, dir); got != "" {
		t.Errorf("no kit anywhere: %q", got)
	}
	os.WriteFile(filepath.Join(dir, FileName), []byte(""), 0o600)
	if got := Find("", none, dir); got != filepath.Join(dir, FileName) {
		t.Errorf("beside the exe: %q", got)
	}
	env := func(string) string { return "/env/kit.toml" }
	if got := Find("", env, dir); got != "/env/kit.toml" {
		t.Errorf("env: %q", got)
	}
	if got := Find("/flag.toml", env, dir); got != "/flag.toml" {
		t.Errorf("flag: %q", got)
	}
}

func TestDescribe(t *testing.T) {
	k, _ := Parse([]byte(Example))
	var b bytes.Buffer
	k.Describe(&b)
	for _, want := range []string{"Storaskogsbolaget", "060-123 45 67", "storaskogsbolaget.se → work-microsoft", "VIOL 3 Produktionsmiljö"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("Describe lacks %q:\n%s", want, b.String())
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(Example))
	f.Add([]byte("[addresses]\n\"open-biometria\" = \"https://www.biometria.se/\""))
	f.Fuzz(func(t *testing.T, data []byte) {
		k, err := Parse(data)
		if err != nil {
			return
		}
		// A kit that passes never points a step outside the allow-list.
		for id, url := range k.Addresses {
			if !strings.HasPrefix(strings.ToLower(url), "https://") {
				t.Fatalf("step %s accepted %q", id, url)
			}
		}
	})
}
