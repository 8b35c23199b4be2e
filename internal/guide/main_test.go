package guide

import (
	"os"
	"testing"

	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/i18n/i18ntest"
)

func TestMain(m *testing.M) { os.Exit(i18ntest.Main(m)) }

// say is a text in language l, as the app ships it.
func say(l i18n.Lang, t i18n.Text) string { return i18n.Builtin().Say(l, t) }

// sv is a text in Swedish.
func sv(t i18n.Text) string { return say(i18n.Swedish, t) }

// en is a text in English.
func en(t i18n.Text) string { return say(i18n.English, t) }

// stepTexts are every text of a step: on screen, on paper, its tip and help.
func stepTexts(s Step) []i18n.Text {
	texts := []i18n.Text{s.Title(), s.Body(), s.PaperBody(), s.Tip()}
	for _, h := range s.Help {
		texts = append(texts, h.Problem(), h.Fix())
	}
	for _, l := range s.Links {
		texts = append(texts, l.Label())
	}
	return texts
}
