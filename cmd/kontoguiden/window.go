package main

import (
	"log"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"github.com/jeandeaual/go-locale"

	"github.com/biometria/kontoguiden/assets"
	"github.com/biometria/kontoguiden/internal/allowlist"
	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/opener"
	"github.com/biometria/kontoguiden/internal/progress"
	"github.com/biometria/kontoguiden/ui"
)

const appID = "se.biometria.kontoguiden"

// openWindow builds the app and runs it until the window closes.
func openWindow() error {
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
	u := ui.New(ui.Deps{
		App:    a,
		Window: w,
		Store:  progress.NewStore(filepath.Join(a.Storage().RootURI().Path(), "progress")),
		Opener: opener.Guarded{
			Allow:   allowlist.New(guide.AllowedHosts...),
			Next:    opener.System,
			Refused: func(url string, why error) { log.Printf("refused to open an address: %v", why) },
		},
		Texts: texts,
		Lang:  systemLang(),
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
