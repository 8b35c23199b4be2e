package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/biometria/kontoguiden/internal/kit"
)

// kitCommand is "kit check FILE", "kit init [FILE]", "kit install FILE"
// and "kit where", for the IT contact who prepares a field office's kit.
func kitCommand(args []string, out, errOut io.Writer) error {
	const use = "kit check FILE | kit init [FILE] | kit install FILE | kit where"
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
	case "install":
		file, err := kitFileArg(args[1:], "install FILE", "", errOut)
		if file == "" || err != nil {
			return err
		}
		return kitInstall(file, out)
	case "where":
		if len(args) > 1 {
			return usage(errors.New("usage: kontoguiden kit where"))
		}
		return kitWhere(out)
	case "--help", "-help", "-h":
		fmt.Fprintln(errOut, "Usage: kontoguiden "+use)
		return nil
	}
	return usage(fmt.Errorf("unknown kit command %q: use check, init, install or where", args[0]))
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
		return usage(fmt.Errorf("\"%s\" is not a valid kit:\n%w", file, err))
	}
	fmt.Fprintf(out, "\"%s\" is a valid kit. Kontoguiden will use:\n", file)
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
		return fmt.Errorf("cannot write \"%s\": %w", file, err)
	}
	if _, err := io.WriteString(f, kit.Example); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(out, "Wrote \"%s\". Edit it, then run: kontoguiden kit check \"%s\"\n", file, file)
	return nil
}

// machineKitDir is where "kit install" puts the computer's kit; tests put
// a folder of their own here.
var machineKitDir = func() string { return kit.MachineDir(runtime.GOOS, os.Getenv) }

// installClock dates install.log's entries; tests put a fixed time here.
var installClock = time.Now

// kitInstall checks a kit and makes it the computer's, for every user:
// what the MSI's KIT= property runs, as an administrator. A bad kit is
// not installed and exits 2, which fails the MSI's install; install.log
// beside the kit says why.
func kitInstall(file string, out io.Writer) error {
	if abs, err := filepath.Abs(file); err == nil {
		file = abs // install.log says which file, wherever the install ran from
	}
	dir := machineKitDir()
	if dir == "" {
		return errors.New("this computer has no folder for a kit for every user (ProgramData is not set)")
	}
	k, err := kit.Install(file, dir, installClock())
	log := filepath.Join(dir, kit.InstallLog)
	var ps kit.Problems
	switch {
	case errors.As(err, &ps):
		return usage(fmt.Errorf("\"%s\" is not a valid kit, so it was not installed (see %s):\n%w", file, log, err))
	case err != nil:
		return fmt.Errorf("could not install \"%s\" in %s: %w", file, dir, err)
	}
	fmt.Fprintf(out, "Installed \"%s\" as \"%s\" for every user of this computer. Kontoguiden will use:\n", file, filepath.Join(dir, kit.FileName))
	k.Describe(out)
	return nil
}

// kitWhere says which kit the window would read, where it was found, and
// which kits it passes over: the first question when a kit "does nothing".
func kitWhere(out io.Writer) error {
	k, err := kit.Open(kitPlaces(""))
	w := k.Where
	switch {
	case w.File == "":
		fmt.Fprintln(out, "Kit in use:    none (the app's defaults)")
	default:
		fmt.Fprintf(out, "Kit in use:    %s (%s)\n", w.File, placeNames[w.From])
	}
	if w.Unread != "" {
		fmt.Fprintf(out, "Unreadable:    %s (the policy's; the kit above is used, with the online check off unless the policy turns it on)\n", w.Unread)
	}
	for _, f := range w.Ignored {
		fmt.Fprintf(out, "Not read:      %s (the kit above comes first)\n", f)
	}
	online := fmt.Sprint(k.Online())
	if w.Policy.Online != nil {
		online += fmt.Sprintf(" (policy OnlineCheck = %v)", *w.Policy.Online)
	}
	fmt.Fprintf(out, "Online check:  %s\n", online)
	if err != nil {
		fmt.Fprintf(out, "Problems:\n%v\n", err)
		return usage(fmt.Errorf("the kit in use, \"%s\", has problems: see kontoguiden kit check", w.File))
	}
	return nil
}

// placeNames say where a kit was found, as "kit where" prints it.
var placeNames = map[kit.From]string{
	kit.FromPolicy:  `set by policy, HKLM\Software\Policies\Biometria\Kontoguiden KitPath`,
	kit.FromFlag:    "named with --kit",
	kit.FromEnv:     "named in " + kit.EnvVar,
	kit.FromMachine: "the computer's kit, for every user",
	kit.FromBeside:  "beside the program",
}
