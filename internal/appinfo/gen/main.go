// Command gen reads FyneApp.toml, the one place where the app's metadata
// is kept. Run bare ("go generate ./internal/appinfo"), it writes the ID,
// name and version as Go constants in metadata.go; with -print FIELD it
// prints one field instead, which is how the Makefile reads the file.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"strconv"

	"github.com/BurntSushi/toml"
)

// metadata is the part of FyneApp.toml that Kontoguiden uses.
type metadata struct {
	Details struct {
		Icon, Name, ID, Version string
		Build                   int
	}
}

// fields are what -print can print, by the names FyneApp.toml gives them.
func (m metadata) fields() map[string]string {
	d := m.Details
	return map[string]string{"Icon": d.Icon, "Name": d.Name, "ID": d.ID, "Version": d.Version, "Build": strconv.Itoa(d.Build)}
}

func main() {
	file := flag.String("toml", "../../FyneApp.toml", "the FyneApp.toml to read")
	field := flag.String("print", "", "print this field of [Details] (Name, ID, Version, Build or Icon) and write nothing")
	flag.Parse()
	log.SetFlags(0)
	var meta metadata
	if _, err := toml.DecodeFile(*file, &meta); err != nil {
		log.Fatal(err)
	}
	if *field != "" {
		v, ok := meta.fields()[*field]
		if !ok || v == "" {
			log.Fatalf("%s has no %s in [Details]", *file, *field)
		}
		fmt.Println(v)
		return
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
