package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/biometria/kontoguiden/internal/appinfo"
	"github.com/biometria/kontoguiden/internal/chars"
	"github.com/biometria/kontoguiden/internal/detect"
	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
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
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil || code != 0 {
		t.Fatalf("code %d, %v: %q", code, err, out)
	}
	if got["path"] != "email" || got["service"] != "integration" || !strings.Contains(got["reason"].(string), "school or company") || got["advice"] != "" {
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

// askedNobody is an online check that fails the test if it is used.
func askedNobody(t *testing.T) func(kit.Kit) func(context.Context, string) (detect.Suggestion, bool) {
	return func(kit.Kit) func(context.Context, string) (detect.Suggestion, bool) {
		return func(_ context.Context, d string) (detect.Suggestion, bool) {
			t.Errorf("asked online about %q", d)
			return detect.Suggestion{}, false
		}
	}
}

// onlineSays is an online check that answers with one kind for every domain.
func onlineSays(a guide.Account, asked *[]string) func(kit.Kit) func(context.Context, string) (detect.Suggestion, bool) {
	return func(k kit.Kit) func(context.Context, string) (detect.Suggestion, bool) {
		if !k.Online() {
			return nil
		}
		return func(_ context.Context, d string) (detect.Suggestion, bool) {
			*asked = append(*asked, d)
			return detect.Suggestion{Account: a, Reason: i18n.Key("suggest.tenant").With("domain", d)}, true
		}
	}
}

func withOnline(t *testing.T, f func(kit.Kit) func(context.Context, string) (detect.Suggestion, bool)) {
	old := chooseOnline
	chooseOnline = f
	t.Cleanup(func() { chooseOnline = old })
}

// A support person asks for an address: the suggestion, its reason, the
// path, and what must hold before starting.
func TestChooseByAddress(t *testing.T) {
	withOnline(t, askedNobody(t))
	code, out, errOut := runCLI("choose", "--address", "anna.svensson@gmail.com", "--need", "viol3")
	for _, want := range []string{"Kontoguidens råd: Föreslaget konto: ”Personligt Google-konto”. Adresser på @gmail.com", "Registrera dig med Google (google)",
		"Innan du börjar:", "- Adressen du registrerar dig med ska vara din egen", "- Kontoguidens råd: "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if code != 0 {
		t.Errorf("code %d: %s", code, errOut)
	}
}

// Online, a company address is asked about, by its domain only.
func TestChooseAsksOnlineUnlessOffline(t *testing.T) {
	var asked []string
	withOnline(t, onlineSays(guide.WorkMicrosoft, &asked))
	code, out, _ := runCLI("choose", "--address", "anna@firma.se", "--need", "viol3", "--format", "json")
	var got report
	if err := json.Unmarshal([]byte(out), &got); err != nil || code != 0 {
		t.Fatalf("code %d, %v: %q", code, err, out)
	}
	if got.Path != guide.PathEmail || got.Suggestion == nil || got.Suggestion.From != "online" || len(got.Preconditions) == 0 {
		t.Errorf("got %+v", got)
	}
	if len(asked) != 1 || asked[0] != "firma.se" {
		t.Errorf("asked online about %v, want only firma.se", asked)
	}
	asked = nil
	code, out, errOut := runCLI("choose", "--address", "anna@firma.se", "--need", "viol3", "--offline")
	if code != 1 || out != "" || !strings.Contains(errOut, "--account") || !strings.Contains(errOut, "@firma.se") || len(asked) > 0 {
		t.Errorf("offline and unknown: code %d, out %q, err %q, asked %v", code, out, errOut, asked)
	}
}

// A kit's domains count, the longest first, as in the window; a kit that
// turns online checks off is obeyed.
func TestChooseWithKit(t *testing.T) {
	var asked []string
	withOnline(t, onlineSays(guide.WorkMicrosoft, &asked))
	file := filepath.Join(t.TempDir(), "kit.toml")
	kitText := "office = \"Skog\"\nonline_check = false\nservice = \"viol3-test\"\n[domains]\n\"skog.se\" = \"work-microsoft\"\n\"student.skog.se\" = \"other\"\n"
	if err := os.WriteFile(file, []byte(kitText), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI("choose", "--address", "a@student.skog.se", "--need", "viol3", "--kit", file)
	if code != 0 || !strings.Contains(out, "(microsoft-activation)") || !strings.Contains(out, "VIOL 3 Kundtestmiljö") {
		t.Errorf("code %d, out %q, err %q", code, out, errOut)
	}
	// The kit says where VIOL 3 is used; what a person needs picks the entry.
	code, out, _ = runCLI("choose", "--account", "google", "--need", "integration", "--kit", file)
	if code != 0 || !strings.Contains(out, "Integrationsspecifikationer") || strings.Contains(out, "Kundtestmiljö") {
		t.Errorf("only the integration specifications needed, with a test-environment kit: code %d, %q", code, out)
	}
	code, _, errOut = runCLI("choose", "--address", "a@firma.se", "--need", "viol3", "--kit", file)
	if code != 1 || len(asked) > 0 {
		t.Errorf("with online checks off in the kit: code %d, asked %v, err %q", code, asked, errOut)
	}
}

// An address that is none is a usage error.
func TestChooseRefusesAMalformedAddress(t *testing.T) {
	withOnline(t, askedNobody(t))
	for _, a := range []string{"anna", "anna@", "anna@firma", "anna@firma.s", "anna@fir ma.se", strings.Repeat("a", 300) + "@firma.se"} {
		if code, _, errOut := runCLI("choose", "--address", a, "--need", "viol3"); code != 2 || !strings.Contains(errOut, "not an e-mail address") {
			t.Errorf("%.30q: code %d, %q", a, code, errOut)
		}
	}
}

// What choose cannot use is refused by name, never dropped: an unknown
// need, both kinds of answer at once, a stray word, an unknown service.
func TestChooseRefusesWhatItCannotUse(t *testing.T) {
	withOnline(t, askedNobody(t))
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--address", "a@gmail.com", "--need", "viol3,bogus"}, `unknown need "bogus"`},
		{[]string{"--address", "a@gmail.com", "--need", "VIOL3"}, `unknown need "VIOL3"`},
		{[]string{"--account", "work-microsoft", "--address", "a@gmail.com", "--need", "viol3"}, "not both"},
		{[]string{"--address", "a@firma.se", "--need", "viol3", "extra", "--offline"}, `unexpected argument "extra"`},
		{[]string{"--account", "google", "--need", "viol3", "--service", "integration"}, "viol3-production, viol3-test"},
	} {
		code, _, errOut := runCLI(append([]string{"choose"}, c.args...)...)
		if code != 2 || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: code %d, %q, want %q", c.args, code, errOut, c.want)
		}
	}
	if code, _, errOut := runCLI("checklist", "--path", "google", "stray"); code != 2 || !strings.Contains(errOut, "stray") {
		t.Errorf("checklist with a stray word: code %d, %q", code, errOut)
	}
}

// The environment can be given; a slip of the keys is named, not sent.
func TestChooseServiceAndSlips(t *testing.T) {
	withOnline(t, askedNobody(t))
	code, out, _ := runCLI("choose", "--account", "google", "--need", "viol3", "--service", "viol3-test")
	if code != 0 || !strings.Contains(out, "Under Mina sidor: VIOL 3 Kundtestmiljö") {
		t.Errorf("code %d, %q", code, out)
	}
	code, _, errOut := runCLI("choose", "--address", "a@gmial.com", "--need", "viol3")
	if code != 1 || !strings.Contains(errOut, "did you mean @gmail.com?") {
		t.Errorf("code %d, %q", code, errOut)
	}
}

// failingWriter fails every write, as a full disk does.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// The command line says no clearly: extra words, options where a file
// name goes, output that cannot be written, and long values echoed back.
func TestCommandLineSaysNoClearly(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--version", "extra"}, 2, `unexpected argument "extra"`},
		{[]string{"help", "me"}, 2, `unexpected argument "me"`},
		{[]string{"--kit", "k.toml", "extra"}, 2, `unexpected argument "extra"`},
		{[]string{"kit", "init", "-"}, 2, `not "-"`},
		{[]string{"kit", "init", "--"}, 2, `not "--"`},
		{[]string{"kit", "init", "--help"}, 0, "Usage: kontoguiden kit init"},
		{[]string{"frobnicate"}, 2, "choose, checklist, kit, web, help or --version"},
		{[]string{strings.Repeat("x", 131000)}, 2, "…"},
		{[]string{"--kit="}, 2, "--kit is given without a value"},
		{[]string{"choose", "--kit", "", "--account", "google", "--need", "viol3"}, 2, "--kit is given without a value"},
		{[]string{"checklist", "--path="}, 2, "--path is given without a value"},
		{[]string{"kit", "check", ""}, 2, "empty file name"},
		{[]string{"kit", "init", ""}, 2, "empty file name"},
		{[]string{"kit", "check", "x\x1b[31mRED\a"}, 2, `cannot read x\x1b[31mRED\a: `},
		{[]string{"choose", "--\x1b[2Jx"}, 2, `not defined: -\x1b[2Jx`},
		{[]string{"--kit", "k.toml", "-\u202e"}, 2, `-\u202e`},
	} {
		code, _, errOut := runCLI(c.args...)
		if code != c.code || !strings.Contains(errOut, c.want) {
			t.Errorf("%.40q: code %d, %.300q; want %d and %q", c.args, code, errOut, c.code, c.want)
		}
		for _, line := range strings.Split(errOut, "\n") {
			if len(line) > maxEchoLine+len("…") {
				t.Errorf("%.40q: a line of %d bytes on stderr", c.args, len(line))
			}
			if i := strings.IndexFunc(line, func(r rune) bool { return r != '\t' && chars.Unseen(r) }); i >= 0 {
				t.Errorf("%.40q: a raw control character on stderr: %q", c.args, line)
			}
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) > 0 {
		t.Errorf("files written: %v", entries)
	}
	for _, args := range [][]string{{"--version"}, {"--help"}, {"choose", "--account", "google", "--need", "viol3"}, {"checklist", "--path", "google"}} {
		var e bytes.Buffer
		if code := run(args, failingWriter{}, &e, nil); code != 1 || !strings.Contains(e.String(), "no space left") {
			t.Errorf("%v to a full disk: code %d, %q", args, code, e.String())
		}
	}
}

// Data is kept only in a whole path: a relative one (HOME unset) would
// make progress depend on where the app was started.
func TestDataFolderMustBeWhole(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	whole := filepath.Join(t.TempDir(), ".config", "fyne", "x")
	if dir, err := dataFolder(whole, nil); err != nil || dir != whole {
		t.Errorf("a whole path: %q %v", dir, err)
	}
	file := filepath.Join(t.TempDir(), "home-is-a-file")
	os.WriteFile(file, nil, 0o600)
	if dir, err := dataFolder(filepath.Join(file, ".config", "fyne", "x"), nil); err == nil || !strings.HasPrefix(dir, os.Getenv("TMPDIR")) {
		t.Errorf("under a file: %q %v, want a temporary folder and an error", dir, err)
	}
	for _, c := range []struct {
		fromFyne  string
		configErr error
	}{
		{".config/fyne/x", nil},
		{"/started/here/fyne/x", errors.New("$HOME is not defined")},
	} {
		dir, err := dataFolder(c.fromFyne, c.configErr)
		if err == nil || !filepath.IsAbs(dir) || !strings.HasPrefix(dir, os.Getenv("TMPDIR")) {
			t.Errorf("%q, %v: %q %v, want a temporary folder and an error", c.fromFyne, c.configErr, dir, err)
		}
	}
}

// choose finds the office's kit as the window does: one named in the
// environment that turns online checks off is obeyed without --kit.
func TestChooseFindsTheKitAsTheWindowDoes(t *testing.T) {
	var asked []string
	withOnline(t, onlineSays(guide.WorkMicrosoft, &asked))
	file := filepath.Join(t.TempDir(), "kit.toml")
	os.WriteFile(file, []byte("online_check = false\n"), 0o644)
	t.Setenv(kit.EnvVar, file)
	code, _, errOut := runCLI("choose", "--address", "anna@firma.se", "--need", "viol3")
	if code != 1 || len(asked) > 0 || !strings.Contains(errOut, "without asking online") {
		t.Errorf("code %d, asked %v, %q", code, asked, errOut)
	}
}

// Each copy open at once gets its own number, and a copy that ends gives
// its number back.
func TestCopiesAreNumbered(t *testing.T) {
	dir := t.TempDir()
	first, l1 := copyNumber(dir)
	second, l2 := copyNumber(dir)
	defer l2.Release()
	l1.Release()
	third, l3 := copyNumber(dir)
	defer l3.Release()
	if first != 0 || second != 1 || third != 0 {
		t.Errorf("copies numbered %d, %d, then %d after the first ended; want 0, 1, 0", first, second, third)
	}
}

// The printed checklist is the window's for the same office: the kit's
// environment counts there too, and --service over it.
func TestChecklistUsesTheKit(t *testing.T) {
	file := filepath.Join(t.TempDir(), "kit.toml")
	os.WriteFile(file, []byte("service = \"viol3-test\"\n"), 0o644)
	code, out, errOut := runCLI("checklist", "--path", "google", "--kit", file)
	if code != 0 || !strings.Contains(out, "3. Klicka på ”VIOL 3 Kundtestmiljö”") {
		t.Errorf("code %d, %q, %q", code, out, errOut)
	}
	code, out, _ = runCLI("checklist", "--path", "google", "--kit", file, "--service", "viol3-production")
	if code != 0 || !strings.Contains(out, "3. Klicka på ”VIOL 3 Produktionsmiljö”") {
		t.Errorf("--service did not win over the kit: code %d", code)
	}
}

// "kit install" is what the MSI's KIT= runs: a good kit lands in the
// computer's folder, a bad one exits 2 (failing the install) and is named
// in install.log.
func TestKitInstall(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "Kontoguiden")
	old, oldClock := machineKitDir, installClock
	machineKitDir = func() string { return dir }
	installClock = func() time.Time { return time.Date(2026, 11, 30, 7, 0, 0, 0, time.UTC) }
	t.Cleanup(func() { machineKitDir, installClock = old, oldClock })
	src := filepath.Join(t.TempDir(), "skogen.toml")
	os.WriteFile(src, []byte("office = \"Skog\"\n"), 0o644)
	if code, out, errOut := runCLI("kit", "install", src); code != 0 || !strings.Contains(out, "Office:        Skog") {
		t.Fatalf("a good kit: code %d, %q, %q", code, out, errOut)
	}
	os.WriteFile(src, []byte("language = \"de\"\n"), 0o644)
	code, _, errOut := runCLI("kit", "install", src)
	if code != 2 || !strings.Contains(errOut, "not installed (see "+filepath.Join(dir, "install.log")) {
		t.Errorf("a bad kit: code %d, %q", code, errOut)
	}
	if k, _ := kit.Load(filepath.Join(dir, kit.FileName)); k.Office != "Skog" {
		t.Errorf("the bad kit replaced the good one: %+v", k)
	}
	if code, _, _ := runCLI("kit", "install"); code != 2 {
		t.Errorf("no file: code %d, want 2", code)
	}
}

