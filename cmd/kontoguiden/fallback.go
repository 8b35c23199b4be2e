package main

import (
	"bytes"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/kit"
	"github.com/biometria/kontoguiden/internal/printout"
	"github.com/biometria/kontoguiden/internal/safefile"
)

// noWindow is the way forward where the window cannot be made, as on PCs
// without working OpenGL and some remote desktops: the whole guide as one
// printable page, opened in the browser, and one sentence saying why.
// Where the data folder cannot be written (no permission, not a folder),
// the page goes to a temporary folder, and the sentence says that nothing
// is saved.
func noWindow(dataDir string, dataErr error, l i18n.Lang, k kit.Kit, open func(string) error) error {
	var page bytes.Buffer
	g := printout.Guide{Lang: l, Office: k.Office, Support: k.Support.Details(), Service: k.Service, Steps: k.Checklist}
	if err := printout.WriteGuide(&page, g); err != nil {
		return err
	}
	texts := i18n.Builtin()
	file, err := writePage(dataDir, page.Bytes())
	msg := texts.T(l, "nowindow.message", file)
	if err == nil && dataErr != nil { // a temporary folder already
		msg += " " + texts.T(l, "nowindow.nosave")
	}
	if err != nil {
		log.Printf("the data folder cannot be written: %v", err)
		if file, err = writePage(tempDir(), page.Bytes()); err != nil {
			return err
		}
		msg = texts.T(l, "nowindow.message", file) + " " + texts.T(l, "nowindow.nosave")
	}
	// A message box that reads only Latin-1 (xmessage) cannot show every
	// path: name a copy under one it can.
	if plain := plainDir(file); plain != "" {
		if copied, err := writePage(plain, page.Bytes()); err == nil {
			file, msg = copied, strings.Replace(msg, file, copied, 1)
		}
	}
	// The page first: on Windows the message is a box that waits for its
	// OK, and the page must not wait with it.
	if err := open(file); err != nil {
		log.Printf("the browser did not open the page: %v", err)
	}
	log.Print(msg)
	tell(msg)
	return nil
}

// pageName is the page's file name.
const pageName = "kontoguiden-steg.html"

// writePage writes the page in dir and gives its path.
func writePage(dir string, page []byte) (string, error) {
	return filepath.Join(dir, pageName), safefile.Write(dir, pageName, page)
}

// tempDir is a folder of the app's own in the system's temporary folder.
func tempDir() string {
	if dir, err := os.MkdirTemp("", "kontoguiden-"); err == nil {
		return dir
	}
	return filepath.Join(os.TempDir(), "kontoguiden")
}
