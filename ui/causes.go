package ui

import (
	"errors"
	"io/fs"
	"log"
)

// saveWords says why progress could not be saved, in the person's words
// and with advice that fits the cause: the program's own error text goes
// only to the log.
func (u *UI) saveWords(err error) string {
	log.Printf("progress not saved: %v", err)
	switch {
	case errors.Is(err, fs.ErrPermission):
		return u.t("error.save.permission")
	case isNotFolder(err):
		return u.t("error.save.notfolder")
	case isDiskFull(err):
		return u.t("error.save.full")
	}
	return u.t("error.save.other")
}
