//go:build walk

package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/biometria/kontoguiden/internal/guide"
)

// TestWalk is "make walk": the real window, on the screens people have,
// driven as a person drives it, with the mouse and the keyboard, from the
// welcome screen to the receipt, once for each kind of account. The
// browser is a stub that writes down what it was given. A screenshot of
// every screen lands in $WALK_DIR (dist/walk), to be looked at.
func TestWalk(t *testing.T) {
	for _, tool := range []string{"Xvfb", "xdotool", "import", "tesseract"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed; make walk installs it", tool)
		}
	}
	bin := buildBinary(t)
	shots := os.Getenv("WALK_DIR")
	if shots == "" {
		shots = t.TempDir()
	}
	for _, screen := range walkScreens {
		for _, k := range walkKinds {
			name := screen.name + "/" + string(k.account)
			t.Run(name, func(t *testing.T) {
				w := startWalk(t, bin, screen, filepath.Join(shots, name))
				w.throughTheWelcome()
				k.choose(w)
				w.throughTheSteps(k.account)
				w.toTheReceipt()
			})
		}
	}
}

// walkScreen is a screen people have: its size, the system's scale and
// the text size chosen with A+.
type walkScreen struct {
	name        string
	w, h        int
	scale, text string
}

var walkScreens = []walkScreen{
	{"1366x768_150", 1366, 768, "1.5", "1"},
	{"1024x600_text200", 1024, 600, "1", "2"},
	{"1920x1080_150", 1920, 1080, "1.5", "1"},
}

// walkKind is an account kind and how a person says they have it: by
// typing their address, which the guide or the office's kit knows, or by
// clicking the card.
type walkKind struct {
	account guide.Account
	choose  func(w *walker)
}

var walkKinds = []walkKind{
	{guide.GoogleAccount, func(w *walker) { w.typeAddress("anna@gmail.com") }},
	{guide.PrivateMicrosoft, func(w *walker) { w.typeAddress("anna@hotmail.com") }},
	{guide.WorkMicrosoft, func(w *walker) { w.typeAddress("anna@skog.se") }}, // the kit's domain
	{guide.OtherAddress, func(w *walker) { w.typeAddress("anna@telia.com") }},
	{guide.NoAddress, func(w *walker) { w.click("Jag har ingen e-postadress än"); w.toVIOL3 = 1 }},
}

// walker is one walk: the app on its own display, with its own home, a
// browser stub and a folder for its screenshots.
type walker struct {
	t       *testing.T
	display string
	window  string
	shots   string
	opened  string // what the browser stub was given, a line each
	first   string // the first step's page
	toVIOL3 int    // Tab presses from where the focus is to "Använda VIOL 3"
	n       int    // screenshots so far
}

func startWalk(t *testing.T, bin string, s walkScreen, shots string) *walker {
	display := startXvfb(t, "-screen", "0", fmt.Sprintf("%dx%dx24", s.w, s.h))
	home, fake := t.TempDir(), t.TempDir()
	data := filepath.Join(home, ".config", "fyne", "se.biometria.kontoguiden")
	os.MkdirAll(data, 0o700)
	os.WriteFile(filepath.Join(data, "settings.json"), []byte(`{"textScale":`+s.text+`}`), 0o600)
	kitFile := filepath.Join(fake, "kit.toml")
	os.WriteFile(kitFile, []byte("office = \"Skogskontoret\"\nonline_check = false\n[domains]\n\"skog.se\" = \"work-microsoft\"\n"), 0o600)
	opened := filepath.Join(fake, "opened")
	os.WriteFile(filepath.Join(fake, "xdg-open"), []byte("#!/bin/sh\necho \"$1\" >> "+opened+"\n"), 0o755)
	os.MkdirAll(shots, 0o755)
	app := exec.Command(bin, "--kit", kitFile)
	app.Env = []string{"HOME=" + home, "DISPLAY=" + display, "FYNE_SCALE=" + s.scale, "LANG=sv_SE.UTF-8",
		"PATH=" + fake + ":/usr/bin:/bin"}
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { app.Process.Kill(); app.Wait() })
	w := &walker{t: t, display: display, window: waitWindow(t, display), shots: shots, opened: opened}
	xdo(display, "windowfocus", "--sync", w.window)
	return w
}

// shot saves the screen as it is now, once what was done has been drawn.
func (w *walker) shot(what string) string {
	time.Sleep(700 * time.Millisecond)
	w.n++
	file := filepath.Join(w.shots, fmt.Sprintf("%02d_%s.png", w.n, what))
	cmd := exec.Command("import", "-window", "root", file)
	cmd.Env = []string{"DISPLAY=" + w.display}
	if out, err := cmd.CombinedOutput(); err != nil {
		w.t.Fatalf("screenshot: %v\n%s", err, out)
	}
	return file
}

func (w *walker) key(keys ...string) {
	xdo(w.display, append([]string{"key", "--delay", "80"}, keys...)...)
}

// words are the words a screenshot shows, read by tesseract, with where
// each stands.
type word struct {
	text       string
	x, y, w, h int
}

// words reads light text on a dark button too: tesseract reads dark on
// light best, so it also reads the picture with its colours turned round.
func (w *walker) words(file string) []word {
	negated := strings.TrimSuffix(file, ".png") + ".negated.png"
	if err := exec.Command("convert", file, "-negate", negated).Run(); err == nil {
		defer os.Remove(negated)
		return append(w.read(file), w.read(negated)...)
	}
	return w.read(file)
}

