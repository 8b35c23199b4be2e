package i18n

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// literalKey is a string in the code that looks like a text key:
// "welcome.heading", "kit.size". Keys built from parts ("step." + id) are
// checked where they are built, by the tests that say every text
// (i18ntest, and the guide's walk of all its texts).
var literalKey = regexp.MustCompile(`"([a-z]+(?:\.[a-z0-9-]+)+)"`)

// notText are literals of a key's shape that name other things: hosts,
// files, and the kit's own fields.
var notText = regexp.MustCompile(`\.(com|se|net|svg|png|json|toml|html)$|^support\.(name|phone|email|hours)$`)

// Every literal key in the code and in the page templates is in the
// catalogue, whether or not a test happens to show it.
func TestEveryKeyInTheCodeIsInTheCatalogue(t *testing.T) {
	c := Builtin()
	spaces := map[string]bool{} // the first parts of the catalogue's keys
	c.Each(func(_ Lang, key, _ string) { spaces[strings.Split(key, ".")[0]] = true })
	checked := 0
	for file, src := range sources(t, filepath.Join("..", "..")) {
		for _, m := range literalKey.FindAllStringSubmatch(src, -1) {
			if !spaces[strings.Split(m[1], ".")[0]] || notText.MatchString(m[1]) {
				continue // a file name, a host, a JSON field: not a text
			}
			checked++
			if !c.Has(m[1]) {
				t.Errorf("%s: %q is in no translation file", file, m[1])
			}
		}
	}
	if checked < 150 {
		t.Errorf("only %d keys found in the code: the pattern no longer matches it", checked)
	}
}

// sources are the code and page templates under root, by file, without
// tests, test data and hidden folders.
func sources(t *testing.T, root string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.IsDir() && path != root && (d.Name() == "testdata" || d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".")):
			return filepath.SkipDir
		case d.IsDir() || strings.HasSuffix(path, "_test.go") || !(strings.HasSuffix(path, ".go") || strings.HasSuffix(path, ".html")):
			return nil
		}
		src, err := os.ReadFile(path)
		out[path] = string(src)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
