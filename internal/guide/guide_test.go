package guide

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/biometria/kontoguiden/internal/allowlist"
	"github.com/biometria/kontoguiden/internal/i18n"
)

func TestChoose(t *testing.T) {
	cases := []struct {
		name    string
		account Account
		needs   []Need
		path    PathID
		service Service
		create  bool
	}{
		{"work_microsoft_viol3_registers_with_email", WorkMicrosoft, []Need{NeedVIOL3}, PathEmail, ServiceProduction, false},
		{"work_microsoft_integration_registers_with_email", WorkMicrosoft, []Need{NeedIntegration}, PathEmail, ServiceIntegration, false},
		{"private_microsoft_viol3_registers_with_microsoft", PrivateMicrosoft, []Need{NeedVIOL3}, PathMicrosoft, ServiceProduction, false},
		{"private_microsoft_integration_registers_with_microsoft", PrivateMicrosoft, []Need{NeedIntegration}, PathMicrosoft, ServiceIntegration, false},
		{"google_viol3_only_registers_with_google", GoogleAccount, []Need{NeedVIOL3}, PathGoogle, ServiceProduction, false},
		{"google_with_followup_needs_microsoft_activation", GoogleAccount, []Need{NeedVIOL3, NeedFollowup}, PathMicrosoftActivation, ServiceProduction, false},
		{"google_followup_alone_needs_microsoft_activation", GoogleAccount, []Need{NeedFollowup}, PathMicrosoftActivation, ServiceProduction, false},
		{"google_with_integration_needs_microsoft_activation", GoogleAccount, []Need{NeedIntegration}, PathMicrosoftActivation, ServiceIntegration, false},
		{"google_huvudkod_registers_with_google", GoogleAccount, []Need{NeedHuvudkod}, PathGoogle, ServiceProduction, false},
		{"other_address_viol3_needs_microsoft_activation", OtherAddress, []Need{NeedVIOL3}, PathMicrosoftActivation, ServiceProduction, false},
		{"other_address_integration_needs_microsoft_activation", OtherAddress, []Need{NeedIntegration}, PathMicrosoftActivation, ServiceIntegration, false},
		{"no_address_creates_outlook_then_microsoft", NoAddress, []Need{NeedVIOL3}, PathMicrosoft, ServiceProduction, true},
		{"integration_and_viol3_goes_to_production", WorkMicrosoft, []Need{NeedIntegration, NeedVIOL3}, PathEmail, ServiceProduction, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Choose(c.account, c.needs)
			if err != nil {
				t.Fatal(err)
			}
			if got.Path != c.path || got.Options.Service != c.service || got.Options.CreateAddress != c.create {
				t.Errorf("Choose = %+v, want path %s service %s create %v", got, c.path, c.service, c.create)
			}
			if sv(got.Reason) == "" || en(got.Reason) == "" {
				t.Error("a choice must say why in both languages")
			}
		})
	}
}

// Having no address and needing only a huvudkod still says why: Biometria
// recommends creating one at Outlook.com.
func TestNoAddressWithHuvudkodKeepsTheOutlookReason(t *testing.T) {
	c, err := Choose(NoAddress, []Need{NeedHuvudkod})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(sv(c.Reason), "Outlook.com") || !c.Options.CreateAddress || sv(c.Advice) == "" {
		t.Errorf("reason %q, advice %q, create %v", sv(c.Reason), sv(c.Advice), c.Options.CreateAddress)
	}
}

func TestChooseRefusesBadAnswers(t *testing.T) {
	if _, err := Choose(WorkMicrosoft, nil); !errors.Is(err, ErrNoNeed) {
		t.Errorf("no needs: err = %v, want ErrNoNeed", err)
	}
	if !strings.Contains(ErrNoNeed.Error(), "viol3") {
		t.Errorf("ErrNoNeed should list what to pick: %v", ErrNoNeed)
	}
	if _, err := Choose("yahoo", []Need{NeedVIOL3}); err == nil || !strings.Contains(err.Error(), "work-microsoft") {
		t.Errorf("unknown account: err = %v, want a list of valid kinds", err)
	}
	if _, err := Choose(GoogleAccount, []Need{"games"}); err == nil || !strings.Contains(err.Error(), "followup") {
		t.Errorf("unknown need: err = %v, want a list of valid needs", err)
	}
}

func TestEveryAccountHasARule(t *testing.T) {
	for _, a := range AccountIDs() {
		for _, n := range NeedIDs() {
			if _, err := Choose(a, []Need{n}); err != nil {
				t.Errorf("Choose(%s, %s): %v", a, n, err)
			}
		}
	}
}

