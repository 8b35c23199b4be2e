package i18n

import (
	"io/fs"
	"path"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/biometria/kontoguiden/assets"
)

// svEN are the two languages of the small catalogues the tests make,
// whatever languages the app ships.
var svEN = []Lang{Swedish, English}

func TestShippedTranslationsAreComplete(t *testing.T) {
	c := Builtin()
	for _, p := range c.Problems() {
		t.Error(p)
	}
	if c.T(English, "nav.back") != "Back" || c.T(Swedish, "nav.back") != "Tillbaka" {
		t.Error("nav.back not translated")
	}
	if !c.Has("step.open-biometria.title") {
		t.Error("the guide's words are not in the catalogue")
	}
}

// "1 steps done" is wrong English: a count picks its plural form.
func TestPluralForms(t *testing.T) {
	fsys := fstest.MapFS{
		"t/sv.json": {Data: []byte(`{"done": {"one": "%d steg klart", "other": "%d steg klara"}, "plain": "ett"}`)},
		"t/en.json": {Data: []byte(`{"done": {"one": "%d step done", "other": "%d steps done"}, "plain": "one"}`)},
	}
	c, err := Load(svEN, fsys, "t")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		l    Lang
		n    int
		want string
	}{
		{English, 1, "1 step done"}, {English, 0, "0 steps done"}, {English, 13, "13 steps done"},
		{Swedish, 1, "1 steg klart"}, {Swedish, 4, "4 steg klara"},
	} {
		if got := c.N(tc.l, "done", tc.n, tc.n); got != tc.want {
			t.Errorf("N(%s, %d) = %q, want %q", tc.l, tc.n, got, tc.want)
		}
	}
	if got := c.N(English, "plain", 1); got != "one" {
		t.Errorf("a text without forms is the same for any count: %q", got)
	}
	if p := c.Problems(); len(p) != 0 {
		t.Errorf("problems: %v", p)
	}
	if Builtin().N(English, "welcome.status.steps", 1, "Anna", 1, 13) == Builtin().N(English, "welcome.status.steps", 2, "Anna", 1, 13) {
		t.Error("the shipped step count has no singular in English")
	}
}

func TestProblemsFindsGaps(t *testing.T) {
	fsys := fstest.MapFS{
		"t/sv.json": {Data: []byte(`{"a": "ett %d", "b": "två", "c": "{x} och %s"}`)},
		"t/en.json": {Data: []byte(`{"a": "one", "b": "", "c": "%s"}`)},
	}
	c, err := Load(svEN, fsys, "t")
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Problems(); len(got) != 2 {
		t.Errorf("%d problems, want 2 (empty b, %%-verb missing in a; c may leave out {x}): %v", len(got), got)
	}
	var missing []string
	c.OnMissing(func(what string) { missing = append(missing, what) })
	if c.T(English, "b") != "två" || c.T(English, "zz") != "zz" {
		t.Error("fallbacks wrong")
	}
	if len(missing) != 2 {
		t.Errorf("missing texts reported: %q, want b in en and zz", missing)
	}
}

func TestLoadRefusesAKeyInTwoFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"a/sv.json": {Data: []byte(`{"k": "ett"}`)}, "a/en.json": {Data: []byte(`{"k": "one"}`)},
		"b/sv.json": {Data: []byte(`{"k": "två"}`)}, "b/en.json": {Data: []byte(`{"k": "two"}`)},
	}
	if _, err := Load(svEN, fsys, "a", "b"); err == nil || !strings.Contains(err.Error(), `"k"`) {
		t.Errorf("a key in two files: %v", err)
	}
}

// Texts fill {names} and %-verbs in the language they are said in, texts
// within texts included; a placeholder with no value is reported.
func TestSayFillsPlaceholders(t *testing.T) {
	fsys := fstest.MapFS{
		"t/sv.json": {Data: []byte(`{"hi": "Hej {who}, du har %d steg", "who": "du", "list.sep": ", ", "list.and": "%s och %s"}`)},
		"t/en.json": {Data: []byte(`{"hi": "Hi {who}, you have %d steps", "who": "you", "list.sep": ", ", "list.and": "%s and %s"}`)},
	}
	c, err := Load(svEN, fsys, "t")
	if err != nil {
		t.Fatal(err)
	}
	hi := Key("hi", 3).With("who", Key("who"))
	if got := c.Say(English, hi); got != "Hi you, you have 3 steps" {
		t.Errorf("en: %q", got)
	}
	if got := c.Say(Swedish, hi); got != "Hej du, du har 3 steg" {
		t.Errorf("sv: %q", got)
	}
	abc := List(Lit("a"), Lit("b"), Lit("c"))
	if got := c.Say(Swedish, abc); got != "a, b och c" {
		t.Errorf("list: %q", got)
	}
	if got := c.Say(English, List(Lit("a"))); got != "a" {
		t.Errorf("a list of one: %q", got)
	}
	if got := c.Say(English, Joined("; ", Lit("a"), Key("who"))); got != "a; you" {
		t.Errorf("joined: %q", got)
	}
	var missing []string
	c.OnMissing(func(what string) { missing = append(missing, what) })
	if got := c.Say(English, Key("hi", 1)); got != "Hi {who}, you have 1 steps" || len(missing) != 1 {
		t.Errorf("an unfilled placeholder: %q, reported %q", got, missing)
	}
	if !(Text{}).IsZero() || c.Say(English, Text{}) != "" {
		t.Error("the zero text says something")
	}
}

// A day is said with its year only when the clock is in another year.
func TestDate(t *testing.T) {
	c := Builtin()
	day := time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		l    Lang
		now  time.Time
		want string
	}{
		{Swedish, day, "26 nov"}, {English, day, "26 Nov"},
		{Swedish, time.Date(2027, 1, 2, 0, 0, 0, 0, time.UTC), "26 nov 2026"},
		{English, time.Date(2031, 6, 30, 0, 0, 0, 0, time.UTC), "26 Nov 2026"},
		{Swedish, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), "26 nov"},
	} {
		if got := c.Date(tc.l, day, tc.now); got != tc.want {
			t.Errorf("Date(%s, now %s) = %q, want %q", tc.l, tc.now.Format("2006-01-02"), got, tc.want)
		}
	}
}

func TestParseLangAndNext(t *testing.T) {
	if _, err := ParseLang("de"); err == nil || !strings.Contains(err.Error(), "sv, en") {
		t.Errorf("ParseLang(de) = %v", err)
	}
	if l, err := ParseLang("en"); err != nil || l != English {
		t.Errorf("ParseLang(en) = %v, %v", l, err)
	}
	c := Builtin()
	l := Langs[0]
	for range Langs {
		l = c.Next(l)
	}
	if l != Langs[0] {
		t.Error("the switch does not go round the languages")
	}
}

// Every language that has files is in Langs, and every one in Langs has
// its files in every folder: a language added by half is found here.
func TestEveryLanguagesFilesAndCode(t *testing.T) {
	for _, dir := range Dirs {
		files, err := fs.Glob(assets.Translations, path.Join(dir, "*.json"))
		if err != nil {
			t.Fatal(err)
		}
		var have []Lang
		for _, f := range files {
			have = append(have, Lang(strings.TrimSuffix(path.Base(f), ".json")))
		}
		for _, l := range have {
			if !slices.Contains(Langs, l) {
				t.Errorf("%s/%s.json is there, but %q is not in i18n.Langs: nobody can choose it", dir, l, l)
			}
		}
		for _, l := range Langs {
			if !slices.Contains(have, l) {
				t.Errorf("%q is in i18n.Langs, but %s/%s.json is missing", l, dir, l)
			}
		}
	}
}
