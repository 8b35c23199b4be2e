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
)

// version is set from FyneApp.toml by the Makefile (-ldflags -X).
var version = "dev"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, openWindow))
}

// run dispatches the command line and returns the exit code: 0 done, 1 a
// failure, 2 a bad command line.
func run(args []string, out, errOut io.Writer, window func() error) int {
	if len(args) > 0 {
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
	return exitCode(window(), errOut)
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
  kontoguiden choose    ...   which registration path fits (--help for flags)
  kontoguiden checklist ...   print a path's steps as text, JSON or HTML
  kontoguiden --version       print the version
`
