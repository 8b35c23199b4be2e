package printout

import (
	"os"
	"testing"

	"github.com/biometria/kontoguiden/internal/i18n/i18ntest"
)

func TestMain(m *testing.M) { os.Exit(i18ntest.Main(m)) }

// say, sv, en say a text as the app ships it.
var (
	say = i18ntest.Say
	sv  = i18ntest.SV
	en  = i18ntest.EN
)
