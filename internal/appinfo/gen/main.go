// Command gen writes the app's metadata from FyneApp.toml, the one place
// where it is kept, as Go constants: "go generate ./internal/appinfo".
package main

import (
	"bytes"
	"fmt"
	"go/format"
	"log"
	"os"

	"github.com/BurntSushi/toml"
)

func main() {
	var meta struct {
		Details struct{ ID, Name, Version string }
	}
	if _, err := toml.DecodeFile("../../FyneApp.toml", &meta); err != nil {
		log.Fatal(err)
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated from FyneApp.toml by \"go generate ./internal/appinfo\"; DO NOT EDIT.\n\npackage appinfo\n\n")
	fmt.Fprintf(&b, "const (\n\tID = %q\n\tName = %q\n\tVersion = %q\n)\n", meta.Details.ID, meta.Details.Name, meta.Details.Version)
	src, err := format.Source(b.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("metadata.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
}
