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

// Settings are read only from the folder: a link to a file elsewhere is
// no choice made, whatever that file says.
func TestSettingsNotReadThroughALinkOut(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "elsewhere.json")
	os.WriteFile(outside, []byte(`{"lang":"en","textScale":2}`), 0o600)
	s := Store{Dir: t.TempDir()}
	if err := os.Symlink(outside, filepath.Join(s.Dir, FileName)); err != nil {
		t.Skip("no links here:", err)
	}
	if got := s.Load(); got != (Settings{}) {
		t.Errorf("read through a link: %+v", got)
	}
}
