package progress

import (
	"errors"
	"io/fs"

	"github.com/biometria/kontoguiden/internal/i18n"
)

// SaveProblem says why progress could not be saved, in the person's words
// and with advice that fits the cause: the program's own error text is
// for the log only. The window and the served guide both say it.
func SaveProblem(err error) i18n.Text {
	switch {
	case errors.Is(err, fs.ErrPermission):
		return i18n.Key("error.save.permission")
	case isNotFolder(err):
		return i18n.Key("error.save.notfolder")
	case isDiskFull(err):
		return i18n.Key("error.save.full")
	}
	return i18n.Key("error.save.other")
}
