// Command kontoguiden walks a person through creating a Biometria account
// and turning on two-step verification. With no sub-command it opens the
// window; "choose" and "checklist" answer on the command line.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/biometria/kontoguiden/internal/appinfo"
	"github.com/biometria/kontoguiden/internal/kit"
)

// version is FyneApp.toml's; a build may set another with -ldflags -X.
var version = appinfo.Version

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
// failure, 2 a bad command line.
func run(args []string, out, errOut io.Writer, window func(windowOptions) error) int {
	if len(args) > 0 && !strings.HasPrefix(args[0], "-kit") && !strings.HasPrefix(args[0], "--kit") {
		switch args[0] {
		case "--version", "-version":
			fmt.Fprintln(out, "kontoguiden", version)
			return 0
		case "--help", "-help", "-h", "help":
			fmt.Fprint(out, helpText)
			return 0
		}
		cmd, ok := commands[args[0]]
		if !ok {
			fmt.Fprintf(errOut, "kontoguiden: unknown command %q: use choose, checklist, or none to open the window\n", args[0])
			return 2
		}
		return exitCode(cmd(args[1:], out, errOut), errOut)
	}
	fs := newFlags("", "[--kit FILE]", errOut)
	var o windowOptions
	fs.StringVar(&o.kitFile, "kit", "", "the field office's kit (default: $"+kit.EnvVar+", or "+kit.FileName+" beside the program)")
	if err := parsed(fs.Parse(args)); err != nil {
		return exitCode(err, errOut)
	}
	return exitCode(window(o), errOut)
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
  kontoguiden --version       print the version
`
