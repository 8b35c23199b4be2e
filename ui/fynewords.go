package ui

import (
	"log"
	"sync"

	"fyne.io/fyne/v2/lang"

	"github.com/biometria/kontoguiden/assets"
	"github.com/biometria/kontoguiden/internal/i18n"
)

// systemLocale is the computer's language as Fyne reads it, once: Fyne
// picks its own words by it.
var systemLocale = sync.OnceValue(lang.SystemLocale)

// useFyneWords makes Fyne's own words (the save dialog's buttons, an
// entry's menu) those of the app's language l: they are given to Fyne as
// the words of the computer's language, the one Fyne looks up. Without
// it, an English computer showed a Swedish person "Show Hidden Files".
func useFyneWords(l i18n.Lang) {
	data, err := assets.FyneWords.ReadFile("translations/fyne/" + string(l) + ".json")
	if err == nil {
		err = lang.AddTranslationsForLocale(data, systemLocale())
	}
	if err != nil {
		log.Printf("Fyne's own words stay the computer's: %v", err)
	}
}
