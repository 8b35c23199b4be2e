package kit

import (
	"os"
	"testing"

	"github.com/biometria/kontoguiden/internal/i18n/i18ntest"
)

func TestMain(m *testing.M) { os.Exit(i18ntest.Main(m)) }

// sv says a text as the app ships it.
var sv = i18ntest.SV
