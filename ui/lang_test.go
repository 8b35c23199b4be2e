package ui

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"path"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/assets"
	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/printout"
)

// xx is a throw-away language: every Swedish text with "XX " before it,
// its placeholders kept. Its code is a private one, which no language the
// app ships can have.
const xx i18n.Lang = "x-test"

// withXX is the shipped translations and files of xx beside them: adding
// a language is adding its files, and its code to the list of languages.
func withXX(t testing.TB) *i18n.Catalog {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, dir := range i18n.Dirs {
		for _, l := range i18n.Langs {
			file := path.Join(dir, string(l)+".json")
			data, err := fs.ReadFile(assets.Translations, file)
			if err != nil {
				t.Fatal(err)
			}
			fsys[file] = &fstest.MapFile{Data: data}
			if l == i18n.Swedish {
				fsys[path.Join(dir, string(xx)+".json")] = &fstest.MapFile{Data: pseudo(t, data)}
			}
		}
	}
	c, err := i18n.Load(append(append([]i18n.Lang{}, i18n.Langs...), xx), fsys, i18n.Dirs...)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range c.Problems() {
		t.Error(p)
	}
	return c
}

// pseudo puts "XX " before every text of a translation file, and before
// each of its paragraphs.
func pseudo(t testing.TB, data []byte) []byte {
	var texts map[string]any
	if err := json.Unmarshal(data, &texts); err != nil {
		t.Fatal(err)
	}
	for k, v := range texts {
		switch x := v.(type) {
		case string:
			texts[k] = mark(x)
		case map[string]any:
			for form, s := range x {
				x[form] = mark(s.(string))
			}
		}
	}
	out, err := json.Marshal(texts)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func mark(s string) string { return "XX " + strings.ReplaceAll(s, "\n\n", "\n\nXX ") }

// Another language needs no code: the whole way through, every word the
// app says is that language's, the switch goes round all of them, and the
// printouts speak it too.
func TestAnotherLanguageIsData(t *testing.T) {
	texts := withXX(t)
	h := startWith(t, t.TempDir(), setup{lang: xx, texts: texts})
	h.walk(xx, func(screen string) { h.allSaidIn(screen, "XX ") })

	// The switch names the next language in that language's own words,
	// and goes round them all.
	var went []i18n.Lang
	for range texts.Langs() {
		if want := texts.T(texts.Next(h.ui.lang), "lang.switch"); h.ui.header.lang.Text != want {
			t.Errorf("on %s the switch says %q, want %q", h.ui.lang, h.ui.header.lang.Text, want)
		}
		test.Tap(h.ui.header.lang)
		went = append(went, h.ui.lang)
	}
	if want := append(append([]i18n.Lang{}, i18n.Langs...), xx); !slices.Equal(went, want) {
		t.Errorf("the switch went %v, want %v", went, want)
	}

	var b bytes.Buffer
	steps, _ := guide.Checklist(guide.PathGoogle, guide.Options{})
	if err := printout.Write(&b, printout.Text, printout.Sheet{Texts: texts, Lang: xx, Path: guide.Paths[3], Steps: steps}); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), "XX ") || !strings.Contains(b.String(), "1. XX ") {
		t.Errorf("the printout does not speak xx:\n%s", b.String())
	}
}

// allSaidIn checks that every label and button on screen, the dialog's
// included, says its words in the language whose texts start with mark.
// Left out are words that are no text of that language: the bullets, the
// header's A– and A+ and its language switch (which speaks the next language),
// and the pictures' Swedish page words, which are no labels.
func (h *harness) allSaidIn(screen, mark string) {
	h.t.Helper()
	for _, o := range h.objects() {
		var s string
		if l, ok := o.(*widget.Label); ok && l.Visible() {
			s = l.Text
		} else if b, ok := asPressable(o); ok && b.Visible() {
			s = b.text
		}
		if s == "" || s == "•" || s == smallerLabel || s == largerLabel || o == fyne.CanvasObject(h.ui.header.lang) {
			continue
		}
		if !strings.Contains(s, mark) {
			h.t.Errorf("%s: %q is not in the language of %q", screen, s, mark)
		}
	}
}

// Fyne's own words (the save dialog's, an entry's menu) are in the app's
// language, whatever the computer's, and follow a switch of it.
func TestFyneWordsFollowTheAppsLanguage(t *testing.T) {
	h := start(t, t.TempDir(), i18n.English)
	want := map[string]string{"Show Hidden Files": "Show hidden files", "New Folder": "New folder", "Cancel": "Cancel"}
	for key, word := range want {
		if got := lang.L(key); got != word {
			t.Errorf("in English, Fyne says %q for %q, want %q", got, key, word)
		}
	}
	h.tap("På svenska")
	want = map[string]string{"Show Hidden Files": "Visa dolda filer", "New Folder": "Ny mapp", "Cancel": "Avbryt", "Paste": "Klistra in"}
	for key, word := range want {
		if got := lang.L(key); got != word {
			t.Errorf("in Swedish, Fyne says %q for %q, want %q", got, key, word)
		}
	}
	if got := lang.X("file.parent", "Parent"); got != "Upp" {
		t.Errorf("the save dialog's way up is %q, want Upp", got)
	}
}

// Each language has Fyne's every word, so that none falls back to
// English.
func TestFyneWordsAreWhole(t *testing.T) {
	var keys map[string]any
	for _, l := range i18n.Langs {
		data, err := assets.FyneWords.ReadFile("translations/fyne/" + string(l) + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var words map[string]any
		if err := json.Unmarshal(data, &words); err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		if keys == nil {
			keys = words
		}
		for k := range keys {
			if _, ok := words[k]; !ok {
				t.Errorf("%s lacks Fyne's %q", l, k)
			}
		}
		if len(words) != len(keys) {
			t.Errorf("%s has %d of Fyne's words, the first language %d", l, len(words), len(keys))
		}
	}
}
