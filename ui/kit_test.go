package ui

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/kit"
)

func officeKit(t *testing.T) kit.Kit {
	t.Helper()
	k, err := kit.Parse([]byte(`office = "Storaskogsbolaget, kontoret i Sundsvall"
[support]
name = "IT-supporten"
phone = "060-123 45 67"
[domains]
"storaskogsbolaget.se" = "work-microsoft"
`))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestKitShowsOfficeAndSupport(t *testing.T) {
	h := startWithKit(t, t.TempDir(), i18n.Swedish, officeKit(t), nil)
	h.mustShow("Kontoguiden · Storaskogsbolaget, kontoret i Sundsvall")
	h.onGooglePath(0)
	h.mustShow("Kontakta supporten")
	h.rec.fail = true
	h.tap("Öppna i webbläsaren")
	h.settle()
	h.mustShow("060-123 45 67")
}

func TestBadKitIsShownNotFatal(t *testing.T) {
	h := startWithKit(t, t.TempDir(), i18n.Swedish, kit.Kit{}, errors.New("language: \"fi\" is not a language"))
	h.mustShow("Kontorets inställningar för Kontoguiden har fel")
	h.mustShow("Sätt igång") // the app still works on its defaults
	h.tap("Om")              // the details are there for whoever helps
	h.mustShow("language: \"fi\" is not a language")
}

func TestAddressSuggestsAccountKind(t *testing.T) {
	h := startWithKit(t, t.TempDir(), i18n.Swedish, officeKit(t), nil)
	h.newPerson("Anna")
	h.typeInto("namn@exempel.se", "bjoljo01@storaskogsbolaget.se")
	if h.account() != guide.WorkMicrosoft {
		t.Errorf("office domain suggested %q", h.account())
	}
	h.mustShow("Kontoguidens förslag: Ditt kontor säger att @storaskogsbolaget.se är ”Skol- eller företagskonto från Microsoft”.")
	h.typeInto("namn@exempel.se", "x") // now "...se" + "x": an unknown domain
	h.radio("Personligt Google-konto") // the person can still change it
	if h.account() != guide.GoogleAccount {
		t.Errorf("person's own choice not kept: %q", h.account())
	}
	people, _ := h.ui.People.List()
	data, _ := os.ReadFile(h.ui.People.Store(people[0].ID).Dir + "/progress.json")
	if strings.Contains(string(data), "bjoljo01") || strings.Contains(string(data), "storaskogsbolaget") {
		t.Errorf("the address was stored: %s", data)
	}
}

func TestTwoPeopleOnOneComputer(t *testing.T) {
	dir := t.TempDir()
	h := start(t, dir, i18n.Swedish)
	h.onGooglePath(2)
	h.quit()

	bo := start(t, dir, i18n.Swedish)
	bo.mustShow("Anna: 2 av " + total(guide.PathGoogle) + " steg klara")
	bo.newPerson("Bo")
	bo.answer(guide.WorkMicrosoft, guide.NeedVIOL3)
	bo.tap("Starta guiden")
	bo.mustShow("Steg 1 av")
	if bo.ui.session.Journey.DoneCount() != 0 {
		t.Errorf("Bo sees %d of Anna's ticks", bo.ui.session.Journey.DoneCount())
	}
	bo.tap("Klar – nästa steg")
	bo.quit()

	anna := start(t, dir, i18n.Swedish)
	anna.mustShow("Bo: 1 av " + total(guide.PathEmail) + " steg klart")
	anna.tap("Fortsätt som Anna")
	anna.mustShow("Steg 3 av " + total(guide.PathGoogle)) // Anna's Google path, where she left it
	anna.quit()

	forget := start(t, dir, i18n.Swedish)
	forget.tap("Glöm Bo") // the first row is the most recently saved
	forget.mustShow("Glömma Bo?")
	forget.tap("Glöm")
	if forget.shows("Bo:") || !forget.shows("Anna: 2 av "+total(guide.PathGoogle)+" steg klara") {
		t.Errorf("after forgetting Bo:\n%s", forget.text())
	}
	forget.mustSee("Kontoguiden har glömt Bo.") // said, where nothing else would
	forget.tap("Jag är ny här")
	forget.tap("Tillbaka")
	forget.mustNotShow("Kontoguiden har glömt Bo.") // said once
}

func TestReceipt(t *testing.T) {
	h := startWithKit(t, t.TempDir(), i18n.Swedish, officeKit(t), nil)
	h.onGooglePath(0)
	for !h.ui.session.Journey.Step().MFA {
		h.tap("Klar – nästa steg")
	}
	h.check("Tvåstegsverifieringen är klar")
	h.tap("Mitt konto är klart")
	h.tap("Ja, det är klart")
	h.tap("Spara kvitto")
	h.mustShow("Kvittot är sparat")
	// News with an offer, not a question: no question mark beside it.
	for _, o := range h.objects() {
		if img, ok := o.(*canvas.Image); ok && img.Visible() && img.Resource != nil && strings.Contains(img.Resource.Name(), "question") {
			t.Errorf("%q beside the news that the receipt is saved", img.Resource.Name())
		}
	}
	h.tap("Öppna kvittot")
	h.settle()
	if len(h.rec.files) != 1 {
		t.Fatalf("receipt opened %d times", len(h.rec.files))
	}
	data, err := os.ReadFile(h.rec.files[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Anna", "Registrera dig med Google", "2026-11-26 09:30", "behörighetsansvarig", "Storaskogsbolaget"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("receipt lacks %q", want)
		}
	}
	h.rec.fail = true // no browser: the person gets the file's place to copy
	h.tap("Spara kvitto")
	h.tap("Öppna kvittot")
	h.settle()
	h.mustShow("webbläsaren öppnades inte")
	h.tap("Kopiera adressen")
	if got := h.ui.App.Clipboard().Content(); got != h.rec.files[1] {
		t.Errorf("clipboard holds %q, want the receipt's path %q", got, h.rec.files[1])
	}
	// Saved again in the same minute: a second file, not one to replace.
	if first, again := h.rec.files[0], h.rec.files[1]; again != strings.TrimSuffix(first, ".html")+"-2.html" {
		t.Errorf("saved again as %q after %q", again, first)
	}
}

// A second copy of the app cannot open a person the first has open.
func TestSecondCopyForSamePersonIsRefused(t *testing.T) {
	dir := t.TempDir()
	first := start(t, dir, i18n.Swedish)
	first.onGooglePath(1)

	second := start(t, dir, i18n.Swedish)
	second.tap("Fortsätt som Anna")
	// Said where the person looks, and gone once read: not in the red
	// bar, which stayed on the next screen.
	second.mustShow("Öppet i ett annat fönster")
	second.mustShow("Kontoguiden är redan öppet för Anna i ett annat fönster")
	second.tap("OK")
	second.mustShow("[Jag är ny här]") // still on the welcome screen
	if second.ui.bar.Visible() {
		t.Errorf("the red bar says %q", second.ui.notice.Text)
	}
	second.tap("Börja om") // said at once, before any question
	second.mustNotShow("Börja om för Anna?")
	second.mustShow("Kontoguiden är redan öppet för Anna i ett annat fönster")
	second.tap("OK")
	second.tap("Glöm Anna") // the same
	second.mustNotShow("Glömma Anna?")
	second.mustShow("Ingenting togs bort: Kontoguiden är öppet för Anna i ett annat fönster. Stäng det fönstret, så fungerar ”Glöm”.")
	second.tap("OK")
	second.mustShow("Anna: 1 av " + total(guide.PathGoogle) + " steg klart") // not forgotten while open elsewhere

	first.tap("Klar – nästa steg") // the first copy saves on undisturbed
	first.quit()
	third := start(t, dir, i18n.Swedish)
	third.mustShow("Anna: 2 av " + total(guide.PathGoogle) + " steg klara")
}

// However much a bad kit's problems say, About scrolls them above its OK
// button.
func TestAboutScrollsLongContent(t *testing.T) {
	var many strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&many, "key%d = 1\n", i)
	}
	k, err := kit.Parse([]byte(many.String()))
	h := startWithKit(t, t.TempDir(), i18n.Swedish, k, err)
	h.tap("Om")
	scroll := find(h, "scrolling about", func(s *container.Scroll) bool { return strings.Contains(fmt.Sprint(err), "key0") && s.Visible() })
	if scroll.MinSize().Height > h.w.Canvas().Size().Height {
		t.Errorf("About needs %v of a %v window", scroll.MinSize().Height, h.w.Canvas().Size().Height)
	}
	h.mustShow("och 1980 till")
	h.tap("OK")
}

