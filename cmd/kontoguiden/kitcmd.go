package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/biometria/kontoguiden/internal/kit"
)

// kitCommand is "kit check FILE" and "kit init [FILE]", for the IT contact
// who prepares a field office's kit.
func kitCommand(args []string, out, errOut io.Writer) error {
	const use = "kit check FILE | kit init [FILE]"
	if len(args) == 0 {
		return usage(errors.New("usage: kontoguiden " + use))
	}
	switch args[0] {
	case "check":
		file, err := kitFileArg(args[1:], "check FILE", "", errOut)
		if file == "" || err != nil {
			return err
		}
		return kitCheck(file, out)
	case "init":
		file, err := kitFileArg(args[1:], "init [FILE]", kit.FileName, errOut)
		if file == "" || err != nil {
			return err
		}
		return kitInit(file, out)
	case "--help", "-help", "-h":
		fmt.Fprintln(errOut, "Usage: kontoguiden "+use)
		return nil
	}
	return usage(fmt.Errorf("unknown kit command %q: use check or init", args[0]))
}

// kitFileArg is the file a kit command names, or dflt where it may name
// none. An option is never a file name: --help prints the usage (and gives
// ""), any other is a usage error.
func kitFileArg(args []string, use, dflt string, errOut io.Writer) (string, error) {
	file := dflt
	switch {
	case len(args) > 1 || len(args) == 0 && dflt == "":
		return "", usage(errors.New("usage: kontoguiden kit " + use))
	case len(args) == 1:
		file = args[0]
	}
	if file == "--help" || file == "-help" || file == "-h" {
		fmt.Fprintln(errOut, "Usage: kontoguiden kit "+use)
		return "", nil
	}
	if file == "" {
		return "", usage(errors.New("kit " + strings.Fields(use)[0] + " is given an empty file name: give one"))
	}
	if strings.HasPrefix(file, "-") {
		return "", usage(fmt.Errorf("kit %s takes a file name, not %q: write ./%s for a file of that name", strings.Fields(use)[0], file, file))
	}
	return file, nil
}

// kitCheck prints what the app will use, or every problem; a bad kit is a
// usage error (exit 2), so that a script can tell.
func kitCheck(file string, out io.Writer) error {
	k, err := kit.Load(file)
	if err != nil {
		fmt.Fprintf(out, "With these problems, Kontoguiden uses only the kit's good fields, and never checks addresses online:\n")
		k.Describe(out)
		return usage(fmt.Errorf("%q is not a valid kit:\n%w", file, err))
	}
	fmt.Fprintf(out, "%q is a valid kit. Kontoguiden will use:\n", file)
	k.Describe(out)
	for _, w := range k.Warnings() {
		fmt.Fprintf(out, "Warning: %s\n", w)
	}
	return nil
}

// kitInit writes the commented example, never over an existing file.
func kitInit(file string, out io.Writer) error {
	f, err := os.OpenFile(file, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("cannot write %q: %w", file, err)
	}
	if _, err := io.WriteString(f, kit.Example); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(out, "Wrote %q. Edit it, then run: kontoguiden kit check %q\n", file, file)
	return nil
}
