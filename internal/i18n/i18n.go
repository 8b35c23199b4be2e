// Package i18n looks up the texts that the screens show around the guide's
// own, in the person's language. Each language is one flat JSON file of
// key → text; a key missing in one language is a test failure, not a blank.
package i18n

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/biometria/kontoguiden/internal/guide"
)

// Catalog holds the texts of every language.
type Catalog struct {
	texts map[guide.Lang]map[string]string
}

// Load reads every <lang>.json in dir of fsys.
func Load(fsys fs.FS, dir string) (*Catalog, error) {
	c := &Catalog{texts: map[guide.Lang]map[string]string{}}
	for _, l := range guide.Langs {
		data, err := fs.ReadFile(fsys, path.Join(dir, string(l)+".json"))
		if err != nil {
			return nil, err
		}
		m := map[string]string{}
		if err := json.Unmarshal(data, &m); err != nil {
			return nil, fmt.Errorf("%s.json: %w", l, err)
		}
		c.texts[l] = m
	}
	return c, nil
}

// T returns the text for key in language l, formatted with args. A missing
// text falls back to Swedish, then to the key itself, so the screen never
// shows nothing.
func (c *Catalog) T(l guide.Lang, key string, args ...any) string {
	s, ok := c.texts[l][key]
	if !ok || s == "" {
		s, ok = c.texts[guide.Swedish][key]
	}
	if !ok {
		return key
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// Problems lists keys that are missing or empty in some language, or whose
// placeholders differ between languages.
func (c *Catalog) Problems() []string {
	var out []string
	keys := map[string]bool{}
	for _, m := range c.texts {
		for k := range m {
			keys[k] = true
		}
	}
	for k := range keys {
		for _, l := range guide.Langs {
			if c.texts[l][k] == "" {
				out = append(out, fmt.Sprintf("%s: %q missing or empty", l, k))
			}
		}
		if strings.Count(c.texts[guide.Swedish][k], "%") != strings.Count(c.texts[guide.English][k], "%") {
			out = append(out, fmt.Sprintf("%q: placeholders differ between languages", k))
		}
	}
	return out
}
