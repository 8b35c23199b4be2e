package main

import (
	"bytes"
	"log"
	"path/filepath"

	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/kit"
	"github.com/biometria/kontoguiden/internal/printout"
	"github.com/biometria/kontoguiden/internal/safefile"
)

// noWindow is the way forward where the window cannot be made, as on PCs
// without working OpenGL and some remote desktops: the whole guide as one
// printable page, as the office's kit adapts it (its name, service,
// support and addresses), opened in the browser, and one sentence saying why.
func noWindow(dataDir string, l i18n.Lang, k kit.Kit, open func(string) error) error {
	const name = "kontoguiden-steg.html"
	file := filepath.Join(dataDir, name)
	var page bytes.Buffer
	g := printout.Guide{Lang: l, Office: k.Office, Support: k.Support.Details(), Service: k.Service, Steps: k.Checklist}
	if err := printout.WriteGuide(&page, g); err != nil {
		return err
	}
	if err := safefile.Write(dataDir, name, page.Bytes()); err != nil {
		return err
	}
	// The page first: on Windows the message is a box that waits for its
	// OK, and the page must not wait with it.
	if err := open(file); err != nil {
		log.Printf("the browser did not open the page: %v", err)
	}
	msg := i18n.Builtin().T(l, "nowindow.message", file)
	log.Print(msg)
	tell(msg)
	return nil
}
