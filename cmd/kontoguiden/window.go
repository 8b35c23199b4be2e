package main

import (
	"context"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/theme"
	"github.com/jeandeaual/go-locale"

	"github.com/biometria/kontoguiden/assets"
	"github.com/biometria/kontoguiden/internal/appinfo"
	"github.com/biometria/kontoguiden/internal/chars"
	"github.com/biometria/kontoguiden/internal/detect"
	"github.com/biometria/kontoguiden/internal/fit"
	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/kit"
	"github.com/biometria/kontoguiden/internal/logfile"
	"github.com/biometria/kontoguiden/internal/opener"
	"github.com/biometria/kontoguiden/internal/progress"
	"github.com/biometria/kontoguiden/internal/settings"
	"github.com/biometria/kontoguiden/internal/startlog"
	"github.com/biometria/kontoguiden/ui"
)

// openWindow builds the app and runs it until the window closes. Where no
// window can be made, the person gets the steps as a web page instead.
func openWindow(o windowOptions) (err error) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	icon := fyne.NewStaticResource("kontoguiden.png", assets.Icon)
	// A plain "go build" has no FyneApp.toml metadata; give Fyne the same.
	app.SetMetadata(fyne.AppMetadata{ID: appinfo.ID, Name: appinfo.Name, Version: version, Icon: icon,
		Migrations: map[string]bool{"fyneDo": true}})
	configErr := settingsHome()
	if configErr != nil {
		defer os.RemoveAll(lendFyneAHome())
	}
	a := app.NewWithID(appinfo.ID)
	a.SetIcon(icon)
	data, dataErr := dataFolder(a.Storage().RootURI().Path(), configErr)
	logPath := startLog(data)
	copyN, held := copyNumber(data)
	defer held.Release()
	k, kitErr := loadKit(o.kitFile)
	lang := k.Language
	if lang == "" {
		lang = systemLang()
	}
	fonts := preloadFonts(a)
	err = probeGraphics()
	texts := i18n.Builtin() // read while the fonts may still be loading
	<-fonts
	if err != nil {
		log.Printf("no graphics for a window: %v", err)
		return noWindow(data, dataErr, lang, k, kitErr, opener.SystemFile)
	}
	shown := false
	defer func() {
		// With no display, GLFW panics while making the window; with no
		// OpenGL, Fyne logs why and ShowAndRun returns without a window.
		if r := recover(); r != nil {
			log.Printf("the window could not be made: %v", r)
		}
		if !shown && err == nil {
			err = noWindow(data, dataErr, lang, k, kitErr, opener.SystemFile)
		}
	}()
	w := a.NewWindow(appinfo.Name)
	var u *ui.UI
	var given fit.Size // the size presize gave the window
	a.Lifecycle().SetOnStarted(func() {
		shown = true
		fyne.Do(func() {
			place(w, given, copyN)
			w.SetTitle(u.Title()) // now that the window exists; see below
		})
		firstFrame()
	})
	u = ui.New(ui.Deps{
		App:    a,
		Window: w,
		People: progress.NewPeople(filepath.Join(data, "people"), time.Now),
		Opener: opener.Guarded{
			Allow:   kit.Allowed(),
			Next:    opener.System,
			Refused: func(url string, why error) { log.Printf("refused to open an address: %v", why) },
		},
		OpenFile:    opener.SystemFile,
		Documents:   documentsDir,
		Texts:       texts,
		Now:         time.Now,
		Lang:        lang,
		Kit:         k,
		KitErr:      kitErr,
		DataErr:     dataErr,
		Detect:      onlineCheck(k),
		LookupDelay: 1500 * time.Millisecond, // a pause, not a keystroke
		Settings:    settings.Store{Dir: data},
		Version:     version,
		LogPath:     logPath,
	})
	a.Lifecycle().SetOnStopped(u.Close)
	// GLFW names the window's class (WM_CLASS, which desktops match to the
	// .desktop file's StartupWMClass) after its title when it is made: make
	// it as "Kontoguiden" and give it its translated title once it exists.
	w.SetTitle(appinfo.Name)
	w.SetContent(u.Content())
	given = presize(w) // at the size place gives it, where the scale is as expected
	w.CenterOnScreen()
	w.ShowAndRun()
	if dataErr != nil {
		os.RemoveAll(data) // a temporary folder: nothing is kept
	}
	return nil
}

// gcPercent is how far the window's heap may grow past what is live before
// Go collects it, in percent: half, where Go's default is all of it. What is
// live is mostly Fyne's font faces (some 18 MB at start); the peak is about
// 4 MiB lower for a few milliseconds of collecting. GOGC, where set, wins.
const gcPercent = 50

