package guide

import (
	"slices"
	"testing"

	"github.com/biometria/kontoguiden/assets"
	"github.com/biometria/kontoguiden/internal/i18n"
)

// everyText is every text the guide can give a person: each step of each
// path with every option, its help, links and pictures; the kinds, the
// needs, the preconditions and every choice's reasons.
func everyText() []i18n.Text {
	var out []i18n.Text
	for _, p := range Paths {
		out = append(out, p.Name(), p.ButtonMeaning())
		for _, create := range []bool{false, true} {
			for _, svc := range ServiceIDs() {
				steps, _ := Checklist(p.ID, Options{Service: svc, CreateAddress: create})
				for _, s := range steps {
					out = append(out, stepTexts(s)...)
					for _, pg := range s.Pages {
						out = append(out, pg.Caption, pg.Gloss())
					}
				}
			}
		}
	}
	for _, k := range Accounts {
		out = append(out, k.Name(), k.Examples())
	}
	for _, n := range Needs {
		out = append(out, n.Name())
	}
	out = append(out, Preconditions...)
	for _, c := range Cases {
		out = append(out, c.Name())
	}
	needs := NeedIDs()
	for _, a := range AccountIDs() {
		for set := 1; set < 1<<len(needs); set++ {
			var chosen []Need
			for i, n := range needs {
				if set&(1<<i) != 0 {
					chosen = append(chosen, n)
				}
			}
			c, _ := Choose(a, chosen)
			out = append(out, c.Reason, c.Advice)
		}
	}
	return out
}

// The guide's words file holds exactly what the guide uses: every text is
// said in every language with each placeholder filled (TestMain fails on
// anything missing), and no key of the file is left over.
func TestTheGuidesWordsAreExactlyWhatItUses(t *testing.T) {
	used := map[string]bool{}
	for _, x := range everyText() {
		for _, l := range i18n.Langs {
			say(l, x)
		}
		for _, k := range x.Keys() {
			used[k] = true
		}
	}
	file, err := i18n.Load(i18n.Langs, assets.Translations, "translations/guide")
	if err != nil {
		t.Fatal(err)
	}
	var unused []string
	file.Each(func(l i18n.Lang, key, _ string) {
		if l == i18n.Langs[0] && !used[key] {
			unused = append(unused, key)
		}
	})
	slices.Sort(unused)
	for _, k := range unused {
		t.Errorf("%q is in the guide's words but nothing uses it", k)
	}
	if len(used) < 150 {
		t.Errorf("only %d keys used: the walk misses part of the guide", len(used))
	}
}
