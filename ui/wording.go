package ui

import (
	"time"

	"github.com/biometria/kontoguiden/internal/i18n"
)

// wording says texts in one language: the person's, when the screen was built.
type wording struct {
	texts *i18n.Catalog
	lang  i18n.Lang
	now   func() time.Time
}

// t is the text of key, its %-verbs filled with args.
func (w wording) t(key string, args ...any) string { return w.texts.T(w.lang, key, args...) }

// n is t for a text about n things.
func (w wording) n(key string, n int, args ...any) string { return w.texts.N(w.lang, key, n, args...) }

// say is a text of the guide or of a suggestion.
func (w wording) say(t i18n.Text) string { return w.texts.Say(w.lang, t) }

// quote puts a page's label in the language's quotation marks.
func (w wording) quote(s string) string { return w.t("q.open") + s + w.t("q.close") }

// date says a day as people do: "26 nov", with the year only if it is
// not the year of the clock.
func (w wording) date(t time.Time) string { return w.texts.Date(w.lang, t, w.now()) }
