package appinfo

import (
	"testing"

	"github.com/BurntSushi/toml"
)

// The constants are FyneApp.toml's; after editing it, "go generate
// ./internal/appinfo" brings them in line.
func TestMetadataIsFyneAppToml(t *testing.T) {
	var meta struct {
		Details struct{ ID, Name, Version string }
	}
	if _, err := toml.DecodeFile("../../FyneApp.toml", &meta); err != nil {
		t.Fatal(err)
	}
	got := [3]string{ID, Name, Version}
	want := [3]string{meta.Details.ID, meta.Details.Name, meta.Details.Version}
	if got != want {
		t.Errorf("metadata.go says %q, FyneApp.toml %q: run go generate ./internal/appinfo", got, want)
	}
}
