package i18n

import (
	"testing"
	"testing/fstest"

	"github.com/biometria/kontoguiden/assets"
	"github.com/biometria/kontoguiden/internal/guide"
)

func TestShippedTranslationsAreComplete(t *testing.T) {
	c, err := Load(assets.Translations, "translations")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range c.Problems() {
		t.Error(p)
	}
	if c.T(guide.English, "nav.back") != "Back" || c.T(guide.Swedish, "nav.back") != "Tillbaka" {
		t.Error("nav.back not translated")
	}
}

// "1 steps done" is wrong English: a count picks its plural form.
func TestPluralForms(t *testing.T) {
	fsys := fstest.MapFS{
		"t/sv.json": {Data: []byte(`{"done": {"one": "%d steg klart", "other": "%d steg klara"}, "plain": "ett"}`)},
		"t/en.json": {Data: []byte(`{"done": {"one": "%d step done", "other": "%d steps done"}, "plain": "one"}`)},
	}
	c, err := Load(fsys, "t")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		l    guide.Lang
		n    int
		want string
	}{
		{guide.English, 1, "1 step done"}, {guide.English, 0, "0 steps done"}, {guide.English, 13, "13 steps done"},
		{guide.Swedish, 1, "1 steg klart"}, {guide.Swedish, 4, "4 steg klara"},
	} {
		if got := c.N(tc.l, "done", tc.n, tc.n); got != tc.want {
			t.Errorf("N(%s, %d) = %q, want %q", tc.l, tc.n, got, tc.want)
		}
	}
	if got := c.N(guide.English, "plain", 1); got != "one" {
		t.Errorf("a text without forms is the same for any count: %q", got)
	}
	if p := c.Problems(); len(p) != 0 {
		t.Errorf("problems: %v", p)
	}
	if Builtin().N(guide.English, "welcome.status.steps", 1, "Anna", 1, 13) == Builtin().N(guide.English, "welcome.status.steps", 2, "Anna", 1, 13) {
		t.Error("the shipped step count has no singular in English")
	}
}

func TestProblemsFindsGaps(t *testing.T) {
	fsys := fstest.MapFS{
		"t/sv.json": {Data: []byte(`{"a": "ett %d", "b": "två"}`)},
		"t/en.json": {Data: []byte(`{"a": "one", "b": ""}`)},
	}
	c, err := Load(fsys, "t")
	if err != nil {
		t.Fatal(err)
	}
	if got := len(c.Problems()); got != 2 {
		t.Errorf("%d problems, want 2 (empty b, placeholder in a): %v", got, c.Problems())
	}
	if c.T(guide.English, "b") != "två" || c.T(guide.English, "zz") != "zz" {
		t.Error("fallbacks wrong")
	}
}
