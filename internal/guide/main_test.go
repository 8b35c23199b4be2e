package guide

import (
	"os"
	"testing"

	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/i18n/i18ntest"
)

func TestMain(m *testing.M) { os.Exit(i18ntest.Main(m)) }

// stepTexts are every text of a step: on screen, on paper, its tip and help.
func stepTexts(s Step) []i18n.Text {
	texts := append([]i18n.Text{s.Title()}, s.Texts()...)
	for _, h := range s.Help {
		texts = append(texts, h.Problem())
		texts = append(texts, h.Texts()...)
	}
	for _, l := range s.Links {
		texts = append(texts, l.Label())
	}
	return texts
}

// say, sv, en say a text as the app ships it.
var (
	say = i18ntest.Say
	sv  = i18ntest.SV
	en  = i18ntest.EN
)