// everyChecklist yields each path with and without the extra first step.
func everyChecklist(t *testing.T, f func(name string, steps []Step)) {
	t.Helper()
	for _, p := range PathIDs() {
		for _, o := range []Options{{}, {Service: ServiceIntegration, CreateAddress: true}} {
			steps, err := Checklist(p, o)
			if err != nil {
				t.Fatal(err)
			}
			f(string(p), steps)
		}
	}
}

func TestEveryPathStartsSharedAndEndsWithMFA(t *testing.T) {
	everyChecklist(t, func(name string, steps []Step) {
		first := 0
		if steps[0].ID == "create-address" {
			first = 1
		}
		want := []string{"open-biometria", "mina-sidor", "pick-service", "create-one", "path-button"}
		for i, id := range want {
			if steps[first+i].ID != id {
				t.Errorf("%s: step %d is %s, want %s", name, first+i, steps[first+i].ID, id)
			}
		}
		last := steps[len(steps)-1]
		if !last.MFA || last.URL != ActivateMFA {
			t.Errorf("%s: last step %s is not the MFA step at %s", name, last.ID, ActivateMFA)
		}
		want = []string{"see-account", "mfa-app", "mfa-devices", "mfa-open", "mfa-scan", "activate-mfa"}
		if name == string(PathEmail) {
			want = slices.Insert(want, 1, "mfa-employer")
		}
		if got := ids(steps[len(steps)-len(want):], func(s Step) string { return s.ID }); !slices.Equal(got, want) {
			t.Errorf("%s: the last steps are %v, want %v", name, got, want)
		}
		for _, s := range steps[:len(steps)-1] {
			if s.MFA {
				t.Errorf("%s: %s is marked MFA but is not last", name, s.ID)
			}
		}
	})
}

func TestStepsAreCompleteInBothLanguages(t *testing.T) {
	everyChecklist(t, func(name string, steps []Step) {
		seen := map[string]bool{}
		for _, s := range steps {
			if s.ID == "" || seen[s.ID] {
				t.Errorf("%s: step ID %q empty or repeated", name, s.ID)
			}
			seen[s.ID] = true
			texts := []i18n.Text{s.Title(), s.Body()}
			for _, h := range s.Help {
				texts = append(texts, h.Problem())
				texts = append(texts, h.Texts()...)
			}
			for _, x := range texts {
				if sv(x) == "" || en(x) == "" || sv(x) == en(x) {
					t.Errorf("%s/%s: text not in both languages: %q", name, s.ID, x.Keys())
				}
				if strings.Contains(sv(x)+en(x), "{") {
					t.Errorf("%s/%s: placeholder left: %q", name, s.ID, sv(x)+en(x))
				}
			}
		}
	})
}

func TestEveryAddressIsHTTPSAndAllowed(t *testing.T) {
	allowed := allowlist.New(AllowedHosts...).SignIn(SignInHosts...)
	everyChecklist(t, func(name string, steps []Step) {
		for _, s := range steps {
			urls := []string{s.URL}
			for _, l := range s.Links {
				urls = append(urls, l.URL)
			}
			for _, u := range urls {
				if u == "" {
					continue
				}
				if err := allowed.Check(u); err != nil {
					t.Errorf("%s/%s: %s: %v", name, s.ID, u, err)
				}
			}
		}
	})
}

// The help the instruction implies must be reachable where it happens.
func TestHelpForWhatGoesWrong(t *testing.T) {
	want := map[PathID][]string{
		PathEmail:               {"500"},
		PathMicrosoft:           {"500", "Authenticator"},
		PathMicrosoftActivation: {"500", "skräppost", "upp till 10 olika steg"},
		PathGoogle:              {"500", "redan inloggad"},
	}
	for p, words := range want {
		steps, _ := Checklist(p, Options{})
		var all strings.Builder
		for _, s := range steps {
			for _, h := range s.Help {
				all.WriteString(sv(h.Problem()) + "\n")
				for _, t := range h.Texts() {
					all.WriteString(sv(t) + "\n")
				}
			}
		}
		for _, w := range words {
			if !strings.Contains(all.String(), w) {
				t.Errorf("%s: no help mentions %q", p, w)
			}
		}
	}
}

