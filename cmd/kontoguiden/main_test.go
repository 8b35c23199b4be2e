package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/biometria/kontoguiden/internal/appinfo"
	"github.com/biometria/kontoguiden/internal/kit"
)

func runCLI(args ...string) (code int, out, errOut string) {
	var o, e bytes.Buffer
	code = run(args, &o, &e, func(w windowOptions) error { return errors.New("window opened with kit " + w.kitFile) })
	return code, o.String(), e.String()
}

func TestChooseText(t *testing.T) {
	code, out, _ := runCLI("choose", "--account", "google", "--need", "viol3,followup")
	if code != 0 || !strings.Contains(out, "(microsoft-activation)") || !strings.Contains(out, "Microsoftaktivering") {
		t.Errorf("code %d, out %q", code, out)
	}
}

func TestChooseJSON(t *testing.T) {
	code, out, _ := runCLI("choose", "--account", "work-microsoft", "--need", "integration", "--format", "json", "--lang", "en")
	var got map[string]string
	if err := json.Unmarshal([]byte(out), &got); err != nil || code != 0 {
		t.Fatalf("code %d, %v: %q", code, err, out)
	}
	if got["path"] != "email" || got["service"] != "integration" || !strings.Contains(got["reason"], "school or company") || got["advice"] != "" {
		t.Errorf("got %v", got)
	}
}

// Where the instruction is silent, the guide's own choice is said as advice.
func TestChooseSaysAdviceApart(t *testing.T) {
	code, out, _ := runCLI("choose", "--account", "google", "--need", "huvudkod")
	if code != 0 || !strings.Contains(out, "Kontoguidens råd: Guiden väljer") || !strings.Contains(out, "Under Mina sidor: VIOL 3 Produktionsmiljö") {
		t.Errorf("code %d, out %q", code, out)
	}
}

// The entry under Mina sidor follows --service; the account check keeps
// the instruction's own route.
func TestChecklistService(t *testing.T) {
	code, out, _ := runCLI("checklist", "--path", "google", "--service", "viol3-test")
	if code != 0 || !strings.Contains(out, "3. Klicka på ”VIOL 3 Kundtestmiljö”") || !strings.Contains(out, "Klicka på ”VIOL 3 Produktionsmiljö” och sedan på ”Min användare”") {
		t.Errorf("code %d, out %q", code, out)
	}
	if code, _, errOut := runCLI("checklist", "--path", "google", "--service", "viol2"); code != 2 || !strings.Contains(errOut, "viol3-test") {
		t.Errorf("bad service: code %d, %q", code, errOut)
	}
}

func TestChecklistFormats(t *testing.T) {
	code, out, _ := runCLI("checklist", "--path", "google", "--format", "json")
	var steps []map[string]any
	if err := json.Unmarshal([]byte(out), &steps); err != nil || code != 0 {
		t.Fatalf("json: code %d, %v", code, err)
	}
	if steps[len(steps)-1]["url"] != "https://aktiveramfa.biometria.se/" {
		t.Errorf("last step %v", steps[len(steps)-1])
	}
	code, out, _ = runCLI("checklist", "--path", "email", "--format", "html", "--lang", "en")
	if code != 0 || !strings.HasPrefix(out, "<!DOCTYPE html>") || !strings.Contains(out, `lang="en"`) {
		t.Errorf("html: code %d, starts %q", code, out[:min(len(out), 40)])
	}
	code, out, _ = runCLI("checklist", "--path", "microsoft")
	if code != 0 || !strings.Contains(out, "1. Öppna Biometrias webbplats") {
		t.Errorf("text: code %d, %q", code, out[:min(len(out), 80)])
	}
}

