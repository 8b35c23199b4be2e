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
	b := &browser{t: t, c: &http.Client{Jar: jar}, base: ts.URL}
	b.get(strings.TrimPrefix(s.StartURL(), "http://"+s.host))
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

// Without the token's cookie, from another Host, or posting without the
// form's token, nothing is answered.
func TestGuards(t *testing.T) {
	s, ts := guideServer(t, t.TempDir())
	stranger := &http.Client{}
	if resp, _ := stranger.Get(ts.URL + "/"); resp.StatusCode != http.StatusForbidden {
		t.Errorf("no cookie: %d", resp.StatusCode)
	}
	if resp, _ := stranger.Get(ts.URL + "/start?t=wrong"); resp.StatusCode != http.StatusForbidden {
		t.Errorf("a wrong token: %d", resp.StatusCode)
	}
	b := open(t, s, ts)
	b.mustShow("Skapa ditt Biometria-konto")
	req, _ := http.NewRequest(http.MethodGet, ts.URL+"/", nil)
	req.Host = "evil.example:" + strings.Split(s.host, ":")[1]
	if resp, _ := b.c.Do(req); resp.StatusCode != http.StatusForbidden {
		t.Errorf("DNS rebinding (another Host): %d", resp.StatusCode)
	}
	resp, _ := b.c.PostForm(ts.URL+"/person/new", url.Values{"name": {"Anna"}, "form": {"not-the-token"}})
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("a post without the form's token: %d", resp.StatusCode)
	}
	req, _ = http.NewRequest(http.MethodPut, ts.URL+"/", nil)
	if resp, _ := b.c.Do(req); resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("PUT: %d, CORS %q", resp.StatusCode, resp.Header.Get("Access-Control-Allow-Origin"))
	}
	start := b.get(strings.TrimPrefix(s.StartURL(), "http://"+s.host))
	_ = start
	for _, c := range b.c.Jar.Cookies(mustURL(ts.URL)) {
		if c.Name == cookieName && c.Value != s.token {
			t.Errorf("the cookie is not the token")
		}
	}
}

func mustURL(s string) *url.URL { u, _ := url.Parse(s); return u }

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
