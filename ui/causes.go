package ui

import (
	"log"

	"github.com/biometria/kontoguiden/internal/progress"
)

// saveWords says why progress could not be saved, in the person's words;
// the program's own error text goes only to the log.
func (u *UI) saveWords(err error) string {
	log.Printf("progress not saved: %v", err)
	return u.words().say(progress.SaveProblem(err))
}
