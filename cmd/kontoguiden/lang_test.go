package main

import (
	"errors"
	"testing"

	"github.com/biometria/kontoguiden/internal/i18n"
)

// The system's locale picks one of the app's languages; anything else,
// an unset "C" locale included, gets the first.
func TestMatchLang(t *testing.T) {
	xx := append(append([]i18n.Lang{}, i18n.Langs...), "xx")
	for _, c := range []struct {
		locale string
		err    error
		want   i18n.Lang
	}{
		{"en_GB.UTF-8", nil, "en"}, {"en-US", nil, "en"}, {"sv_SE", nil, "sv"}, {"C", nil, "sv"},
		{"de-DE", nil, "sv"}, {"en-US", errors.New("no locale"), "sv"}, {"xx-YY", nil, "xx"},
	} {
		if got := matchLang(c.locale, c.err, xx); got != c.want {
			t.Errorf("matchLang(%q, %v) = %s, want %s", c.locale, c.err, got, c.want)
		}
	}
}
