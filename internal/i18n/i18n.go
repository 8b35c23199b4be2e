// Package i18n looks up every text that Kontoguiden shows around the guide's
// own, on screen and on paper, in the person's language. Each language is
// one flat JSON file of key → text; a text that depends on a number is an
// object of plural forms, {"one": …, "other": …}. A key missing in one
// language is a test failure, not a blank.
package i18n

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"

	"github.com/biometria/kontoguiden/assets"
	"github.com/biometria/kontoguiden/internal/guide"
)

// Catalog holds the texts of every language.
type Catalog struct {
	texts map[guide.Lang]map[string]entry
}

// entry is one text, with its plural forms: Swedish and English both tell
// one thing from several, and nothing more.
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

// Load reads every <lang>.json in dir of fsys.
func Load(fsys fs.FS, dir string) (*Catalog, error) {
	c := &Catalog{texts: map[guide.Lang]map[string]entry{}}
	for _, l := range guide.Langs {
		data, err := fs.ReadFile(fsys, path.Join(dir, string(l)+".json"))
		if err != nil {
			return nil, err
		}
		m := map[string]entry{}
		if err := json.Unmarshal(data, &m); err != nil {
			return nil, fmt.Errorf("%s.json: %w", l, err)
		}
		c.texts[l] = m
	}
	return c, nil
}

var builtin = sync.OnceValues(func() (*Catalog, error) { return Load(assets.Translations, "translations") })

// Builtin is the catalogue the app ships with. It is embedded and checked
// by a test, so failing to read it is a broken build.
func Builtin() *Catalog {
	c, err := builtin()
	if err != nil {
		panic("i18n: the embedded translations cannot be read: " + err.Error())
	}
	return c
}

// T returns the text for key in language l, formatted with args. A missing
// text falls back to Swedish, then to the key itself, so the screen never
// shows nothing.
func (c *Catalog) T(l guide.Lang, key string, args ...any) string {
	return c.format(c.lookup(l, key).Other, key, args)
}

// N is T for a text about n things: its "one" form when n is 1.
func (c *Catalog) N(l guide.Lang, key string, n int, args ...any) string {
	e := c.lookup(l, key)
	s := e.Other
	if n == 1 {
		s = e.One
	}
	return c.format(s, key, args)
}

func (c *Catalog) lookup(l guide.Lang, key string) entry {
	if e, ok := c.texts[l][key]; ok && e.Other != "" {
		return e
	}
	return c.texts[guide.Swedish][key]
}

func (c *Catalog) format(s, key string, args []any) string {
	if s == "" {
		return key
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// Each calls f with every text of every language, each plural form once.
func (c *Catalog) Each(f func(l guide.Lang, key, text string)) {
	for l, m := range c.texts {
		for k, e := range m {
			f(l, k, e.Other)
			if e.One != e.Other {
				f(l, k, e.One)
			}
		}
	}
}

// Problems lists keys that are missing or empty in some language, or whose
// placeholders differ between languages or plural forms.
func (c *Catalog) Problems() []string {
	var out []string
	keys := map[string]bool{}
	for _, m := range c.texts {
		for k := range m {
			keys[k] = true
		}
	}
	for k := range keys {
		sv, en := c.texts[guide.Swedish][k], c.texts[guide.English][k]
		for _, l := range guide.Langs {
			if e := c.texts[l][k]; e.One == "" || e.Other == "" {
				out = append(out, fmt.Sprintf("%s: %q missing or empty", l, k))
			}
		}
		if n := strings.Count(sv.Other, "%"); n != strings.Count(en.Other, "%") || n != strings.Count(sv.One, "%") || n != strings.Count(en.One, "%") {
			out = append(out, fmt.Sprintf("%q: placeholders differ between languages or forms", k))
		}
	}
	return out
}
