// Package web serves the whole guide to the person's own browser, on the
// loopback interface only: for people who use a screen reader (Fyne 2.7
// gives one nothing to read) and for PCs that cannot draw the window. It
// holds no rule or text of its own: the chooser's rules, the person's
// progress and lock, the kit and the catalogue are the window's.
package web

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/subtle"
	"errors"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/biometria/kontoguiden/internal/detect"
	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/kit"
	"github.com/biometria/kontoguiden/internal/progress"
)

// Idle is how long the server waits for the person before it ends.
const Idle = 2 * time.Hour

// Config is what the served guide needs from the program.
type Config struct {
	People progress.People
	Kit    kit.Kit
	KitErr error
	Texts  *i18n.Catalog
	Lang   i18n.Lang
	Now    func() time.Time
	// Detect asks online about an address's domain; nil when the kit or a
	// policy says not to.
	Detect func(context.Context, string) (detect.Suggestion, bool)
	// Idle ends the server after this long without a request; 0 is Idle.
	Idle time.Duration
}

// Server is the served guide for one person at a time, as the window is.
type Server struct {
	cfg    Config
	token  string // in the first address, once
	cookie string // what the first address sets: the browser's proof
	base   string // /s/<secret>: every page's path starts with it
	form   string // in every form: a page of another site cannot post here
	host   string // 127.0.0.1:port, the only Host accepted
	opened bool   // the first address has been used
	done   chan struct{}
	quit   sync.Once
	mu     sync.Mutex
	last   time.Time
	st     state
}

// New makes a server for addr (127.0.0.1:port) with fresh secrets.
func New(cfg Config, addr string) *Server {
	if cfg.Idle == 0 {
		cfg.Idle = Idle
	}
	if cfg.Texts == nil {
		cfg.Texts = i18n.Builtin()
	}
	s := &Server{cfg: cfg, token: secret(), cookie: secret(), base: "/s/" + secret(), form: secret(), host: addr,
		done: make(chan struct{}), last: cfg.Now()}
	s.st.lang = cfg.Lang
	return s
}

// secret is 128 random bits as text.
func secret() string { return rand.Text() }

// StartURL is the address that opens the guide: it carries the token once,
// which the first answer turns into a cookie.
func (s *Server) StartURL() string { return "http://" + s.host + "/start?t=" + s.token }

// Done is closed when the person ends the guide or it has been idle.
func (s *Server) Done() <-chan struct{} { return s.done }

// end lets the person go and ends the server; safe to call twice.
func (s *Server) end() {
	s.quit.Do(func() {
		s.mu.Lock()
		s.st.session.Close()
		s.st = state{lang: s.st.lang}
		s.mu.Unlock()
		close(s.done)
	})
}

// Listen opens a free port on the loopback interface.
func Listen() (net.Listener, error) { return net.Listen("tcp", "127.0.0.1:0") }

// Serve answers on l until the person ends the guide, it has been idle for
// Config.Idle, or ctx ends (the app closing). The person's lock goes with it.
func (s *Server) Serve(ctx context.Context, l net.Listener) error {
	srv := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second, MaxHeaderBytes: 16 << 10}
	go func() {
		idle := time.NewTicker(time.Minute)
		defer idle.Stop()
		for {
			select {
			case <-ctx.Done():
				s.end()
			case <-s.done:
			case <-idle.C:
				s.letGoIfIdle()
				if s.idleFor() > s.cfg.Idle {
					s.end()
				}
				continue
			}
			srv.Close()
			return
		}
	}()
	err := srv.Serve(l)
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}

func (s *Server) idleFor() time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cfg.Now().Sub(s.last)
}

// Handler is the guide behind its guards: the loopback Host only (no DNS
// rebinding), the cookie and the secret path on every request, the form
// token on every change, no caching, no framing, no script from anywhere.
// Browsers send a cookie to every port of 127.0.0.1, so a program of
// another user listening on one could get it: the cookie alone opens
// nothing without the secret path, which only this origin's pages hold.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	s.routes(mux)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-store")
		h.Set("X-Frame-Options", "DENY")
		if r.Host != s.host {
			http.Error(w, "403: wrong host", http.StatusForbidden)
			return
		}
		if r.URL.Path == "/start" && r.Method == http.MethodGet {
			s.start(w, r)
			return
		}
		rest, inside := strings.CutPrefix(r.URL.Path, s.base)
		if c, err := r.Cookie(s.cookieName()); err != nil || !same(c.Value, s.cookie) || !inside || !strings.HasPrefix(rest, "/") {
			s.forbidden(w)
			return
		}
		r.URL.Path = rest
		if r.Method == http.MethodPost {
			r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
			if err := r.ParseForm(); err != nil || !same(r.PostForm.Get(formField), s.form) {
				http.Error(w, "403: this form is not Kontoguiden's", http.StatusForbidden)
				return
			}
		} else if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "405", http.StatusMethodNotAllowed)
			return
		}
		s.mu.Lock()
		s.last = s.cfg.Now()
		s.mu.Unlock()
		mux.ServeHTTP(w, r)
	})
}

const formField = "form"

// cookieName is the cookie's name, with the port in it: a second copy of
// the app on another port never overwrites this one's.
func (s *Server) cookieName() string {
	_, port, _ := strings.Cut(s.host, ":")
	return "kontoguiden-" + port
}

// start turns the first address into a cookie that no script can read and
// that is never sent from another site, and sends the browser to the
// secret path. The address works once: one copied from the process list
// later opens nothing. The browser that used it may use it again.
func (s *Server) start(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	c, err := r.Cookie(s.cookieName())
	again := err == nil && same(c.Value, s.cookie)
	ok := same(r.URL.Query().Get("t"), s.token) && (!s.opened || again)
	if ok {
		s.opened = true
	}
	s.mu.Unlock()
	if !ok {
		s.forbidden(w)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: s.cookieName(), Value: s.cookie, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
	http.Redirect(w, r, s.base+"/", http.StatusSeeOther)
}

// forbidden says, in both languages, what to do with an address that
// opens nothing here.
func (s *Server) forbidden(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusForbidden)
	var b bytes.Buffer
	v := s.view(i18n.Langs[0])
	v.Page, v.Title = "forbidden", v.T("web.forbidden.title")
	v.Data = s.cfg.Texts.T(v.Other, "web.forbidden.body")
	pages.ExecuteTemplate(&b, "web", v)
	w.Write(b.Bytes())
}

// same compares secrets in constant time.
func same(a, b string) bool { return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 }

// atoi reads a form's number; -1 for none.
func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}
