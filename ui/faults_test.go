package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/progress"
)

// Where progress cannot be written (a full disk, a read-only folder), the
// person is told once and goes on in memory.
func TestCannotSaveWarnsAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	// A file where the people folder should be: every save fails, as on a
	// read-only or full disk, even for root.
	if err := os.WriteFile(filepath.Join(dir, "people"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	h := start(t, dir, i18n.Swedish)
	h.choose(guide.GoogleAccount, guide.NeedVIOL3)
	h.mustShow("Dina framsteg kunde inte sparas: där Kontoguiden sparar ligger en fil i stället för en mapp.")
	h.mustNotShow("not a directory") // the program's own words go to the log only
	h.tap("Starta guiden")
	h.tap("Klar – nästa steg")
	h.tap("Klar – nästa steg")
	h.mustShow("Steg 3 av " + total(guide.PathGoogle))
}

// A progress file from a newer Kontoguiden is left alone, and the person
// is told why their progress is not there.
func TestNewerProgressIsNotOverwritten(t *testing.T) {
	dir := t.TempDir()
	people := progress.NewPeople(filepath.Join(dir, "people"), func() time.Time { return clock })
	anna, err := people.Add("Anna")
	if err != nil {
		t.Fatal(err)
	}
	anna.Close()
	file := filepath.Join(people.Dir, anna.ID, progress.FileName)
	newer := []byte(`{"version":99,"name":"Anna","path":"google","future":"field"}`)
	os.WriteFile(file, newer, 0o600)

	h := start(t, dir, i18n.Swedish)
	h.mustShow("Anna: sparad av en nyare version av Kontoguiden")
	h.tap("Fortsätt som Anna")
	h.mustShow("Dina framsteg sparades av en nyare version av Kontoguiden")
	h.answer(guide.GoogleAccount, guide.NeedVIOL3)
	h.tap("Starta guiden")
	h.tap("Klar – nästa steg")
	if got, _ := os.ReadFile(file); string(got) != string(newer) {
		t.Errorf("the newer file was overwritten: %s", got)
	}
}

// A broken progress file is kept aside and the person starts afresh.
func TestBrokenProgressIsKeptAside(t *testing.T) {
	dir := t.TempDir()
	people := progress.NewPeople(filepath.Join(dir, "people"), func() time.Time { return clock })
	anna, _ := people.Add("Anna")
	anna.Close()
	h := start(t, dir, i18n.Swedish)
	os.WriteFile(filepath.Join(people.Dir, anna.ID, progress.FileName), []byte(`{"version":1,"name":"Anna","path":`), 0o600)
	h.tap("Fortsätt som Anna")
	h.mustShow("gick inte att läsa")
	h.mustShow("Två frågor först")
	kept, _ := filepath.Glob(filepath.Join(people.Dir, anna.ID, progress.FileName+".broken-*"))
	if len(kept) != 1 {
		t.Errorf("broken file not kept aside: %v", kept)
	}
}

// A file broken before the app starts: listed as an unknown person with
// its day, never offered to continue, and it can be forgotten; listing
// twice (every return to the welcome screen) changes nothing on disk.
func TestBrokenFileAtStartCanBeForgotten(t *testing.T) {
	dir := t.TempDir()
	people := progress.NewPeople(filepath.Join(dir, "people"), func() time.Time { return clock })
	anna, _ := people.Add("Anna")
	anna.Close()
	file := filepath.Join(people.Dir, anna.ID, progress.FileName)
	os.WriteFile(file, []byte(`{"version":1,"name":"Anna","pa`), 0o600)
	os.Chtimes(file, clock, clock)
	for range 2 {
		h := start(t, dir, i18n.Swedish)
		h.mustShow("Okänd person, sparad 26 nov: framstegen gick inte att läsa.")
		h.mustNotShow("Fortsätt som")
		h.quit()
	}
	h := start(t, dir, i18n.Swedish)
	h.tap("Glöm")
	h.tap("Glöm") // the dialog's own
	h.mustNotShow("Okänd person")
	if _, err := os.Stat(filepath.Join(people.Dir, anna.ID)); !os.IsNotExist(err) {
		t.Errorf("the broken file was not forgotten: %v", err)
	}
}

// Forgetting a person forgets their receipts too.
func TestForgetRemovesReceipts(t *testing.T) {
	dir := t.TempDir()
	h := start(t, dir, i18n.Swedish)
	h.walk(i18n.Swedish, func(screen string) {
		if screen == "done" {
			h.tap("Spara kvitto")
			h.tap("Öppna kvittot")
			h.settle()
		}
	})
	if len(h.rec.files) != 1 {
		t.Fatalf("%d receipts", len(h.rec.files))
	}
	h.tap("Glöm Anna")
	h.tap("Glöm")
	if _, err := os.Stat(h.rec.files[0]); !os.IsNotExist(err) {
		t.Errorf("the receipt is still there: %v", err)
	}
}

// Each cause of a failed save has its own words and advice; the program's
// own text never reaches the screen.
func TestSaveProblemsSayTheirCause(t *testing.T) {
	h := start(t, t.TempDir(), i18n.Swedish)
	for err, want := range map[error]string{
		&os.PathError{Op: "open", Path: "/x", Err: os.ErrPermission}: "får inte skriva",
		&os.PathError{Op: "mkdir", Path: "/x", Err: syscall.ENOTDIR}: "en fil i stället för en mapp",
		&os.PathError{Op: "write", Path: "/x", Err: syscall.ENOSPC}:  "inget ledigt utrymme",
		errors.New("something odd"):                                  "orsaken står i Kontoguidens logg",
	} {
		got := h.ui.saveWords(fmt.Errorf("%w: %w", progress.ErrNotSaved, err))
		if !strings.Contains(got, want) || strings.Contains(got, "/x") || strings.Contains(got, "odd") {
			t.Errorf("%v: %q, want %q", err, got, want)
		}
	}
}

// With no folder to save in at all, the person is told once, in their
// words, and can still go through the steps.
func TestNoDataFolderIsSaid(t *testing.T) {
	h := startWith(t, t.TempDir(), setup{lang: i18n.Swedish, dataErr: errors.New("HOME is unset")})
	h.mustShow("Kontoguiden hittar ingen mapp att spara i på den här datorn, så inget sparas.")
	h.mustNotShow("HOME is unset")
}

// A people folder that is a file is said as what it is: the list could
// not be read, not that someone's progress was lost.
func TestPeopleThatCannotBeListedAreSaidSo(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "people"), []byte("not a folder"), 0o600)
	h := start(t, dir, i18n.Swedish)
	h.mustShow("Kontoguiden kunde inte läsa vilka personer som är sparade på den här datorn.")
	h.mustNotShow("Dina sparade framsteg gick inte att läsa")
}

