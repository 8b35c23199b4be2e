package web

import (
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/kit"
	"github.com/biometria/kontoguiden/internal/printout"
	"github.com/biometria/kontoguiden/internal/progress"
)

// guideServer serves a fresh guide on a test server whose address is the
// one the server checks the Host against.
func guideServer(t *testing.T, dir string) (*Server, *httptest.Server) {
	t.Helper()
	ts := httptest.NewUnstartedServer(nil)
	now := func() time.Time { return time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC) }
	s := New(Config{People: progress.NewPeople(dir, now), Kit: kit.Kit{}, Lang: i18n.Swedish, Now: now}, ts.Listener.Addr().String())
	ts.Config.Handler = s.Handler()
	ts.Start()
	t.Cleanup(func() { ts.Close(); s.end() })
	return s, ts
}

// browser is a client that keeps the cookie and reads the form token
// from each page, as a browser with the page open would send it.
type browser struct {
	t    *testing.T
	c    *http.Client
	base string
	form string
	page string
}

func open(t *testing.T, s *Server, ts *httptest.Server) *browser {
	jar, _ := cookiejar.New(nil)
	b := &browser{t: t, c: &http.Client{Jar: jar}, base: ts.URL + s.base}
	b.read(b.c.Get(ts.URL + strings.TrimPrefix(s.StartURL(), "http://"+s.host)))
	return b
}

var formToken = regexp.MustCompile(`name="form" value="([^"]+)"`)

func (b *browser) read(resp *http.Response, err error) *http.Response {
	b.t.Helper()
	if err != nil {
		b.t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	b.page = string(body)
	if m := formToken.FindStringSubmatch(b.page); m != nil {
		b.form = m[1]
	}
	return resp
}

func (b *browser) get(path string) *http.Response { return b.read(b.c.Get(b.base + path)) }

func (b *browser) post(path string, fields ...string) *http.Response {
	v := url.Values{"form": {b.form}}
	for i := 0; i+1 < len(fields); i += 2 {
		v.Add(fields[i], fields[i+1])
	}
	return b.read(b.c.PostForm(b.base+path, v))
}

func (b *browser) mustShow(want string) {
	b.t.Helper()
	if !strings.Contains(b.page, want) {
		b.t.Fatalf("the page lacks %q:\n%s", want, b.page)
	}
}

// Without the cookie and the secret path, from another Host, or posting
// without the form's token, nothing is answered; the first address works
// once, for one browser.
func TestGuards(t *testing.T) {
	s, ts := guideServer(t, t.TempDir())
	stranger := &http.Client{}
	if resp, _ := stranger.Get(ts.URL + s.base + "/"); resp.StatusCode != http.StatusForbidden {
		t.Errorf("no cookie: %d", resp.StatusCode)
	}
	if resp, _ := stranger.Get(ts.URL + "/start?t=wrong"); resp.StatusCode != http.StatusForbidden {
		t.Errorf("a wrong token: %d", resp.StatusCode)
	}
	b := open(t, s, ts)
	b.mustShow("Skapa ditt Biometria-konto")
	// A program on another port of 127.0.0.1 may be sent the cookie: with
	// it alone, and not the secret path, it opens nothing.
	for _, path := range []string{"/", "/s/other/", "/start"} {
		req, _ := http.NewRequest(http.MethodGet, ts.URL+path, nil)
		req.AddCookie(&http.Cookie{Name: s.cookieName(), Value: s.cookie})
		if resp, _ := stranger.Do(req); resp.StatusCode != http.StatusForbidden {
			t.Errorf("the cookie without the secret path, %s: %d", path, resp.StatusCode)
		}
	}
	// The first address, read later from the process list, opens nothing.
	resp, _ := stranger.Get(ts.URL + strings.TrimPrefix(s.StartURL(), "http://"+s.host))
	if body, _ := io.ReadAll(resp.Body); resp.StatusCode != http.StatusForbidden || !strings.Contains(string(body), "Adressen fungerar inte här") {
		t.Errorf("the first address used twice: %d %.200s", resp.StatusCode, body)
	}
	req, _ := http.NewRequest(http.MethodGet, b.base+"/", nil)
	req.Host = "evil.example:" + strings.Split(s.host, ":")[1]
	if resp, _ := b.c.Do(req); resp.StatusCode != http.StatusForbidden {
		t.Errorf("DNS rebinding (another Host): %d", resp.StatusCode)
	}
	resp, _ = b.c.PostForm(b.base+"/person/new", url.Values{"name": {"Anna"}, "form": {"not-the-token"}})
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("a post without the form's token: %d", resp.StatusCode)
	}
	req, _ = http.NewRequest(http.MethodPut, b.base+"/", nil)
	if resp, _ := b.c.Do(req); resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("PUT: %d, CORS %q", resp.StatusCode, resp.Header.Get("Access-Control-Allow-Origin"))
	}
}

