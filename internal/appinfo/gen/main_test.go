package main

import (
	"testing"

	"github.com/BurntSushi/toml"
)

// The Makefile reads each of these from FyneApp.toml through -print: none
// may be missing, or a package would be built without a name or an icon.
func TestEveryFieldTheMakefileReads(t *testing.T) {
	var meta metadata
	if _, err := toml.DecodeFile("../../../FyneApp.toml", &meta); err != nil {
		t.Fatal(err)
	}
	fields := meta.fields()
	for _, f := range []string{"Name", "ID", "Version", "Build", "Icon"} {
		if fields[f] == "" || (f == "Build" && fields[f] == "0") {
			t.Errorf("FyneApp.toml gives no %s: %v", f, fields)
		}
	}
}
