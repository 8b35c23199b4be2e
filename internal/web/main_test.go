package web

import (
	"os"
	"testing"

	"github.com/biometria/kontoguiden/internal/i18n/i18ntest"
)

// Every text a page asks for is in both catalogues (i18ntest fails the
// run on any that is not).
func TestMain(m *testing.M) { os.Exit(i18ntest.Main(m)) }