// preloadFonts reads the font faces the first screen draws with into
// Fyne's cache on another goroutine, and closes the channel when they are
// in: regular, and bold (Fyne draws a button's text bold). Fyne would read
// each, with the emoji font and a system font for the language, on the
// first text that needs it, on the main thread after the probe. Until the
// channel is closed the main thread may do only what touches no Fyne
// state, as probeGraphics does.
func preloadFonts(a fyne.App) <-chan struct{} {
	done := make(chan struct{})
	go func() {
		defer close(done)
		for _, style := range []fyne.TextStyle{{}, {Bold: true}} {
			a.Driver().RenderedTextSize(appinfo.Name, theme.DefaultTheme().Size(theme.SizeNameText), style, nil)
		}
	}()
	return done
}

// startLog sends the log package, Fyne's errors included, to a small file
// in the app's data folder as well as to standard error, starting with
// what Fyne logged before main ran.
func startLog(dir string) string {
	// A log line may name a file, a locale or an error from outside: none
	// of it may act on the terminal, or on whoever reads the log in one.
	var w io.Writer = &chars.EscapeWriter{W: os.Stderr}
	l, err := logfile.Open(dir, 256<<10)
	if err == nil {
		w = &chars.EscapeWriter{W: io.MultiWriter(os.Stderr, l)}
	}
	startlog.Release(w, w)
	if err != nil {
		log.Printf("no log file: %v", err)
		return ""
	}
	return l.Path()
}

// systemLang is the first of the app's languages that the system's locale
// asks for: the guide is for people in Sweden, so everything else,
// including an unset locale ("C") on an old office PC, gets the first one.
func systemLang() i18n.Lang {
	loc, err := locale.GetLocale()
	return matchLang(loc, err, i18n.Langs)
}

// matchLang is the language of langs that locale names ("en-GB" → en),
// or the first.
func matchLang(locale string, err error, langs []i18n.Lang) i18n.Lang {
	code, _, _ := strings.Cut(strings.ToLower(strings.ReplaceAll(locale, "_", "-")), "-")
	for _, l := range langs {
		if err == nil && code == string(l) {
			return l
		}
	}
	return langs[0]
}

// loadKit finds and reads the office's kit. A bad kit is not fatal: the app
// uses what is good in it (with the online check off) and tells the person
// what is wrong. The log says which kit was read and which were passed over.
func loadKit(flag string) (kit.Kit, error) {
	k, err := kit.Open(kitPlaces(flag))
	file := k.Where.File
	switch {
	case file == "":
	case err != nil:
		log.Printf("kit %s (%s): %v", file, k.Where.From, err)
	default:
		log.Printf("kit %s read (%s)", file, k.Where.From)
	}
	for _, passed := range k.Where.Ignored {
		log.Printf("kit %s not read: the %s kit comes first", passed, k.Where.From)
	}
	for _, w := range k.Warnings() {
		log.Printf("kit %s: %s", file, w)
	}
	return k.WithoutExample(), err
}

// onlineCheck asks Microsoft and DNS about an address's domain, unless the
// office's kit says not to.
func onlineCheck(k kit.Kit) func(context.Context, string) (detect.Suggestion, bool) {
	if !k.Online() {
		return nil
	}
	return detect.NewOnline().Check
}

// settingsHome says why the system has no folder for an app's settings,
// or nil: Go's answer, and on Windows also the home folder, from which
// Fyne builds its own. A relative one (HOME=relhome) is none either: the
// app's files would land under the folder it was started in.
func settingsHome() error {
	dirs := []func() (string, error){os.UserConfigDir, os.UserCacheDir}
	if runtime.GOOS == "windows" {
		dirs = append(dirs, os.UserHomeDir)
	}
	for _, dir := range dirs {
		d, err := dir()
		if err == nil && !filepath.IsAbs(d) {
			err = fmt.Errorf("%q is not a whole path", d)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// lendFyneAHome points Fyne at a temporary folder for its own files (its
// settings and its font cache) and returns it. Without a settings folder
// Fyne makes one under the folder the app was started in (./fyne), which
// a person then finds on their desktop or in a shared folder.
func lendFyneAHome() string {
	tmp := tempDir()
	if runtime.GOOS == "windows" {
		os.Setenv("USERPROFILE", tmp)
	}
	os.Setenv("XDG_CONFIG_HOME", tmp)
	os.Setenv("XDG_CACHE_HOME", tmp)
	return tmp
}

// dataFolder is where the app keeps its data: the one Fyne gives, if the
// system has a folder for settings. With HOME unset or XDG_CONFIG_HOME
// relative it has not (configErr), and Fyne's folder is then under the
// folder the app was started in, so a person's progress would depend on
// that: a temporary folder instead, thrown away, and an error that says
// nothing is kept.
func dataFolder(fromFyne string, configErr error) (string, error) {
	if configErr != nil || !filepath.IsAbs(fromFyne) {
		return tempDir(), fmt.Errorf("no folder for the app's data (%v); nothing is saved", configErr)
	}
	// One that cannot be made (HOME a file, a read-only profile) is none
	// either: say so at once, not at the first failed save.
	if err := os.MkdirAll(fromFyne, 0o700); err != nil {
		return tempDir(), fmt.Errorf("the app's data folder cannot be made (%w); nothing is saved", err)
	}
	return fromFyne, nil
}
