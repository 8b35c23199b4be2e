package opener

import (
	"testing"

	"github.com/biometria/kontoguiden/internal/allowlist"
)

func TestGuardedPassesOnlyAllowed(t *testing.T) {
	var opened, refused []string
	g := Guarded{
		Allow:   allowlist.New("biometria.se"),
		Next:    Func(func(u string) error { opened = append(opened, u); return nil }),
		Refused: func(u string, _ error) { refused = append(refused, u) },
	}
	if err := g.Open("https://aktiveramfa.biometria.se/"); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"http://www.biometria.se/", "file:///etc/passwd", "https://evil.example/"} {
		if err := g.Open(bad); err == nil {
			t.Errorf("%s was opened", bad)
		}
	}
	if len(opened) != 1 || opened[0] != "https://aktiveramfa.biometria.se/" {
		t.Errorf("opened %v", opened)
	}
	if len(refused) != 3 {
		t.Errorf("refused %v, want 3 reported", refused)
	}
}
