package kit

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/biometria/kontoguiden/internal/chars"
	"github.com/biometria/kontoguiden/internal/safefile"
)

// InstallLog is the file beside the computer's kit where Install says
// what it did: an installer's own log never shows what its actions print.
const InstallLog = "install.log"

// maxInstallLog is where the log starts over: one line an install.
const maxInstallLog = 256 << 10

// Install checks the kit in src and, only if it has no problem, puts a
// copy of it in dir as FileName, readable by every user of the computer:
// what the MSI does with KIT=FILE. The copy lands whole or not at all,
// through a file renamed over the old one. Either way one entry goes to
// dir's install.log, which names the problems of a kit refused.
func Install(src, dir string, now time.Time) (Kit, error) {
	k, err := install(src, dir)
	entry := fmt.Sprintf("%s kit %s: installed as %s\n", now.UTC().Format(time.RFC3339), src, filepath.Join(dir, FileName))
	if err != nil {
		entry = fmt.Sprintf("%s kit %s: not installed:\n  %s\n", now.UTC().Format(time.RFC3339), src,
			strings.ReplaceAll(err.Error(), "\n", "\n  "))
	}
	if err == nil {
		for _, w := range k.Warnings() {
			entry += "  warning: " + w + "\n"
		}
	}
	if logErr := appendLog(filepath.Join(dir, InstallLog), chars.Escape(entry)); logErr != nil && err == nil {
		err = logErr
	}
	return k, err
}

func install(src, dir string) (Kit, error) {
	data, bad := readFile(src)
	if bad != nil {
		return closed(), Problems{*bad}
	}
	k, err := Parse(data)
	if err != nil {
		return k, err
	}
	if left := k.Unedited(); len(left) > 0 {
		return k, Problems{problem("file", "kit.unedited", strings.Join(left, "; "))}
	}
	k.Source = src
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return k, err
	}
	if err := lockDir(dir); err != nil {
		return k, fmt.Errorf("could not limit who may write %s: %w", dir, err)
	}
	return k, safefile.WriteShared(dir, FileName, data)
}

// appendLog adds entry to the log, which starts over once it is large
// (or is not a plain file).
func appendLog(file, entry string) error {
	if fi, err := os.Lstat(file); err == nil && (!fi.Mode().IsRegular() || fi.Size() > maxInstallLog) {
		if err := os.Remove(file); err != nil {
			return err
		}
	}
	f, err := os.OpenFile(file, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	_, err = io.WriteString(f, entry)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
