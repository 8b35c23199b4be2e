// Package ui holds Kontoguiden's screens. Each renders the types of
// internal/guide and internal/progress; the rules themselves live there.
package ui

import (
	"context"
	"image/color"
	"log"
	"slices"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/biometria/kontoguiden/assets"
	"github.com/biometria/kontoguiden/internal/appinfo"
	"github.com/biometria/kontoguiden/internal/detect"
	"github.com/biometria/kontoguiden/internal/fit"
	"github.com/biometria/kontoguiden/internal/guide"
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
	Texts    *i18n.Catalog
	// Now is the clock: every date the screens show or save comes from it.
	Now    func() time.Time
	Lang   i18n.Lang // the language to start in, unless one was chosen before
	Kit    kit.Kit
	KitErr error // why the kit in use could not be read, if it could not
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

// screenID names a screen. The UI is always on exactly one; a change of
// language or text size builds the same one again.
type screenID int

const (
	screenWelcome   screenID = iota // who is using the app; start or continue
	screenName                      // a new person's first name
	screenChooser                   // which address, and what for
	screenRecommend                 // the path, the button and why
	screenChecklist                 // the path's steps, one at a time
	screenDone                      // the account is ready
)

// UI is the running app's screens and what they share.
type UI struct {
	Deps
	lang    i18n.Lang
	root    *fyne.Container
	notice  *widget.Label // a problem the person should know of, shown on every screen
	bar     *fyne.Container
	state   screenID // the screen on show
	current *screen  // its content and actions
	modal   *modal   // the dialog on top, if any
	prefs   settings.Settings

	// people are those with progress on this computer, as listed when the
	// welcome screen was last entered.
	people []progress.Person
	// session is who is using the app now; nil on the welcome screen.
	session *progress.Session
	answers answers      // what they said on the chooser
	choice  guide.Choice // where their answers lead, once they left the chooser
	lookup  *lookup      // the online check of a typed address, while one runs
	tasks   sync.WaitGroup
	view    *stepView // the checklist screen, while it is on show
	// pictureOpen is whether the person last opened or hid the picture of
	// a step's page, which later steps follow; nil until they do either.
	pictureOpen *bool
}

// screen is one screen's content and its two main actions, which the
// keyboard reaches too: Enter does primary, Escape does back.
type screen struct {
	content fyne.CanvasObject
	primary *keyButton
	back    func()
	focus   fyne.Focusable    // where typing goes first, if anywhere
	open    func()            // the step's web page, for Ctrl+B
	scroll  *container.Scroll // the part that scrolls, to keep the focus in view
}

// New builds the UI and decides where to start: the welcome screen, which
// offers to resume saved progress.
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
	u.notice = &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.DangerImportance}
	dismiss := u.button("", theme.CancelIcon(), func() { u.bar.Hide() })
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
	u.Window.Canvas().SetOnTypedKey(u.typedKey)
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
	u.stopLookup()
	u.session.Close()
	u.session = nil
}

// Content is the window's content.
func (u *UI) Content() fyne.CanvasObject { return u.root }

// Title is the window's title in the current language.
func (u *UI) Title() string { return u.t("app.title") }

// t looks up a text in the current language.
func (u *UI) t(key string, args ...any) string { return u.Texts.T(u.lang, key, args...) }

// say is a text in the current language.
func (u *UI) say(t i18n.Text) string { return u.Texts.Say(u.lang, t) }

// build makes a screen from what the UI holds now. Builders change
// nothing but the screen they build: what moving between screens does
// (letting a person go, listing people, choosing) is done before show.
func (u *UI) build(id screenID) *screen {
	switch id {
	case screenName:
		return u.nameScreen()
	case screenChooser:
		return u.chooser()
	case screenRecommend:
		return u.recommend()
	case screenChecklist:
		return u.checklist()
	case screenDone:
		return u.done()
	}
	return u.welcome()
}

