package printout

import (
	"os"
	"testing"

	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/i18n/i18ntest"
)

func TestMain(m *testing.M) { os.Exit(i18ntest.Main(m)) }

func say(l i18n.Lang, t i18n.Text) string { return i18n.Builtin().Say(l, t) }
func sv(t i18n.Text) string               { return say(i18n.Swedish, t) }
func en(t i18n.Text) string               { return say(i18n.English, t) }
