package ui

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/biometria/kontoguiden/assets"
	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
)

// Every text key the screens ask for exists in both languages; a missing
// one would show the key itself to the person.
func TestEveryKeyUsedIsTranslated(t *testing.T) {
	c, err := i18n.Load(assets.Translations, "translations")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("*.go")
	used := regexp.MustCompile(`u\.t\("([a-z.]+)"`)
	n := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range used.FindAllStringSubmatch(string(src), -1) {
			n++
			for _, l := range guide.Langs {
				if c.T(l, m[1]) == m[1] {
					t.Errorf("%s: key %q has no %s text", f, m[1], l)
				}
			}
		}
	}
	if n < 50 {
		t.Errorf("found only %d uses of u.t: the pattern no longer matches the code", n)
	}
}
