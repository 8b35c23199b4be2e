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
