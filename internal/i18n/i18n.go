// Package i18n holds every text a person reads, on screen, on paper, on
// the command line and in a kit's problems, in every language the app
// speaks. A language is data: its files (one of the app's words, one of the
// guide's, each a flat JSON object of key → text) and its code in Langs.
//
// A text may have %-verbs, filled in order, and {name} placeholders, filled
// by name; a text that depends on a number is an object of plural forms,
// {"one": …, "other": …}. Month names and how a list is joined ("a, b och
// c") are texts too. A key missing in one language is a test failure, not
// a blank: see Catalog.Problems and Catalog.OnMissing.
package i18n

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/biometria/kontoguiden/assets"
)

// Lang is a language, by its code ("sv").
type Lang string

// Languages the code names, for what is a fact about one language.
const (
	// Swedish is the language of Biometria's web pages, which the guide
	// quotes and draws as they are, and the one every text falls back to.
	Swedish Lang = "sv"
	// English is named by tests and by messages for support staff (logs,
	// "kit check"), which are in English.
	English Lang = "en"
)

// Langs are the languages the app ships, in the order a person is offered
// them: adding a language is adding its files and its code here.
var Langs = []Lang{Swedish, English}

// ParseLang accepts the code of one of Langs.
func ParseLang(s string) (Lang, error) {
	if slices.Contains(Langs, Lang(s)) {
		return Lang(s), nil
	}
	codes := make([]string, len(Langs))
	for i, l := range Langs {
		codes[i] = string(l)
	}
	return "", fmt.Errorf("unknown language %q: use one of %s", s, strings.Join(codes, ", "))
}

// Dirs are the folders of assets.Translations that hold a file per
// language: the words around the guide, and the guide's own.
var Dirs = []string{"translations/app", "translations/guide"}

// Catalog holds the texts of its languages.
type Catalog struct {
	langs []Lang
	texts map[Lang]map[string]entry
	// missing is told of every text asked for that no file has.
	mu      sync.Mutex
	missing func(what string)
}

// entry is one text, with its plural forms: one thing or several.
type entry struct {
	One   string `json:"one"`
	Other string `json:"other"`
}

func (e *entry) UnmarshalJSON(data []byte) error {
	var s string
	if err := json.Unmarshal(data, &s); err == nil {
		e.One, e.Other = s, s
		return nil
	}
	type forms entry // without this method
	return json.Unmarshal(data, (*forms)(e))
}

// Load reads <lang>.json of every language from each dir of fsys. A key
// may be in one dir only.
func Load(langs []Lang, fsys fs.FS, dirs ...string) (*Catalog, error) {
	c := &Catalog{langs: slices.Clone(langs), texts: map[Lang]map[string]entry{}}
	for _, l := range langs {
		c.texts[l] = map[string]entry{}
		for _, dir := range dirs {
			if err := c.read(l, fsys, path.Join(dir, string(l)+".json")); err != nil {
				return nil, err
			}
		}
	}
	return c, nil
}

func (c *Catalog) read(l Lang, fsys fs.FS, file string) error {
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		return err
	}
	m := map[string]entry{}
	if err := json.Unmarshal(data, &m); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	for k, e := range m {
		if _, ok := c.texts[l][k]; ok {
			return fmt.Errorf("%s: key %q is in another file too", file, k)
		}
		c.texts[l][k] = e
	}
	return nil
}

var builtin = sync.OnceValues(func() (*Catalog, error) { return Load(Langs, assets.Translations, Dirs...) })

// Builtin is the catalogue the app ships with. It is embedded and checked
// by a test, so failing to read it is a broken build.
func Builtin() *Catalog {
	c, err := builtin()
	if err != nil {
		panic("i18n: the embedded translations cannot be read: " + err.Error())
	}
	return c
}

// Langs are the catalogue's languages, in the order a person is offered them.
func (c *Catalog) Langs() []Lang { return c.langs }

// Next is the language after l, for a switch that goes round them all.
func (c *Catalog) Next(l Lang) Lang {
	i := slices.Index(c.langs, l)
	return c.langs[(i+1)%len(c.langs)]
}

// OnMissing has f told of every text asked for that no file has, and of
// every placeholder left unfilled: tests fail on it.
func (c *Catalog) OnMissing(f func(what string)) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.missing = f
}

func (c *Catalog) miss(format string, args ...any) {
	c.mu.Lock()
	f := c.missing
	c.mu.Unlock()
	if f != nil {
		f(fmt.Sprintf(format, args...))
	}
}

// T is the text for key in language l, its %-verbs filled with args.
func (c *Catalog) T(l Lang, key string, args ...any) string {
	return c.Say(l, Key(key, args...))
}

// N is T for a text about n things: its "one" form when n is 1.
func (c *Catalog) N(l Lang, key string, n int, args ...any) string {
	return c.Say(l, Count(key, n, args...))
}

// lookup finds a text, falling back to the first language and then to
// the key itself, so that the screen never shows nothing.
func (c *Catalog) lookup(l Lang, key string) entry {
	if e, ok := c.texts[l][key]; ok && e.Other != "" {
		return e
	}
	c.miss("%s: no text %q", l, key)
	if e, ok := c.texts[c.langs[0]][key]; ok && e.Other != "" {
		return e
	}
	return entry{One: key, Other: key}
}

// Each calls f with every text of every language, each plural form once.
func (c *Catalog) Each(f func(l Lang, key, text string)) {
	for _, l := range c.langs {
		for k, e := range c.texts[l] {
			f(l, k, e.Other)
			if e.One != e.Other {
				f(l, k, e.One)
			}
		}
	}
}

// Has reports whether the first language has key: every language must.
func (c *Catalog) Has(key string) bool {
	_, ok := c.texts[c.langs[0]][key]
	return ok
}

// verbs are the %-verbs of a text; names its {placeholders}.
var (
	verbs = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*[a-zA-Z%]`)
	names = regexp.MustCompile(`\{[a-z][a-z0-9-]*\}`)
)

// Problems lists keys missing or empty in some language, and texts whose
// %-verbs differ from the first language's or between plural forms. Named
// placeholders may differ: a language need not say every one.
func (c *Catalog) Problems() []string {
	var out []string
	keys := map[string]bool{}
	for _, m := range c.texts {
		for k := range m {
			keys[k] = true
		}
	}
	ref := c.texts[c.langs[0]]
	for _, k := range slices.Sorted(maps.Keys(keys)) {
		want := verbs.FindAllString(ref[k].Other, -1)
		for _, l := range c.langs {
			e, ok := c.texts[l][k]
			switch {
			case !ok || e.One == "" || e.Other == "":
				out = append(out, fmt.Sprintf("%s: %q missing or empty", l, k))
			case !slices.Equal(verbs.FindAllString(e.Other, -1), want) || !slices.Equal(verbs.FindAllString(e.One, -1), want):
				out = append(out, fmt.Sprintf("%s: %q has other %%-verbs than %s's", l, k, c.langs[0]))
			}
		}
	}
	return out
}
