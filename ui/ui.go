// Package ui holds Kontoguiden's screens. Each screen is its own small type
// that renders the types of internal/guide and internal/progress; the rules
// themselves live there. UI, the app, moves between the screens and holds
// the session of the person using it.
package ui

import (
	"context"
	"image/color"
	"log"
	"slices"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/assets"
	"github.com/biometria/kontoguiden/internal/detect"
	"github.com/biometria/kontoguiden/internal/fit"
	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/kit"
	"github.com/biometria/kontoguiden/internal/opener"
	"github.com/biometria/kontoguiden/internal/progress"
	"github.com/biometria/kontoguiden/internal/settings"
)

// Deps are what the screens need from outside, passed in so that tests can
// give fakes: a temporary app, a store in a temp folder, a recording opener
// and a fixed clock.
type Deps struct {
	App    fyne.App
	Window fyne.Window
	People progress.People
	Opener opener.Opener
	// OpenFile shows a file the app wrote, such as a receipt, in the browser.
	OpenFile func(path string) error
	// Documents is the person's Documents folder, where a receipt is
	// saved so that they find it again; nil or failing, it stays in the
	// app's own folder.
	Documents func() (string, error)
	Texts     *i18n.Catalog
	// Now is the clock: every date the screens show or save comes from it.
	Now    func() time.Time
	Lang   i18n.Lang // the language to start in, unless one was chosen before
	Kit    kit.Kit
	KitErr error // why the kit in use could not be read, if it could not
	// DataErr says why nothing is saved on this computer at all, if so.
	DataErr error
	// Detect asks online which kind of account a domain has; nil when the
	// kit turns that off. LookupDelay waits for the person to stop typing.
	Detect      func(ctx context.Context, domain string) (detect.Suggestion, bool)
	LookupDelay time.Duration
	// OpenWait is how long the browser may take to open a page before the
	// person is given the address to open themselves (default 5 s).
	OpenWait time.Duration
	// Settings remembers the language and text size for this computer account.
	Settings settings.Store
	Version  string // for the about screen
	LogPath  string // where support finds the log
}

// UI is the running app: the screen on show, the person using it, and what
// every screen shares (the header, a notice, the language, the text size).
type UI struct {
	Deps
	lang  i18n.Lang
	prefs settings.Settings
	keys  *keyboard
	root  *fyne.Container
	// notice is a problem the person should know of, shown on every screen
	// until it is dismissed or replaced.
	notice *widget.Label
	bar    *fyne.Container
	header *header
	// current is the screen on show; rebuild makes it again, as it is
	// now, in another language or text size.
	current screen
	rebuild func() screen
	// session is who is using the app now; nil on the welcome screen.
	session *progress.Session
	tasks   sync.WaitGroup // work in the background: lookups, the browser
	// pictureOpen is whether the person last opened or hid the picture of
	// a step's page, which later steps follow; nil until they do either.
	pictureOpen *bool
	// saveAs asks where to save a file (saveWithDialog); tests answer
	// for the person.
	saveAs func(name, start string, data []byte, saved func(path string))
	// news is what the last action did, for the next screen to say.
	news string
}

// New builds the UI on the welcome screen, which offers to resume saved
// progress. Deps.Now must be set: the screens never read the wall clock.
func New(d Deps) *UI {
	u := &UI{Deps: d, lang: d.Lang, prefs: d.Settings.Load()}
	if u.prefs.Lang != "" {
		u.lang = u.prefs.Lang
	}
	if u.lang == "" {
		u.lang = u.Kit.Language
	}
	if !slices.Contains(u.Texts.Langs(), u.lang) {
		u.lang = u.Texts.Langs()[0]
	}
	useFyneWords(u.lang)
	u.keys = &keyboard{screen: func() *frame { return u.current.base() }}
	u.saveAs = u.saveWithDialog
	u.notice = &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.DangerImportance}
	dismiss := u.tools().button("", theme.CancelIcon(), func() { u.bar.Hide() })
	dismiss.Importance = widget.LowImportance
	u.bar = container.NewBorder(nil, nil, widget.NewIcon(theme.NewErrorThemedResource(theme.WarningIcon())), dismiss, u.notice)
	u.bar.Hide()
	// The window never shrinks below what a step needs to be read beside its
	// list; within that, text wraps and scrolls.
	minSize := canvas.NewRectangle(color.Transparent)
	minSize.SetMinSize(fyne.NewSize(fit.Minimum.W, fit.Minimum.H))
	u.root = container.NewStack(minSize)
	u.App.Settings().SetTheme(look{scale: textScales[u.scaleIndex()]})
	if d.KitErr != nil {
		u.warn(u.t("error.kit"))
	}
	if d.DataErr != nil {
		log.Printf("%v", d.DataErr)
		u.warn(u.t("error.nohome"))
	}
	u.Window.Canvas().SetOnTypedKey(u.keys.typedKey)
	u.goWelcome()
	return u
}

// Close lets go of the person and waits for the work in the background
// to end: the app is closing.
func (u *UI) Close() {
	u.leave()
	u.tasks.Wait()
}

// leave lets go of the person, if any: another copy may open them now.
func (u *UI) leave() {
	u.stopWork()
	u.session.Close()
	u.session = nil
}

// stopWork ends what the screen on show asked for in the background.
func (u *UI) stopWork() {
	if s, ok := u.current.(interface{ stop() }); ok {
		s.stop()
	}
}

// Content is the window's content.
func (u *UI) Content() fyne.CanvasObject { return u.root }