// Forgetting asks first, names the person, and a person the guide has
// not heard from in a while is let go, so that the window can open them.
func TestForgetAsksAndIdleLetsGo(t *testing.T) {
	dir := t.TempDir()
	s, ts := guideServer(t, dir)
	b := open(t, s, ts)
	b.post("/person/new", "name", "Ulla")
	id := s.st.session.ID
	b.post("/person/leave")
	b.mustShow("Glöm Ulla")
	b.get("/forget?id=" + id)
	b.mustShow("Glömma Ulla?")
	if people, _ := progress.NewPeople(dir, time.Now).List(); len(people) != 1 {
		t.Fatal("Ulla was forgotten before anyone said yes")
	}
	b.post("/person/forget", "id", id)
	b.mustShow("Kontoguiden har glömt Ulla.")

	b.post("/person/new", "name", "Eva")
	eva := s.st.session.ID
	s.mu.Lock()
	s.last = s.cfg.Now().Add(-LetGo - time.Minute)
	s.mu.Unlock()
	s.letGoIfIdle()
	if progress.NewPeople(dir, time.Now).Held(eva) {
		t.Error("a person idle for long is still held")
	}
	b.get("/choose")
	b.mustShow("Du var borta en stund")
}

// "Föreslå svar" says what the guide makes of the address in the status
// region, and Enter anywhere among the questions means Nästa.
func TestSuggestion(t *testing.T) {
	s, ts := guideServer(t, t.TempDir())
	b := open(t, s, ts)
	b.post("/person/new", "name", "Anna")
	b.post("/choose", "do", "suggest", "address", "anna@gmail.com")
	b.mustShow(`<div class="status" role="status">`)
	b.mustShow("Gmail")
	b.mustShow(`value="google" checked`)
	questions := b.page[strings.Index(b.page, `name="do" value="next"`):]
	questions = questions[:strings.Index(questions, "</form>")]
	if strings.Count(questions, "<button") != 1 || !strings.Contains(questions, "Nästa</button>") {
		t.Error("the questions' form has another button than Nästa, which Enter might press")
	}
}

// The whole journey on the Google path, by forms alone: each tick is the
// person's saved progress, and the person's lock is held while the guide
// has them.
func TestJourney(t *testing.T) {
	dir := t.TempDir()
	s, ts := guideServer(t, dir)
	b := open(t, s, ts)
	b.post("/person/new", "name", "Anna")
	b.mustShow(`<legend>1. Vilken e-postadress ska du använda?</legend>`)
	if !progress.NewPeople(dir, time.Now).Held(s.st.session.ID) {
		t.Error("the person's lock is not held")
	}
	b.post("/choose", "do", "next", "account", "google")
	b.mustShow("Välj minst en sak du ska göra.")
	b.mustShow(`role="alert"`)
	b.post("/choose", "do", "next", "account", "google", "need", "viol3")
	b.mustShow("Registrera dig med Google")
	b.post("/begin")
	b.mustShow(`aria-current="step"`)
	b.mustShow("Steg 1 av")
	for i := 0; i < 40 && !strings.Contains(b.page, `value="mfa"`); i++ {
		b.post("/step", "do", "done")
		b.mustShow("Sparat.")
	}
	people, _ := progress.NewPeople(dir, time.Now).List()
	if len(people) != 1 || len(people[0].State.Done) == 0 {
		t.Fatalf("the ticks are not saved: %+v", people)
	}
	b.post("/step", "do", "mfa")
	b.mustShow("Kryssa i rutan först.")
	b.post("/step", "do", "mfa", "confirmed", "yes")
	b.mustShow("Ditt Biometria-konto är klart")
	b.get("/receipt")
	b.mustShow("Anna")
	b.post("/quit")
	select {
	case <-s.Done():
	case <-time.After(2 * time.Second):
		t.Fatal("the server did not end")
	}
	if progress.NewPeople(dir, time.Now).Held(people[0].ID) {
		t.Error("the person's lock outlived the server")
	}
}

