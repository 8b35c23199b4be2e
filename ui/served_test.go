package ui

import (
	"context"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/progress"
	"github.com/biometria/kontoguiden/internal/web"
)

// Ticks made in the served guide are the ticks the window shows next
// time, on the same data folder, and the other way round.
func TestServedGuideSharesTheTicks(t *testing.T) {
	dir := t.TempDir()
	now := func() time.Time { return clock }
	l, err := web.Listen()
	if err != nil {
		t.Fatal(err)
	}
	s := web.New(web.Config{People: progress.NewPeople(filepath.Join(dir, "people"), now), Lang: i18n.Swedish, Now: now}, l.Addr().String())
	ctx, cancel := context.WithCancel(context.Background())
	go s.Serve(ctx, l)
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar}
	page := func(resp *http.Response, err error) string {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		return string(b)
	}
	resp, err := c.Get(s.StartURL())
	base := ""
	if err == nil {
		base = strings.TrimSuffix(resp.Request.URL.String(), "/") // the secret path it was sent to
	}
	form := regexp.MustCompile(`name="form" value="([^"]+)"`).FindStringSubmatch(page(resp, err))[1]
	post := func(path string, kv ...string) string {
		v := url.Values{"form": {form}}
		for i := 0; i+1 < len(kv); i += 2 {
			v.Add(kv[i], kv[i+1])
		}
		return page(c.PostForm(base+path, v))
	}
	post("/person/new", "name", "Anna")
	post("/choose", "do", "next", "account", "google", "need", "viol3")
	post("/begin")
	post("/step", "do", "done")
	if got := post("/step", "do", "done"); !strings.Contains(got, "Steg 3 av") {
		t.Fatalf("the served guide did not move on: %.300s", got)
	}
	cancel() // the guide ends, and lets Anna go
	<-s.Done()

	h := start(t, dir, i18n.Swedish)
	h.mustShow("Anna: 2 av " + total(guide.PathGoogle) + " steg klara")
	h.quit()
}
