// Command kontoguiden walks a person through creating a Biometria account
// and turning on two-step verification. With no sub-command it opens the
// window; "choose" and "checklist" answer on the command line.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/biometria/kontoguiden/internal/appinfo"
	"github.com/biometria/kontoguiden/internal/chars"
	"github.com/biometria/kontoguiden/internal/kit"
	"github.com/biometria/kontoguiden/internal/startlog"
)

// version is FyneApp.toml's; a build may set another with -ldflags -X.
var version = appinfo.Version

// console is "yes" in kontoguiden-cli.exe, the build for scripts (set with
// -ldflags -X): started without a command it says how to use it, rather
// than opening the window behind a console.
var console string

func main() {
	if len(os.Args) > 1 {
		attachConsole()
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, openWindow))
}

// windowOptions are the window's own flags.
type windowOptions struct {
	kitFile string
}

// run dispatches the command line and returns the exit code: 0 done, 1 a
// failure, 2 a bad command line. Output that cannot be written is a
// failure whatever the command; nothing a person typed is echoed back
// longer than a line; and nothing printed acts on the terminal: a control
// character in a file name, a flag or a kit, whoever prints it (we, the
// flag package, an error from the system), is shown as an escape.
func run(args []string, out, errOut io.Writer, window func(windowOptions) error) int {
	o := &checkedWriter{w: out}
	esc := &chars.EscapeWriter{W: o}
	escErr := &chars.EscapeWriter{W: errOut}
	e := &lineCap{w: escErr, max: maxEchoLine}
	code := dispatch(args, esc, e, window)
	esc.Flush()
	e.Flush()
	escErr.Flush()
	if o.err != nil && code == 0 {
		fmt.Fprintln(errOut, "kontoguiden: cannot write the output:", o.err)
		return 1
	}
	return code
}

func dispatch(args []string, out, errOut io.Writer, window func(windowOptions) error) int {
	if len(args) == 0 && console == "yes" {
		fmt.Fprint(errOut, helpText)
		return 2
	}
	if len(args) > 0 && !strings.HasPrefix(args[0], "-kit") && !strings.HasPrefix(args[0], "--kit") {
		// The command line uses nothing of Fyne: what it logged as it
		// started is not about the answer.
		startlog.Release(io.Discard, errOut)
		switch args[0] {
		case "--version", "-version", "--help", "-help", "-h", "help":
			if len(args) > 1 {
				return exitCode(usage(fmt.Errorf("unexpected argument %q after %s", chars.Shorten(args[1], 80), args[0])), errOut)
			}
			if strings.Contains(args[0], "version") {
				fmt.Fprintln(out, "kontoguiden", version)
			} else {
				fmt.Fprint(out, helpText)
			}
			return 0
		}
		cmd, ok := commands[args[0]]
		if !ok {
			fmt.Fprintf(errOut, "kontoguiden: unknown command %q: use choose, checklist, kit, web, help or --version, or none to open the window\n", chars.Shorten(args[0], 80))
			return 2
		}
		return exitCode(cmd(args[1:], out, errOut), errOut)
	}
	fs := newFlags("", "[--kit FILE]", errOut)
	var o windowOptions
	fs.StringVar(&o.kitFile, "kit", "", "the field office's kit (default: a policy's, $"+kit.EnvVar+", the computer's, or "+kit.FileName+" beside the program; kontoguiden kit where says which)")
	if err := parsedAll(fs, args); err != nil {
		return exitCode(err, errOut)
	}
	return exitCode(window(o), errOut)
}

// maxEchoLine is the longest line the program writes to stderr: a value
// typed on the command line is echoed back cut, never whole.
const maxEchoLine = 1000

// checkedWriter remembers the first write that failed, as to a full disk
// or a closed pipe, so that the command does not claim success.
type checkedWriter struct {
	w   io.Writer
	err error
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	if err != nil && c.err == nil {
		c.err = err
	}
	return n, err
}

// lineCap cuts every line longer than max bytes, with "…", whoever writes
// it: our messages, the flag package's, a usage line.
type lineCap struct {
	w    io.Writer
	max  int
	line []byte
	cut  bool
}

func (l *lineCap) Write(p []byte) (int, error) {
	for _, b := range p {
		switch {
		case b == '\n':
			l.line = append(l.line, b)
			l.Flush()
		case len(l.line) < l.max:
			l.line = append(l.line, b)
		default:
			l.cut = true
		}
	}
	return len(p), nil
}

// Flush writes what is held: the line so far, "…" if it was cut.
func (l *lineCap) Flush() {
	if l.cut {
		nl := len(l.line) > 0 && l.line[len(l.line)-1] == '\n'
		l.line = bytes.TrimSuffix(l.line, []byte("\n"))
		l.line = append(bytes.ToValidUTF8(l.line, nil), "…"...)
		if nl {
			l.line = append(l.line, '\n')
		}
	}
	l.w.Write(l.line)
	l.line, l.cut = l.line[:0], false
}

func exitCode(err error, errOut io.Writer) int {
	var bad usageError
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &bad):
		if !bad.printed {
			fmt.Fprintln(errOut, "kontoguiden:", bad)
		}
		return 2
	default:
		fmt.Fprintln(errOut, "kontoguiden:", err)
		return 1
	}
}

const helpText = `Kontoguiden: skapa ditt Biometria-konto / create your Biometria account

Usage:
  kontoguiden                 open the window
  kontoguiden choose    ...   which registration path fits an account kind or
                              an address (--help for flags)
  kontoguiden --kit FILE      open the window with a field office's kit
  kontoguiden checklist ...   print a path's steps as text, JSON or HTML
  kontoguiden kit check FILE  check a field office's kit and show what it sets
  kontoguiden kit init [FILE] write a commented example kit
  kontoguiden kit install FILE
                              check a kit and make it this computer's, for
                              every user (as administrator; the MSI's KIT=)
  kontoguiden kit where       which kit the window reads, and which it passes over
  kontoguiden web [--no-browser]
                              the whole guide in the browser, for screen
                              readers and PCs without graphics
  kontoguiden --version       print the version
`
