package ui

import (
	"bytes"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/font"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
)

// Every character the screens show is in Fyne's bundled font: an old
// office PC without fallback fonts draws a box for anything else (as it
// did for "A−", ✓, ▼, ← and →).
func TestEveryCharacterIsInTheBundledFont(t *testing.T) {
	var faces []*font.Face
	for _, style := range []fyne.TextStyle{{}, {Bold: true}} {
		f, err := font.ParseTTF(bytes.NewReader(theme.DefaultTheme().Font(style).Content()))
		if err != nil {
			t.Fatal(err)
		}
		faces = append(faces, f)
	}
	missing := map[rune]string{}
	check := func(where, s string) {
		for _, r := range s {
			if unicode.IsSpace(r) || r == '\u00ad' {
				continue
			}
			for _, f := range faces {
				if _, ok := f.NominalGlyph(r); !ok {
					missing[r] = where
				}
			}
		}
	}
	// Every text of every language, the guide's own among them, and the
	// words of the pages, which are the same in every language.
	i18n.Builtin().Each(func(l i18n.Lang, key, text string) { check(string(l)+" "+key, text) })
	for _, text := range pageWords() {
		check("page", text)
	}
	for _, text := range []string{smallerLabel, largerLabel, linesLeftOut, "…", "•", " · "} { // in no catalogue
		check("header", text)
	}
	for r, where := range missing {
		t.Errorf("%q (U+%04X) is not in the bundled font; used in %s", r, r, where)
	}
}

// pageWords are the words of every page the guide draws, its buttons'
// labels and its services, which the catalogue does not hold: they are
// the pages' own, in every language.
func pageWords() []string {
	var out []string
	for _, svc := range guide.Services {
		out = append(out, svc.Label)
	}
	for _, p := range guide.Paths {
		out = append(out, p.Button)
		for _, svc := range guide.ServiceIDs() {
			steps, _ := guide.Checklist(p.ID, guide.Options{CreateAddress: true, Service: svc})
			for _, s := range steps {
				for _, pg := range s.Pages {
					out = append(out, pg.Brand.Wordmark())
					for _, e := range pg.Elements {
						out = append(out, e.Text, e.Hint, e.Value)
						out = append(out, e.Parts...)
					}
				}
			}
		}
	}
	return out
}