// Every screen in both languages: the other language's switch, the
// heading focused at load, the status region present.
func TestScreensInBothLanguages(t *testing.T) {
	s, ts := guideServer(t, t.TempDir())
	b := open(t, s, ts)
	b.post("/person/new", "name", "Anna")
	b.post("/choose", "do", "next", "account", "work-microsoft", "need", "viol3")
	b.post("/begin")
	for _, c := range []struct{ lang, back, want string }{{"en", "/step", "Step 1 of"}, {"sv", "/step", "Steg 1 av"}, {"en", "/recommend", "How you register"}, {"en", "/choose", "Two questions first"}, {"sv", "/", "Skapa ditt Biometria-konto"}} {
		b.post("/lang", "lang", c.lang, "back", c.back)
		b.mustShow(`<html lang="` + c.lang + `">`)
		b.mustShow(c.want)
		b.mustShow(`<h1 id="main" tabindex="-1" autofocus>`)
		b.mustShow(`role="status"`)
		if c.lang == "sv" {
			b.mustShow(`<button type="submit" lang="en">In English</button>`)
		}
	}
}

// A person open in the window cannot be taken here too: the guide says
// so, in the person's language, and takes nothing.
func TestPersonOpenElsewhere(t *testing.T) {
	dir := t.TempDir()
	s, ts := guideServer(t, dir)
	people := progress.NewPeople(dir, time.Now)
	window, err := people.Add("Anna")
	if err != nil {
		t.Fatal(err)
	}
	defer window.Close()
	b := open(t, s, ts)
	b.post("/person/resume", "id", window.ID)
	b.mustShow(`<div class="alert" role="alert">Kontoguiden är redan öppet för Anna i ett annat fönster.`)
	if s.st.session != nil {
		t.Error("the guide took a person the window holds")
	}
}

// A bad kit is said at once, as in the window; the printable guide is
// there as before.
func TestBadKitAndThePrintableGuide(t *testing.T) {
	k, err := kit.Parse([]byte("language = \"de\"\noffice = \"Skogen\"\n"))
	ts := httptest.NewUnstartedServer(nil)
	now := func() time.Time { return time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC) }
	s := New(Config{People: progress.NewPeople(t.TempDir(), now), Kit: k, KitErr: err, Lang: i18n.Swedish, Now: now}, ts.Listener.Addr().String())
	ts.Config.Handler = s.Handler()
	ts.Start()
	defer ts.Close()
	b := open(t, s, ts)
	b.mustShow(`role="alert">Kontorets inställningar för Kontoguiden har fel.`)
	b.mustShow("Kontoguiden · Skogen")
	b.get("/guide")
	b.mustShow("Registrera dig med Google")
}

// A link the allow-list refuses is never offered, whoever put it there.
func TestOnlyAllowedLinks(t *testing.T) {
	v := allowed(printout.StepView{URL: "http://evil.example/", Links: [][2]string{{"ok", "https://www.biometria.se/"}, {"bad", "javascript:alert(1)"}}})
	if v.URL != "" || len(v.Links) != 1 || v.Links[0][0] != "ok" {
		t.Errorf("%+v", v)
	}
}