// Every bad value exits 2 and names the valid ones.
func TestBadInputExitsTwoAndListsValidValues(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"choose", "--account", "yahoo", "--need", "viol3"}, "work-microsoft, private-microsoft, google, other, none"},
		{[]string{"choose", "--account", "google", "--need", "fika"}, "viol3, followup, integration, huvudkod"},
		{[]string{"choose", "--account", "google"}, "viol3, followup, integration, huvudkod"},
		{[]string{"choose", "--need", "viol3"}, "work-microsoft"},
		{[]string{"choose", "--account", "google", "--need", "viol3", "--lang", "fi"}, "sv, en"},
		{[]string{"choose", "--account", "google", "--need", "viol3", "--format", "xml"}, "text, json"},
		{[]string{"checklist", "--path", "fax"}, "email, microsoft, microsoft-activation, google"},
		{[]string{"checklist", "--path", "google", "--format", "pdf"}, "text, json, html"},
		{[]string{"checklist", "--path", "google", "--lang", "de"}, "sv, en"},
		{[]string{"checklist", "--bogus"}, "-path"},
		{[]string{"frobnicate"}, "choose, checklist"},
	}
	for _, c := range cases {
		code, _, errOut := runCLI(c.args...)
		if code != 2 || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: code %d, stderr %q; want 2 and %q", c.args, code, errOut, c.want)
		}
	}
}

func TestHelpAndVersion(t *testing.T) {
	for _, cmd := range []string{"choose", "checklist"} {
		code, _, errOut := runCLI(cmd, "--help")
		if code != 0 || !strings.Contains(errOut, "Usage: kontoguiden "+cmd) {
			t.Errorf("%s --help: code %d, %q", cmd, code, errOut)
		}
	}
	if code, out, _ := runCLI("--help"); code != 0 || !strings.Contains(out, "checklist") {
		t.Errorf("--help: %d %q", code, out)
	}
	if code, out, _ := runCLI("--version"); code != 0 || out != "kontoguiden "+appinfo.Version+"\n" {
		t.Errorf("--version: %d %q", code, out)
	}
}

func TestNoSubcommandOpensWindow(t *testing.T) {
	code, _, errOut := runCLI()
	if code != 1 || !strings.Contains(errOut, "window opened") {
		t.Errorf("code %d, %q", code, errOut)
	}
}

func TestKitInitThenCheck(t *testing.T) {
	file := filepath.Join(t.TempDir(), "kit.toml")
	if code, out, _ := runCLI("kit", "init", file); code != 0 || !strings.Contains(out, "kit check") {
		t.Fatalf("init: %d %q", code, out)
	}
	if code, _, errOut := runCLI("kit", "init", file); code != 1 || !strings.Contains(errOut, "exists") {
		t.Errorf("init over an existing kit: %d %q", code, errOut)
	}
	code, out, _ := runCLI("kit", "check", file)
	if code != 0 || !strings.Contains(out, "exempelskogen.example → work-microsoft") || !strings.Contains(out, "Warning: support.phone is still the example") {
		t.Errorf("check: %d %q", code, out)
	}
	os.WriteFile(file, []byte("language = \"fi\"\n[domains]\n\"skog.se\" = \"yahoo\"\n"), 0o600)
	code, _, errOut := runCLI("kit", "check", file)
	if code != 2 || !strings.Contains(errOut, "language:") || !strings.Contains(errOut, "domains.skog.se:") {
		t.Errorf("bad kit: %d %q", code, errOut)
	}
	if code, _, _ := runCLI("kit", "check"); code != 2 {
		t.Errorf("check without a file: %d", code)
	}
}

func TestKitFlagReachesWindow(t *testing.T) {
	code, _, errOut := runCLI("--kit", "/office/kit.toml")
	if code != 1 || !strings.Contains(errOut, "with kit /office/kit.toml") {
		t.Errorf("%d %q", code, errOut)
	}
}

func TestKitCanTurnOnlineCheckOff(t *testing.T) {
	off := false
	if onlineCheck(kit.Kit{OnlineCheck: &off}) != nil {
		t.Error("online check on although the kit turns it off")
	}
	if onlineCheck(kit.Kit{}) == nil {
		t.Error("online check off by default")
	}
}
