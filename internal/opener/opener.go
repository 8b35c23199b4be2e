// Package opener hands web addresses to the system browser, but only those
// the allow-list accepts: whatever a kit or a bug asks for, Kontoguiden never
// opens a file, a script or a look-alike site.
package opener

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/pkg/browser"

	"github.com/biometria/kontoguiden/internal/allowlist"
)

// Opener opens an address for the person.
type Opener interface {
	Open(url string) error
}

// Func adapts a function to an Opener.
type Func func(url string) error

// Open calls f.
func (f Func) Open(url string) error { return f(url) }

// System opens addresses in the system's default browser.
var System Opener = Func(browser.OpenURL)

func init() {
	// pkg/browser copies the helper program's output to ours; on Windows a
	// GUI app has no console for it, and elsewhere it is only noise.
	browser.Stdout, browser.Stderr = io.Discard, io.Discard
}

// Guarded checks each address against an allow-list before passing it on.
type Guarded struct {
	Allow allowlist.List
	Next  Opener
	// Refused is told of each refused address, for the log.
	Refused func(url string, why error)
}

// Open passes url on if it is allowed, and refuses it otherwise.
func (g Guarded) Open(url string) error {
	if err := g.Allow.Check(url); err != nil {
		if g.Refused != nil {
			g.Refused(url, err)
		}
		return fmt.Errorf("refused to open the address: %w", err)
	}
	return g.Next.Open(url)
}

// SystemFile shows a file in the system's browser; for files the app wrote
// itself, such as a receipt to print.
func SystemFile(path string) error { return browser.OpenFile(path) }

// Served opens the guide that the app itself serves, and nothing else: an
// http address on the loopback interface (127.0.0.1, a port).
func Served(url string) error {
	host, ok := strings.CutPrefix(url, "http://127.0.0.1:")
	port, _, _ := strings.Cut(host, "/")
	if n, err := strconv.Atoi(port); !ok || err != nil || n <= 0 || n > 65535 {
		return fmt.Errorf("refused to open %q: not the app's own guide", url)
	}
	return browser.OpenURL(url)
}
