package ui

import (
	"os"
	"testing"

	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/i18n/i18ntest"
)

func TestMain(m *testing.M) { os.Exit(i18ntest.Main(m)) }

func sv(t i18n.Text) string { return i18n.Builtin().Say(i18n.Swedish, t) }