// A bad kit's problems are shown in the person's language, and its good
// fields are still used.
func TestKitProblemsInThePersonsLanguage(t *testing.T) {
	k, err := kit.Parse([]byte("language = \"de\"\n[support]\nphone = \"060-1\"\n"))
	h := startWithKit(t, t.TempDir(), i18n.Swedish, k, err)
	h.mustShow("använder de delar som är rätt")
	h.tap("Om")
	h.mustShow("language: \"de\" är inget av guidens språk; använd ett av sv, en")
	h.tap("OK")
	h.onGooglePath(0)
	h.mustShow("060-1") // the support contact still helps
}

// About names the kit in use, says when a policy chose it, and names the
// kit passed over for it, so support can see why a kit "does nothing".
func TestAboutSaysWhichKitAndWhy(t *testing.T) {
	k := kit.Kit{Office: "Skog", Where: kit.Found{File: `C:\Policy\skog.toml`, From: kit.FromPolicy,
		Ignored: []string{`C:\Program Files\Kontoguiden\kontoguiden-kit.toml`}}}
	h := startWithKit(t, t.TempDir(), i18n.Swedish, k, nil)
	h.tap("Om")
	h.mustShow("C:\\Policy\\skog.toml\nVald av IT med en grupprincip.\nLäses inte, eftersom inställningarna ovan går först: C:\\Program Files\\Kontoguiden\\kontoguiden-kit.toml")
	h.tap("OK")
}