// Two-step verification comes as steps the person ticks, each with the
// facts of Biometria's page where they matter: before, the app from Google
// Play or the App Store and one device or two; at the page, the QR code
// with two devices; the employer's own verification on the work account's
// path only, before the app; and Biometria's page to open. What Microsoft's
// app asks is the guide's advice, and names no button or screen.
func TestMFAStepsSayWhatTheyNeed(t *testing.T) {
	for _, p := range PathIDs() {
		steps, _ := Checklist(p, Options{})
		at := slices.IndexFunc(steps, func(s Step) bool { return s.ID == "mfa-app" || s.ID == "mfa-employer" })
		said := map[string]string{} // by step ID, facts and advice apart
		links := 0
		for _, s := range steps[at:] {
			for _, t := range s.Texts() {
				said[s.ID+map[bool]string{true: ".advice", false: ""}[IsAdvice(t)]] += sv(t) + "\n"
			}
			for _, l := range s.Links {
				if l.URL == MFAInstructionURL {
					links++
				}
			}
		}
		for id, words := range map[string][]string{
			"mfa-app":         {"rekommenderar appen Microsoft Authenticator", "Google Play", "App Store", "innan du går vidare"},
			"mfa-devices":     {"en enhet", "två enheter", "datorn och mobilen"},
			"mfa-open":        {"aktiveramfa.biometria.se"},
			"mfa-scan":        {"QR-kod", "två enheter"},
			"activate-mfa":    {"aktiveramfa.biometria.se", "redo för VIOL 3"},
			"mfa-scan.advice": {"Öppna appen", "lägga till ett konto", "Skanna koden", "provinloggning"},
		} {
			for _, w := range words {
				if !strings.Contains(said[id], w) {
					t.Errorf("%s: %s does not say %q: %q", p, id, w, said[id])
				}
			}
		}
		if quoted.MatchString(said["mfa-scan.advice"]) {
			t.Errorf("%s: the advice on Microsoft's app quotes a label no source shows: %q", p, said["mfa-scan.advice"])
		}
		if links == 0 {
			t.Errorf("%s: no MFA step links Biometria's MFA instruction", p)
		}
		if tenant := strings.Contains(said["mfa-employer"], "arbetsgivare"); tenant != (p == PathEmail) {
			t.Errorf("%s: the step on the employer's verification shown = %v", p, tenant)
		}
	}
}

func TestChecklistFillsServiceAndButton(t *testing.T) {
	steps, _ := Checklist(PathGoogle, Options{Service: ServiceTest})
	if got := sv(steps[2].Title()); got != "Klicka på ”VIOL 3 Kundtestmiljö”" {
		t.Errorf("service step title = %q", got)
	}
	if got := en(steps[4].Title()); !strings.Contains(got, "Registrera dig med Google") {
		t.Errorf("button step title = %q", got)
	}
	if _, err := Checklist("fax", Options{}); err == nil {
		t.Error("unknown path accepted")
	}
}

func TestNoAddressStartsAtOutlook(t *testing.T) {
	c, _ := Choose(NoAddress, []Need{NeedVIOL3})
	steps, _ := Checklist(c.Path, c.Options)
	if steps[0].ID != "create-address" || steps[0].URL != OutlookURL {
		t.Errorf("first step = %s %s, want create-address at Outlook", steps[0].ID, steps[0].URL)
	}
}

func TestParse(t *testing.T) {
	if p, err := ParsePath("microsoft-activation"); err != nil || p != PathMicrosoftActivation {
		t.Errorf("ParsePath = %v %v", p, err)
	}
	if _, err := ParseService("viol2"); err == nil {
		t.Error("ParseService accepted viol2")
	}
}

// The table of every path has every kind of account, and the Google
// account with each need that changes its way; each case leads where
// Choose does, the integration specifications with the guide's advice.
func TestCasesCoverEveryAccount(t *testing.T) {
	seen := map[Account]bool{}
	ways := map[PathID]bool{}
	for _, c := range Cases {
		seen[c.Account] = true
		ch := c.Choice()
		ways[ch.Path] = true
		if (c.Need == NeedIntegration) != !ch.Advice.IsZero() {
			t.Errorf("%v: advice %q", c, sv(ch.Advice))
		}
		if sv(c.Name()) == "" || strings.Contains(sv(c.Name()), "{") {
			t.Errorf("%v: name %q", c, sv(c.Name()))
		}
	}
	for _, a := range AccountIDs() {
		if !seen[a] {
			t.Errorf("no case for %s", a)
		}
	}
	if len(ways) != len(Paths) {
		t.Errorf("the cases lead to %d paths, want all %d", len(ways), len(Paths))
	}
	if got := Cases[3].Choice().Path; got != PathMicrosoftActivation {
		t.Errorf("a Google account with follow-up leads to %s", got)
	}
}
