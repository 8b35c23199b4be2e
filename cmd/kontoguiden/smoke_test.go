package main

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	neturl "net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/biometria/kontoguiden/internal/i18n/i18ntest"
)

// binDir holds the real program, built once for every test that runs it.
var binDir string

var built = sync.OnceValues(func() (string, error) {
	bin := filepath.Join(binDir, "kontoguiden")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		return "", fmt.Errorf("build: %v\n%s", err, out)
	}
	return bin, nil
})

func TestMain(m *testing.M) {
	var err error
	if binDir, err = os.MkdirTemp("", "kontoguiden-smoke"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := i18ntest.Main(m) // every text the commands ask for is in the catalogue
	os.RemoveAll(binDir)
	os.Exit(code)
}

// buildBinary gives the real program, built on first use.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin, err := built()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// Without any display the window cannot be made: the program must not just
// crash, but serve the guide to the browser, say why, and name the
// printable page of the whole guide.
func TestNoGraphicsFallsBackToWebPage(t *testing.T) {
	bin := buildBinary(t)
	home, fake := t.TempDir(), t.TempDir()
	cmd := exec.Command(bin)
	cmd.Env = []string{"HOME=" + home, "PATH=" + fake + ":/usr/bin:/bin", "LANG=sv_SE.UTF-8"}
	out := servesTheGuide(t, cmd, fake)
	if !strings.Contains(out, "Kontoguidens fönster kunde inte öppnas") {
		t.Errorf("no explanation in:\n%s", out)
	}
	page := printablePage(t, out)
	if html, err := os.ReadFile(page); err != nil || !strings.Contains(string(html), "Registrera dig med Google") {
		t.Errorf("page %s: %v", page, err)
	}
}

// servesTheGuide runs cmd, with a browser in fake that notes what it is
// given, and wants the served guide: the address handed to the browser
// opens the welcome page, and Avsluta there ends the program. It gives
// what the program printed.
func servesTheGuide(t *testing.T, cmd *exec.Cmd, fake string) string {
	t.Helper()
	opened := filepath.Join(fake, "opened")
	// pkg/browser uses xdg-open on Linux; this one notes what it was given.
	os.WriteFile(filepath.Join(fake, "xdg-open"), []byte("#!/bin/sh\necho \"$1\" > "+opened+"\n"), 0o755)
	var out syncBuffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	defer cmd.Process.Kill()
	var url string
	for i := 0; i < 600 && url == ""; i++ {
		if b, _ := os.ReadFile(opened); strings.HasPrefix(string(b), "http://127.0.0.1:") {
			url = strings.TrimSpace(string(b))
		}
		select {
		case err := <-done:
			t.Fatalf("ended (%v) without serving the guide:\n%s", err, out.String())
		case <-time.After(100 * time.Millisecond):
		}
	}
	if url == "" {
		t.Fatalf("the browser was not given the guide within a minute:\n%s", out.String())
	}
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, Timeout: 10 * time.Second}
	resp, err := c.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), "Skapa ditt Biometria-konto") {
		t.Fatalf("the served guide's first page:\n%s", body)
	}
	form := regexp.MustCompile(`name="form" value="([^"]+)"`).FindStringSubmatch(string(body))
	base := strings.TrimSuffix(resp.Request.URL.String(), "/") // the secret path it was sent to
	if resp, err := c.PostForm(base+"/quit", neturl.Values{"form": {form[1]}}); err == nil {
		resp.Body.Close()
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("exit: %v\n%s", err, out.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatalf("still running after Avsluta:\n%s", out.String())
	}
	return out.String()
}

// printablePage is the whole guide's page that the message names.
func printablePage(t *testing.T, out string) string {
	t.Helper()
	m := regexp.MustCompile(`(?:finns här|is here):\s+(\S+)`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("the message names no printable page:\n%s", out)
	}
	return m[1]
}

// Without the OpenGL Fyne needs, the app must write the steps as a page,
// hand it to the browser and end, where Fyne would wait for ever: an X
// server without GLX (old office PCs, some remote desktops), and one whose
// OpenGL is only 1.1 (Windows' basic display driver, virtual machines
// without 3D; Fyne asks for 2.1).
func TestNoOpenGLFallsBackToWebPage(t *testing.T) {
	if _, err := exec.LookPath("Xvfb"); err != nil {
		t.Skip("Xvfb is not installed; make test installs it")
	}
	for _, c := range []struct {
		name string
		xvfb []string
		env  []string
	}{
		{"no_glx", []string{"-extension", "GLX"}, nil},
		{"opengl_1_1", nil, []string{"MESA_GL_VERSION_OVERRIDE=1.1"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			display := startXvfb(t, append(c.xvfb, "-screen", "0", "1024x768x24")...)
			fallsBackToPage(t, append(c.env, "DISPLAY="+display))
		})
	}
}

