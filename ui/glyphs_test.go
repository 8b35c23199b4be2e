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
	i18n.Builtin().Each(func(l guide.Lang, key, text string) { check(string(l)+" "+key, text) })
	for _, l := range guide.Langs {
		for _, text := range guideTexts(l) {
			check("guide", text)
		}
	}
	for r, where := range missing {
		t.Errorf("%q (U+%04X) is not in the bundled font; used in %s", r, r, where)
	}
}

// guideTexts is every text of the guide that a screen shows, in l.
func guideTexts(l guide.Lang) []string {
	var out []string
	for _, a := range guide.Accounts {
		out = append(out, a.Name.In(l), a.Examples.In(l))
	}
	for _, n := range guide.Needs {
		out = append(out, n.Name.In(l))
	}
	for _, p := range guide.Paths {
		out = append(out, p.Name.In(l), p.Button)
		for _, svc := range guide.ServiceIDs() {
			steps, _ := guide.Checklist(p.ID, guide.Options{CreateAddress: true, Service: svc})
			for _, s := range steps {
				out = append(out, s.Title.In(l), s.Body.In(l))
				for _, h := range s.Help {
					out = append(out, h.Problem.In(l), h.Fix.In(l))
				}
				for _, pg := range s.Pages {
					out = append(out, pg.Brand.Wordmark(), pg.Caption.In(l), pg.Gloss())
					for _, e := range pg.Elements {
						out = append(out, e.Text, e.Hint, e.Value)
						out = append(out, e.Parts...)
					}
				}
			}
		}
	}
	for _, a := range guide.AccountIDs() {
		for _, needs := range [][]guide.Need{{guide.NeedVIOL3}, {guide.NeedFollowup}, {guide.NeedIntegration}, {guide.NeedHuvudkod}} {
			if c, err := guide.Choose(a, needs); err == nil {
				out = append(out, c.Reason.In(l))
			}
		}
	}
	return out
}
