//go:build !windows

package main

import (
	"log"
	"os/exec"
	"strings"

	"github.com/biometria/kontoguiden/internal/chars"
)

// tell shows a message without a window of our own. The log already writes
// it to standard error, which nobody sees when the app was started from a
// menu: so it also asks the desktop's own message box, the first there is.
func tell(msg string) {
	for _, box := range [][]string{
		{"zenity", "--info", "--no-wrap", "--title=Kontoguiden", "--text=" + msg},
		{"kdialog", "--title", "Kontoguiden", "--msgbox", msg},
		{"xmessage", "-center", latin1(strings.Join(chars.Wrap(msg, 70), "\n"))},
	} {
		if path, err := exec.LookPath(box[0]); err == nil {
			if err := exec.Command(path, box[1:]...).Start(); err != nil {
				log.Printf("%s: %v", box[0], err)
				continue
			}
			return
		}
	}
}

// latin1 is text as xmessage reads its argument: one byte a character
// (Swedish letters are all in Latin-1; anything else becomes "?").
func latin1(text string) string {
	b := make([]byte, 0, len(text))
	for _, r := range text {
		if r > 0xff {
			r = '?'
		}
		b = append(b, byte(r))
	}
	return string(b)
}