// A receipt goes to the person's Documents folder, where they find it
// again; the app says where, offers to open it, and "Glöm" leaves it, as
// the person is told.
func TestReceiptIsSavedInDocuments(t *testing.T) {
	docs := t.TempDir()
	h := start(t, t.TempDir(), i18n.Swedish)
	h.ui.Documents = func() (string, error) { return docs, nil }
	h.walk(i18n.Swedish, func(screen string) {
		if screen == "done" {
			h.tap("Spara kvitto")
		}
	})
	saved, _ := filepath.Glob(filepath.Join(docs, "Kontoguiden-kvitto-Anna-*.html"))
	if len(saved) != 1 {
		t.Fatalf("receipts in Documents: %v", saved)
	}
	h.mustShow("Det ligger här: " + saved[0])
	h.mustShow("Filen är din. Den finns kvar även om du väljer ”Glöm” i Kontoguiden.")
	h.tap("Öppna kvittot")
	h.settle()
	if len(h.rec.files) != 1 || h.rec.files[0] != saved[0] {
		t.Errorf("opened %v, want %s", h.rec.files, saved[0])
	}
	if h.shows("[Byt person (Anna)]") {
		h.tap("Byt person (Anna)")
	}
	h.tap("Glöm Anna")
	h.mustShow("Kvitton som du har sparat finns kvar.")
	h.tap("Glöm")
	if _, err := os.Stat(saved[0]); err != nil {
		t.Errorf("forgetting Anna removed her own copy: %v", err)
	}
}

// The real save dialog asks in the person's words, starts in their
// Documents folder with the receipt's name, and fits the window.
func TestReceiptDialogStartsInDocuments(t *testing.T) {
	docs := t.TempDir()
	h := start(t, t.TempDir(), i18n.Swedish)
	h.ui.Documents = func() (string, error) { return docs, nil }
	h.ui.saveAs = h.ui.saveWithDialog
	h.walk(i18n.Swedish, func(screen string) {
		if screen == "done" {
			h.tap("Spara kvitto")
		}
	})
	h.mustShow("Spara kvittot")
	h.mustShow("[Spara]")
	name := find(h, "file name", func(e *widget.Entry) bool { return strings.HasPrefix(e.Text, "Kontoguiden-kvitto-") })
	if !strings.HasPrefix(name.Text, "Kontoguiden-kvitto-Anna-2026-11-26-") {
		t.Errorf("the name given is %q", name.Text)
	}
	top := h.w.Canvas().Overlays().Top()
	if s := top.Size(); s.Width > h.w.Canvas().Size().Width || s.Height > h.w.Canvas().Size().Height {
		t.Errorf("the dialog is %v in a window of %v", s, h.w.Canvas().Size())
	}
	for _, o := range test.LaidOutObjects(top) {
		if g, ok := o.(*widget.GridWrap); ok && g.Visible() {
			t.Error("the folder is shown as a grid of tiles, which cut names at large text; want a list")
		}
	}
	h.key(fyne.KeyEscape)
	if h.w.Canvas().Overlays().Top() != nil {
		t.Error("Escape did not cancel the dialog")
	}
}
