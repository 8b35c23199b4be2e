package settings

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/biometria/kontoguiden/internal/i18n"
)

func TestSettingsRoundTripAndBadFiles(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	if got := s.Load(); got != (Settings{}) {
		t.Errorf("no file: %+v", got)
	}
	want := Settings{Lang: i18n.English, TextScale: 1.5}
	if err := s.Save(want); err != nil {
		t.Fatal(err)
	}
	if got := s.Load(); got != want {
		t.Errorf("read back %+v, want %+v", got, want)
	}
	for _, bad := range []string{"", "{", `{"lang":"fr","textScale":2}`} {
		os.WriteFile(filepath.Join(s.Dir, FileName), []byte(bad), 0o600)
		if got := s.Load(); got.Lang != "" {
			t.Errorf("%q gives language %q", bad, got.Lang)
		}
	}
}