// Title is the window's title in the current language.
func (u *UI) Title() string { return u.t("app.title") }

// words are the texts in the person's language.
func (u *UI) words() wording { return wording{texts: u.Texts, lang: u.lang, now: u.Now} }

// tools are what a screen is built with, now.
func (u *UI) tools() tools { return tools{wording: u.words(), keys: u.keys, scale: u.scaleIndex()} }

// t looks up a text in the current language.
func (u *UI) t(key string, args ...any) string { return u.words().t(key, args...) }

// show builds a screen and puts it on; build makes it again after a change
// of language or text size. Whatever the screen before had asked in the
// background is no longer wanted.
func (u *UI) show(build func() screen) {
	u.stopWork()
	u.rebuild = build
	u.current = build()
	u.Window.SetTitle(u.Title())
	c := u.Window.Canvas()
	old := u.header.focused(c.Focused())
	u.header = newHeader(u.tools(), u.Kit.Office, u.personName(), headerActions{
		switchPerson: u.goWelcome,
		smaller:      func() { u.setScale(-1) },
		larger:       func() { u.setScale(+1) },
		about:        u.showAbout,
		switchLang:   u.toggleLang,
	})
	top := container.NewVBox(u.header.content, u.bar)
	f := u.current.base()
	// No screen makes the window wider than it is: one that did moved its
	// buttons off a small screen, and the window's width jumped between
	// screens. Each wraps and scrolls within the width it is given.
	u.root.Objects = append(u.root.Objects[:1], container.NewBorder(top, nil, nil, nil, container.New(narrow{}, f.content)))
	if !u.root.Size().IsZero() { // before the window is shown there is nothing to lay out yet
		u.root.Refresh()
	}
	u.keys.shortcuts(c)
	// The control that had the focus is gone with the screen before: keys
	// must not reach it, or Enter would press a button nobody sees. A
	// header button pressed by the keyboard keeps it, in its new header, so
	// that A+ can be pressed again; not one that can be pressed no more (A–
	// at the smallest size), on which Enter would do nothing.
	c.Unfocus()
	switch {
	case u.Window.Content() != u.root:
	case old != "" && u.header.button(old) != nil && !u.header.button(old).Disabled():
		c.Focus(u.header.button(old))
	case f.focus != nil:
		c.Focus(f.focus)
		// The field to type in is in view, as after Tab: at large text on
		// a small screen it stood below the buttons.
		if o, ok := f.focus.(fyne.CanvasObject); ok {
			f.reveal(o)
		}
	}
}

// personName is the short name of who uses the app, for the header.
func (u *UI) personName() string {
	if u.session == nil {
		return ""
	}
	return short(u.session.Name)
}

// toggleLang goes on to the next language and remembers it.
func (u *UI) toggleLang() {
	u.lang = u.Texts.Next(u.lang)
	useFyneWords(u.lang)
	u.prefs.Lang = u.lang
	u.remember()
	u.show(u.rebuild)
}

// Text sizes the person can choose, in percent; remembered in preferences.
var textScales = []float32{1, 1.25, 1.5, 1.75, 2}

// scaleIndex is the position of the remembered text size.
func (u *UI) scaleIndex() int {
	s := float32(u.prefs.TextScale)
	for i, x := range textScales {
		if x >= s {
			return i
		}
	}
	return len(textScales) - 1
}

// setScale changes the text size by steps and remembers it.
func (u *UI) setScale(step int) {
	i := min(max(u.scaleIndex()+step, 0), len(textScales)-1)
	u.prefs.TextScale = float64(textScales[i])
	u.remember()
	// The screen on show goes first: measured at the new size, before it
	// is built anew for it, it could push the window wider than the screen.
	u.root.Objects = u.root.Objects[:1]
	u.App.Settings().SetTheme(look{scale: textScales[i]})
	u.show(u.rebuild)
}

// remember saves the language and text size; if that fails they hold for
// this run, which is no reason to trouble the person.
func (u *UI) remember() {
	if err := u.Settings.Save(u.prefs); err != nil {
		log.Printf("the settings could not be saved: %v", err)
	}
}

// warn shows a problem on every screen until the next one replaces it,
// with the office's support contact where the kit gives one.
func (u *UI) warn(msg string) {
	if s := u.supportLine(); s != "" {
		msg += "\n" + s
	}
	u.notice.SetText(msg)
	u.bar.Show()
}

// supportLine says whom to call, from the kit; empty without one.
func (u *UI) supportLine() string {
	if u.Kit.Support.Empty() {
		return ""
	}
	return u.t("support.line", u.Kit.Support.Details())
}

// report tells of a failed save in plain words; the journey goes on in memory.
func (u *UI) report(err error) {
	if err != nil {
		u.warn(u.saveWords(err))
	}
}

var (
	langIcon = fyne.NewStaticResource("lang.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill="#000" d="M12.9 15.1l-2.5-2.5.1-.1c1.7-1.9 3-4.2 3.7-6.5H17V4h-7V2H8v2H1v2h11.2c-.7 1.9-1.7 3.8-3.2 5.4-1-1.1-1.8-2.3-2.4-3.5h-2c.7 1.6 1.7 3.2 3 4.6l-5.1 5 1.4 1.5L9 18l3.1 3.1.8-2zM18.5 10h-2L12 22h2l1.1-3h4.8l1.1 3h2l-4.5-12zm-2.6 7l1.6-4.3 1.6 4.3h-3.2z"/></svg>`))
	webIcon  = fyne.NewStaticResource("web.svg", assets.Web)
)