// fallsBackToPage runs the app with env and wants it to serve the guide,
// having said why, where Fyne would wait for ever.
func fallsBackToPage(t *testing.T, env []string) {
	bin := buildBinary(t)
	home, fake := t.TempDir(), t.TempDir()
	cmd := exec.Command(bin)
	cmd.Env = append([]string{"HOME=" + home, "PATH=" + fake + ":/usr/bin:/bin", "LANG=sv_SE.UTF-8"}, env...)
	out := servesTheGuide(t, cmd, fake)
	if !strings.Contains(out, "Kontoguidens fönster kunde inte öppnas") {
		t.Errorf("no explanation in:\n%s", out)
	}
}

// TestWindowOpens starts the real binary on the display (Xvfb under "make
// test") and looks for its window as a window manager would.
func TestWindowOpens(t *testing.T) {
	if os.Getenv("DISPLAY") == "" {
		t.Skip("no display: run under xvfb-run, as make test does")
	}
	if _, err := exec.LookPath("xdotool"); err != nil {
		t.Skip("xdotool is not installed; make test installs it")
	}
	bin := buildBinary(t)
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir(), "LANG=sv_SE.UTF-8")
	var out syncBuffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	// The window is made as "Kontoguiden" (its WM_CLASS comes from that)
	// and takes its translated title a moment later.
	var name, class []byte
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		out, _ := exec.Command("xdotool", "search", "--name", "^Kontoguiden").Output()
		if ids := strings.Fields(string(out)); len(ids) > 0 {
			name, _ = exec.Command("xdotool", "getwindowname", ids[0]).Output()
			class, _ = exec.Command("xdotool", "getwindowclassname", ids[0]).Output()
			if strings.Contains(string(name), "skapa ditt Biometria-konto") {
				if strings.TrimSpace(string(class)) != "Kontoguiden" && len(class) > 0 {
					t.Errorf("WM_CLASS %q, want Kontoguiden as the .desktop file's StartupWMClass says", class)
				}
				return
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("no Kontoguiden window with its title within a minute (last title %q); the app said:\n%s", name, out.String())
}

// syncBuffer collects what a program writes, for a failure message.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// Without graphics and with a data folder that cannot be written, or whose
// path a Latin-1 message box cannot show, the person still gets the page
// and a message that names a path they can read.
func TestNoGraphicsAndAnAwkwardDataFolder(t *testing.T) {
	bin := buildBinary(t)
	file := filepath.Join(t.TempDir(), "home-is-a-file")
	os.WriteFile(file, nil, 0o600)
	for _, c := range []struct {
		name, home, says string
	}{
		{"home_is_a_file", file, "inget sparas"},
		{"home_not_latin1", filepath.Join(t.TempDir(), "用户Ż"), "Kontoguidens fönster kunde inte öppnas"},
		{"no_home", "", "inget sparas"},
		{"relative_home", "relhome", "inget sparas"},
	} {
		t.Run(c.name, func(t *testing.T) {
			fake := t.TempDir()
			cmd := exec.Command(bin)
			cmd.Env = []string{"TMPDIR=" + fake, "PATH=" + fake + ":/usr/bin:/bin", "LANG=sv_SE.UTF-8"}
			if c.home != "" {
				cmd.Env = append(cmd.Env, "HOME="+c.home)
			}
			cmd.Dir = t.TempDir() // where it was started: nothing is left there
			out := servesTheGuide(t, cmd, fake)
			if left, _ := os.ReadDir(cmd.Dir); len(left) > 0 {
				t.Errorf("left in the folder it was started in: %v", left)
			}
			if !strings.Contains(out, c.says) {
				t.Errorf("no %q in:\n%s", c.says, out)
			}
			path := printablePage(t, out)
			if latin1(path) != path {
				t.Errorf("the message names %q: want a page at a path every message box shows", path)
			}
			if html, err := os.ReadFile(path); err != nil || !strings.Contains(string(html), "Registrera dig med Google") {
				t.Errorf("page %s: %v", path, err)
			}
		})
	}
}

// Under Debian's plain locale, C.UTF-8, Fyne logs "Error parsing user
// locale C" as its packages are set up, before main: the command line's
// answer comes without it.
func TestCommandLineSaysNothingOfFyne(t *testing.T) {
	bin := buildBinary(t)
	for _, args := range [][]string{{"--version"}, {"checklist", "--path", "google"}} {
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "LANG=C.UTF-8", "LC_ALL=", "LC_MESSAGES=", "LANGUAGE=")
		var errOut bytes.Buffer
		cmd.Stderr = &errOut
		if err := cmd.Run(); err != nil || errOut.Len() > 0 {
			t.Errorf("%v: %v, and on stderr:\n%s", args, err, errOut.String())
		}
	}
}

// A display that accepts the connection and then never answers (an SSH
// forward whose other end is gone) ends in the page and the message too,
// not in a wait for ever.
func TestSilentDisplayFallsBackToWebPage(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("an abstract X socket is Linux's")
	}
	n := 900 + os.Getpid()%9000
	l, err := net.Listen("unix", fmt.Sprintf("@/tmp/.X11-unix/X%d", n))
	if err != nil {
		t.Skip("no socket for a silent display:", err)
	}
	defer l.Close()
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			defer c.Close() // held open, never answered
		}
	}()
	fallsBackToPage(t, []string{fmt.Sprintf("DISPLAY=:%d", n)})
}