// "kit where" names the kit in use, the ones passed over, and a policy's
// word on the online check.
func TestKitWhere(t *testing.T) {
	exe, machine := t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(exe, kit.FileName), []byte("office = \"Beside\"\n"), 0o644)
	os.WriteFile(filepath.Join(machine, kit.FileName), []byte("office = \"Machine\"\n"), 0o644)
	off := false
	old := kitPlaces
	kitPlaces = func(flag string) kit.Places {
		return kit.Places{Flag: flag, ExeDir: exe, Machine: machine, Policy: kit.Policy{Online: &off}}
	}
	t.Cleanup(func() { kitPlaces = old })
	code, out, errOut := runCLI("kit", "where")
	for _, want := range []string{"Kit in use:    " + filepath.Join(machine, kit.FileName) + " (the computer's kit",
		"Not read:      " + filepath.Join(exe, kit.FileName), "Online check:  false (policy OnlineCheck = false)"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("code %d, %q lacks %q (%q)", code, out, want, errOut)
		}
	}
}

// The console build, started with no command, says how to use it and
// opens no window.
func TestConsoleBuildWithoutACommand(t *testing.T) {
	console = "yes"
	t.Cleanup(func() { console = "" })
	code, _, errOut := runCLI()
	if code != 2 || !strings.Contains(errOut, "kontoguiden kit where") {
		t.Errorf("code %d, %q", code, errOut)
	}
}

// checklist --out writes the file itself, in UTF-8, for shells whose >
// would re-encode the text (PowerShell 5.1).
func TestChecklistOut(t *testing.T) {
	file := filepath.Join(t.TempDir(), "lista.html")
	code, out, errOut := runCLI("checklist", "--path", "google", "--format", "html", "--out", file)
	page, _ := os.ReadFile(file)
	if code != 0 || out != "" || !strings.Contains(string(page), "Registrera dig med Google") {
		t.Errorf("code %d, stdout %q, %q; file %.200q", code, out, errOut, page)
	}
	if code, _, _ := runCLI("checklist", "--path", "google", "--out", filepath.Join(file, "x")); code != 1 {
		t.Errorf("an unwritable file: code %d, want 1", code)
	}
}
