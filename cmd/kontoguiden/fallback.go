package main

import (
	"log"
	"os"
	"path/filepath"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/printout"
)

// noWindow is the way forward where the window cannot be made, as on PCs
// without working OpenGL and some remote desktops: the whole guide as one
// printable page, opened in the browser, and one sentence saying why.
func noWindow(dataDir string, l guide.Lang, open func(string) error) error {
	file := filepath.Join(dataDir, "kontoguiden-steg.html")
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return err
	}
	f, err := os.OpenFile(file, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if err := printout.WriteGuide(f, l); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	msg := i18n.Builtin().T(l, "nowindow.message", file)
	log.Print(msg)
	tell(msg)
	if err := open(file); err != nil {
		log.Printf("the browser did not open the page: %v", err)
	}
	return nil
}
