package main

import (
	"bytes"
	"context"
	"log"
	"os"
	"os/signal"
	"path/filepath"

	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/kit"
	"github.com/biometria/kontoguiden/internal/opener"
	"github.com/biometria/kontoguiden/internal/printout"
	"github.com/biometria/kontoguiden/internal/safefile"
	"github.com/biometria/kontoguiden/internal/web"
)

// noWindow is the way forward where the window cannot be made, as on PCs
// without working OpenGL and some remote desktops: the whole guide served
// to the person's browser (kontoguiden web), with their progress, their
// choice and the kit, and one sentence saying why. The printable page of
// the whole guide is written too: the served guide links to it, and where
// the guide cannot be served it is opened alone, with the sentence.
// Where the data folder cannot be written (no permission, not a folder),
// the page goes to a temporary folder, and the sentence says that nothing
// is saved.
func noWindow(dataDir string, dataErr error, l i18n.Lang, k kit.Kit, kitErr error, open func(string) error) error {
	var page bytes.Buffer
	g := printout.Guide{Lang: l, Office: k.Office, Support: k.Support.Details(), Service: k.Service, Steps: k.Checklist}
	if err := printout.WriteGuide(&page, g); err != nil {
		return err
	}
	texts := i18n.Builtin()
	file, err := writePage(dataDir, page.Bytes())
	nosave := err == nil && dataErr != nil // a temporary folder already
	if err != nil {
		log.Printf("the data folder cannot be written: %v", err)
		if file, err = writePage(tempDir(), page.Bytes()); err != nil {
			return err
		}
		nosave = true
	}
	// A message box that reads only Latin-1 (xmessage) cannot show every
	// path: name a copy under one it can.
	if plain := plainDir(file); plain != "" {
		if copied, err := writePage(plain, page.Bytes()); err == nil {
			file = copied
		}
	}
	if served(dataDir, l, k, kitErr, file, nosave) {
		return nil
	}
	msg := texts.T(l, "nowindow.message", file)
	if nosave {
		msg += " " + texts.T(l, "nowindow.nosave")
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

// served serves the guide to the browser until the person ends it (or two
// hours idle), and reports false where it cannot be served at all. The
// server runs before the message is shown: on Windows the message box
// waits for its OK, and the guide must not wait with it.
func served(dataDir string, l i18n.Lang, k kit.Kit, kitErr error, page string, nosave bool) bool {
	ln, err := web.Listen()
	if err != nil {
		log.Printf("the guide could not be served: %v", err)
		return false
	}
	s := web.New(guideConfig(dataDir, l, k, kitErr), ln.Addr().String())
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		if err := s.Serve(ctx, ln); err != nil {
			log.Printf("the served guide ended: %v", err)
		}
	}()
	if err := opener.Served(s.StartURL()); err != nil {
		log.Printf("the browser did not open the guide: %v", err)
	}
	msg := i18n.Builtin().T(l, "nowindow.served", s.StartURL(), page)
	if nosave {
		msg += " " + i18n.Builtin().T(l, "nowindow.nosave")
	}
	log.Print(msg)
	tell(msg)
	<-s.Done()
	return true
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
