package main

import (
	"log"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"github.com/jeandeaual/go-locale"

	"github.com/biometria/kontoguiden/assets"
	"github.com/biometria/kontoguiden/internal/allowlist"
	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/kit"
	"github.com/biometria/kontoguiden/internal/opener"
	"github.com/biometria/kontoguiden/internal/progress"
	"github.com/biometria/kontoguiden/ui"
)

const appID = "se.biometria.kontoguiden"

// openWindow builds the app and runs it until the window closes.
func openWindow(o windowOptions) error {
	icon := fyne.NewStaticResource("kontoguiden.png", assets.Icon)
	// A plain "go build" has no FyneApp.toml metadata; give Fyne the same.
	app.SetMetadata(fyne.AppMetadata{ID: appID, Name: "Kontoguiden", Version: version, Icon: icon,
		Migrations: map[string]bool{"fyneDo": true}})
	a := app.NewWithID(appID)
	a.SetIcon(icon)
	w := a.NewWindow("Kontoguiden")

	texts, err := i18n.Load(assets.Translations, "translations")
	if err != nil {
		return err
	}
	k, kitErr := loadKit(o.kitFile)
	data := a.Storage().RootURI().Path()
	u := ui.New(ui.Deps{
		App:    a,
		Window: w,
		People: progress.NewPeople(filepath.Join(data, "people")),
		Opener: opener.Guarded{
			Allow:   allowlist.New(guide.AllowedHosts...),
			Next:    opener.System,
			Refused: func(url string, why error) { log.Printf("refused to open an address: %v", why) },
		},
		OpenFile:   opener.SystemFile,
		ReceiptDir: filepath.Join(data, "receipts"),
		Texts:      texts,
		Lang:       systemLang(),
		Kit:        k,
		KitErr:     kitErr,
	})
	w.SetContent(u.Content())
	w.Resize(fyne.NewSize(1024, 680))
	w.CenterOnScreen()
	w.ShowAndRun()
	return nil
}

// systemLang is English only where the system asks for English: the guide
// is for people in Sweden, so Swedish is the answer for everything else,
// including an unset locale ("C") on an old office PC.
func systemLang() guide.Lang {
	if l, err := locale.GetLocale(); err == nil && strings.HasPrefix(strings.ToLower(l), "en") {
		return guide.English
	}
	return guide.Swedish
}

// loadKit finds and reads the office's kit. A bad kit is not fatal: the app
// runs on its defaults and tells the person what is wrong.
func loadKit(flag string) (kit.Kit, error) {
	exe, _ := os.Executable()
	file := kit.Find(flag, os.Getenv, filepath.Dir(exe))
	if file == "" {
		return kit.Kit{}, nil
	}
	k, err := kit.Load(file)
	if err != nil {
		log.Printf("kit %s: %v", file, err)
		return kit.Kit{}, err
	}
	return k, nil
}