// show puts a screen on. Whatever the chooser had asked online is no
// longer wanted once it is gone or built anew.
func (u *UI) show(id screenID) {
	u.stopLookup()
	if id != screenChecklist {
		u.view = nil
	}
	u.state = id
	u.current = u.build(id)
	u.Window.SetTitle(u.Title())
	top := container.NewVBox(u.header(), u.bar)
	u.root.Objects = append(u.root.Objects[:1], container.NewBorder(top, nil, nil, nil, u.current.content))
	if !u.root.Size().IsZero() { // before the window is shown there is nothing to lay out yet
		u.root.Refresh()
	}
	u.shortcuts()
	if u.current.focus != nil && u.Window.Content() == u.root {
		u.Window.Canvas().Focus(u.current.focus)
	}
}

// header is the bar on every screen: the app's name, who is using it, the
// text size and the language switch. It keeps its own size whatever the
// text size, so that A+ and A− stay under the pointer.
func (u *UI) header() fyne.CanvasObject {
	title := appinfo.Name
	if u.Kit.Office != "" {
		title += " · " + u.Kit.Office
	}
	name := &widget.Label{Text: title, TextStyle: fyne.TextStyle{Bold: true}, Truncation: fyne.TextTruncateEllipsis}
	switchLang := u.button(u.Texts.T(u.Texts.Next(u.lang), "lang.switch"), theme.NewThemedResource(langIcon), u.toggleLang)
	about := u.button(u.t("about.button"), theme.InfoIcon(), u.showAbout)
	smaller := u.button("A", theme.ZoomOutIcon(), func() { u.setScale(-1) })
	larger := u.button("A", theme.ZoomInIcon(), func() { u.setScale(+1) })
	// Fyne's boxes space their items by the app's theme, not the override's:
	// a fixed gap keeps the controls from moving when the text size changes.
	gap := theme.DefaultTheme().Size(theme.SizeNamePadding)
	controls := container.New(layout.NewCustomPaddedHBoxLayout(gap), smaller, larger, about, switchLang)
	if u.session != nil {
		other := u.button(u.t("person.switch", short(u.session.Name)), theme.AccountIcon(), u.goWelcome)
		controls.Objects = append([]fyne.CanvasObject{other}, controls.Objects...)
	}
	for _, o := range controls.Objects {
		o.(*keyButton).Importance = widget.LowImportance
	}
	if i := u.scaleIndex(); i == 0 {
		smaller.Disable()
	} else if i == len(textScales)-1 {
		larger.Disable()
	}
	bar := container.NewBorder(nil, widget.NewSeparator(), nil, controls, name)
	return container.NewThemeOverride(bar, u.unscaled())
}

// unscaled is the app's theme at the normal text size.
func (u *UI) unscaled() fyne.Theme {
	l, ok := u.App.Settings().Theme().(look)
	if !ok {
		l = look{}
	}
	l.scale = 1
	return l
}

// toggleLang switches between Swedish and English and remembers it.
func (u *UI) toggleLang() {
	u.lang = u.Texts.Next(u.lang)
	u.prefs.Lang = u.lang
	u.remember()
	u.show(u.state)
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
	s := u.Kit.Support
	if s.Empty() {
		return ""
	}
	var parts []string
	for _, p := range []string{s.Name, s.Phone, s.Email, s.Hours} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return u.t("support.line", strings.Join(parts, ", "))
}

// report tells of a failed save in plain words; the journey goes on in memory.
func (u *UI) report(err error) {
	if err != nil {
		u.warn(u.t("error.save", err))
	}
}

var (
	langIcon = fyne.NewStaticResource("lang.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill="#000" d="M12.9 15.1l-2.5-2.5.1-.1c1.7-1.9 3-4.2 3.7-6.5H17V4h-7V2H8v2H1v2h11.2c-.7 1.9-1.7 3.8-3.2 5.4-1-1.1-1.8-2.3-2.4-3.5h-2c.7 1.6 1.7 3.2 3 4.6l-5.1 5 1.4 1.5L9 18l3.1 3.1.8-2zM18.5 10h-2L12 22h2l1.1-3h4.8l1.1 3h2l-4.5-12zm-2.6 7l1.6-4.3 1.6 4.3h-3.2z"/></svg>`))
	webIcon  = fyne.NewStaticResource("web.svg", assets.Web)
)
