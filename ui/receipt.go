package ui

import (
	"bytes"
	"errors"
	"log"
	"strconv"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/printout"
)

// saveReceipt lets the person save a printable receipt of their steps
// where they will find it again: the save dialog starts in their
// Documents folder. Once it is saved, the app says where, and offers to
// open it in the browser, to print.
func (u *UI) saveReceipt() {
	j := u.session.Journey
	st := j.State()
	path, _ := guide.Lookup(st.Path)
	sheet := printout.Sheet{Texts: u.Texts, Lang: u.lang, Path: path, Steps: j.Steps(), Office: u.Kit.Office,
		Name: u.session.Name, Done: st.Done, Finished: st.Finished}
	var page bytes.Buffer
	if err := printout.Write(&page, printout.HTML, sheet); err != nil {
		u.warn(u.t("error.receipt", err))
		return
	}
	start := u.session.ReceiptDir()
	if u.Documents != nil {
		if docs, err := u.Documents(); err == nil {
			start = docs
		}
	}
	// The person's name and the minute in the file's name: colleagues
	// saving theirs in one folder never replace each other's.
	name := freeName(start, "Kontoguiden-kvitto-"+fileWord(u.session.Name)+"-"+u.Now().Format("2006-01-02-1504"), ".html")
	u.saveAs(name, start, page.Bytes(), u.receiptSaved)
}

// freeName is base+ext, or base-2+ext and on, whichever names no file in
// dir yet: a receipt saved twice in a minute is a second file, and the
// save dialog does not ask to replace one (Fyne asks in English only).
func freeName(dir, base, ext string) string {
	name := base + ext
	for n := 2; n < 100; n++ {
		at, err := storage.Child(storage.NewFileURI(dir), name)
		if err != nil {
			break
		}
		if exists, err := storage.Exists(at); err != nil || !exists {
			break
		}
		name = base + "-" + strconv.Itoa(n) + ext
	}
	return name
}

// receiptSaved says where the receipt is and offers to open it.
func (u *UI) receiptSaved(file string) {
	u.offer(u.t("receipt.title"), u.t("receipt.body", file), u.t("receipt.open"), u.t("receipt.close"), func() {
		u.background(func() error { return u.OpenFile(file) }, func(err error) {
			if err != nil {
				u.showAddress(u.t("done.receipt"), u.t("done.receipt.saved"), file)
			}
		})
	})
}

// saveWithDialog asks where to save data with Fyne's save dialog, in the
// person's words, starting in the folder start with the name given, as
// large as the window; saved is called with where it went. Cancelling
// saves nothing and says nothing.
func (u *UI) saveWithDialog(name, start string, data []byte, saved func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err == nil && w == nil {
			return // cancelled
		}
		if err == nil {
			_, err = w.Write(data)
			err = errors.Join(err, w.Close())
		}
		if err != nil {
			log.Printf("the receipt could not be saved: %v", err)
			u.warn(u.t("error.receipt", u.saveWords(err)))
			return
		}
		saved(w.URI().Path())
	}, u.Window)
	d.SetFileName(name)
	if l, err := storage.ListerForURI(storage.NewFileURI(start)); err == nil {
		d.SetLocation(l)
	}
	d.SetFilter(storage.NewExtensionFileFilter([]string{".html"}))
	// A list shows each name whole on one line; the grid's narrow tiles cut
	// them ("Docu…") at large text.
	d.SetView(dialog.ListView)
	d.SetTitleText(u.t("receipt.save.title"))
	d.SetConfirmText(u.t("receipt.save"))
	d.SetDismissText(u.t("restart.no"))
	// As large as the window, which fits the screen: at the largest text
	// Fyne's own size for it does not fit a small one.
	size := u.Window.Canvas().Size()
	d.Resize(fyne.NewSize(size.Width*0.96, size.Height*0.96))
	// Enter does nothing on the dialog's own (the name field saves on
	// Enter); Escape cancels, as on every dialog.
	u.showModal(d, modal{enter: func() {}, escape: d.Hide})
}

// fileWord is a name as a file name may hold it on every system: letters
// and digits kept, anything else a hyphen, never empty.
func fileWord(name string) string {
	w := strings.Trim(strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return '-'
	}, name), "-")
	if w == "" {
		return "person"
	}
	return w
}