func (w *walker) read(file string) []word {
	cmd := exec.Command("tesseract", file, "-", "-l", "swe", "tsv")
	out, err := cmd.Output()
	if err != nil {
		w.t.Fatalf("tesseract: %v", err)
	}
	var words []word
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 12 || f[0] != "5" || strings.TrimSpace(f[11]) == "" {
			continue
		}
		n := make([]int, 4)
		for i := range n {
			n[i], _ = strconv.Atoi(f[6+i])
		}
		words = append(words, word{strings.TrimSpace(f[11]), n[0], n[1], n[2], n[3]})
	}
	return words
}

// find is where the phrase starts on screen, its words in a row: the
// lowest place it stands, as a dialog's button stands below its title.
func (w *walker) find(file, phrase string) (word, bool) {
	want := strings.Fields(phrase)
	words := w.words(file)
	var found word
	ok := false
	for i := range words {
		if i+len(want) > len(words) {
			break
		}
		match := true
		for k, p := range want {
			if strings.Trim(words[i+k].text, "”\".,:") != strings.Trim(p, "”\".,:") {
				match = false
				break
			}
		}
		if match && (!ok || words[i].y > found.y) {
			found, ok = words[i], true
		}
	}
	return found, ok
}

// mustRead fails unless the screen shows phrase.
func (w *walker) mustRead(file, phrase string) {
	w.t.Helper()
	if _, ok := w.find(file, phrase); !ok {
		w.t.Fatalf("%s does not show %q", file, phrase)
	}
}

// click clicks the phrase where the screen shows it, as a person would:
// where it is below the fold, they scroll down to it with the wheel.
func (w *walker) click(phrase string) {
	w.t.Helper()
	for try := 0; try < 8; try++ {
		file := w.shot("before_" + strings.ReplaceAll(strings.Fields(phrase)[0], "/", ""))
		if at, ok := w.find(file, phrase); ok {
			xdo(w.display, "mousemove", strconv.Itoa(at.x+at.w/2), strconv.Itoa(at.y+at.h/2), "click", "1")
			return
		}
		wheel, times := "5", "8" // down
		if try == 0 {
			wheel, times = "4", "20" // to the top first: it may be above
		}
		xdo(w.display, "mousemove", "--window", w.window, "200", "300", "click", "--repeat", times, wheel)
	}
	w.t.Fatalf("%q is not on screen, nor below it", phrase)
}

func (w *walker) throughTheWelcome() {
	w.t.Helper()
	w.mustRead(w.shot("welcome"), "Skapa ditt Biometria-konto")
	w.key("Return") // "Sätt igång"
	w.mustRead(w.shot("name"), "Vad heter du?")
	xdo(w.display, "type", "--delay", "60", "Anna")
	w.key("Return")
}

// typeAddress types an address into the chooser's field, where typing
// goes when it opens, and leaves the field with Tab.
func (w *walker) typeAddress(address string) {
	w.t.Helper()
	w.mustRead(w.shot("chooser"), "Två frågor först")
	xdo(w.display, "type", "--delay", "60", address)
	w.key("Tab") // leaving the field: the address is read at once
	w.shot("typed")
	w.toVIOL3 = 5 // the five account cards, the first of which has the focus now
}

func (w *walker) throughTheSteps(a guide.Account) {
	w.t.Helper()
	for range w.toVIOL3 {
		w.key("Tab")
	}
	w.key("space") // "Använda VIOL 3", reached with Tab as from the keyboard
	w.shot("chosen")
	w.key("Return") // Nästa
	w.mustRead(w.shot("recommendation"), "Så här registrerar du dig")
	w.key("Return")
	c, err := guide.Choose(a, []guide.Need{guide.NeedVIOL3})
	if err != nil {
		w.t.Fatal(err)
	}
	steps, _ := guide.Checklist(c.Path, c.Options)
	w.first = steps[0].URL
	w.shot("step01")
	w.key("ctrl+b") // the first step's page, in the browser stub
	for i := 1; i < len(steps); i++ {
		w.key("Return") // Klar – nästa steg
		w.shot(fmt.Sprintf("step%02d", i+1))
	}
	w.click("Tvåstegsverifieringen är klar")
	w.shot("mfa_ticked")
	w.key("Return") // Mitt konto är klart
	w.mustRead(w.shot("mfa_dialog"), "Är tvåstegsverifieringen klar?")
	w.key("Return")
	w.mustRead(w.shot("done"), "Ditt konto är redo för VIOL 3")
}

func (w *walker) toTheReceipt() {
	w.t.Helper()
	w.click("Spara kvitto")
	w.mustRead(w.shot("receipt_dialog"), "Spara kvittot")
	w.click("Spara") // the dialog's button, in its Documents folder
	w.mustRead(w.shot("receipt_saved"), "Kvittot är sparat")
	w.key("Return") // Öppna kvittot
	w.shot("receipt")
	data, _ := os.ReadFile(w.opened)
	got := string(data)
	if !strings.Contains(got, w.first) || !strings.Contains(got, "Kontoguiden-kvitto-") {
		w.t.Errorf("the browser was given %q: want the first step's page and the receipt", got)
	}
}
