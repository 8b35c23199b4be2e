// Package startlog holds what libraries log while the program starts,
// until main has decided where its log goes. Fyne logs as its packages are
// set up, before main runs: under an unset locale ("C", as on a server or
// a plain shell) it says "Error parsing user locale C". On the command
// line, where nothing of Fyne is used, that is noise before the answer,
// and it looks like a failure to whoever checks a kit.
//
// Go sets up packages in the order of their import paths wherever their
// own imports allow (the language specification, "Package
// initialization"). This one imports only what Fyne's packages import too,
// and its path sorts before the other modules Fyne's lang package needs,
// so it is set up before that package logs; a test of the built program
// checks that it still is.
package startlog

import (
	"bytes"
	"io"
	"log"
	"sync"
)

var (
	mu   sync.Mutex
	held bytes.Buffer
	sent bool
)

// holder takes what is logged until Release.
type holder struct{}

func (holder) Write(p []byte) (int, error) {
	mu.Lock()
	defer mu.Unlock()
	return held.Write(p)
}

func init() { log.SetOutput(holder{}) }

// Release writes what was held to past and sends the log to w from now
// on. Only the first call has anything held to write.
func Release(past, w io.Writer) {
	mu.Lock()
	defer mu.Unlock()
	if !sent {
		past.Write(held.Bytes())
		held.Reset()
		sent = true
	}
	log.SetOutput(w)
}
