//go:build fitcheck

package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/biometria/kontoguiden/internal/appinfo"
	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/progress"
)

// The real window on the screens people have, each its own Xvfb: the whole
// window is on the screen, on the welcome screen and on the last step (the
// fullest one, with its tick box and buttons), at the largest text too.
// "make check-fit" runs it; screenshots land in $FIT_SHOTS, if set.
func TestWindowFitsRealScreens(t *testing.T) {
	for _, tool := range []string{"Xvfb", "xdotool"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed; make check-fit installs it", tool)
		}
	}
	bin := buildBinary(t)
	cases := []struct {
		w, h  int
		scale string
		text  float64
	}{
		{1024, 600, "1", 1}, {1024, 600, "1", 2},
		{1366, 768, "1.25", 1}, {1366, 768, "1.5", 1}, {1366, 768, "1.5", 2},
		{1920, 1080, "1.5", 1}, {1920, 1080, "1", 1},
	}
	for _, c := range cases {
		name := fmt.Sprintf("%dx%d_scale%s_text%.0f%%", c.w, c.h, c.scale, c.text*100)
		t.Run(name, func(t *testing.T) {
			display := startXvfb(t, "-screen", "0", fmt.Sprintf("%dx%dx24", c.w, c.h))
			home := seedHome(t, c.text)
			app := exec.Command(bin)
			app.Env = []string{"HOME=" + home, "DISPLAY=" + display, "FYNE_SCALE=" + c.scale, "LANG=sv_SE.UTF-8", "PATH=/usr/bin:/bin"}
			if err := app.Start(); err != nil {
				t.Fatal(err)
			}
			defer app.Process.Kill()
			id := waitWindow(t, display)
			checkOnScreen(t, display, id, c.w, c.h, name+"_welcome")
			xdo(display, "key", "--window", id, "Return") // "Fortsätt som Anna": the last step
			time.Sleep(1500 * time.Millisecond)
			checkOnScreen(t, display, id, c.w, c.h, name+"_mfa")
		})
	}
}

// seedHome is a home folder with Anna at the last step of the Google path
// and the text size given.
func seedHome(t *testing.T, text float64) string {
	home := t.TempDir()
	data := filepath.Join(home, ".config", "fyne", appinfo.ID)
	os.MkdirAll(data, 0o700)
	os.WriteFile(filepath.Join(data, "settings.json"), []byte(fmt.Sprintf(`{"textScale":%v}`, text)), 0o600)
	c, _ := guide.Choose(guide.GoogleAccount, []guide.Need{guide.NeedVIOL3})
	steps, _ := guide.Checklist(c.Path, c.Options)
	st := progress.State{Version: progress.Version, Name: "Anna", Account: guide.GoogleAccount, Needs: []guide.Need{guide.NeedVIOL3},
		Path: c.Path, Options: c.Options, Done: map[string]time.Time{}}
	for _, s := range steps[:len(steps)-1] {
		st.Done[s.ID] = time.Now()
	}
	b, _ := json.Marshal(st)
	dir := filepath.Join(data, "people", "0123456789abcdef")
	os.MkdirAll(dir, 0o700)
	os.WriteFile(filepath.Join(dir, progress.FileName), b, 0o600)
	return home
}

var geometry = regexp.MustCompile(`Position: (-?\d+),(-?\d+).*\n.*Geometry: (\d+)x(\d+)`)

// checkOnScreen fails unless the whole window (and so its header and its
// bottom buttons) is on the screen, and saves a screenshot to look at.
func checkOnScreen(t *testing.T, display, id string, sw, sh int, shot string) {
	t.Helper()
	m := geometry.FindStringSubmatch(xdo(display, "getwindowgeometry", id))
	if m == nil {
		t.Fatalf("no geometry for window %s", id)
	}
	n := make([]int, 4)
	for i := range n {
		n[i], _ = strconv.Atoi(m[i+1])
	}
	x, y, w, h := n[0], n[1], n[2], n[3]
	if x < 0 || y < 0 || x+w > sw || y+h > sh {
		t.Errorf("%s: window %dx%d at %d,%d is not wholly on the %dx%d screen", shot, w, h, x, y, sw, sh)
	}
	if dir := os.Getenv("FIT_SHOTS"); dir != "" {
		os.MkdirAll(dir, 0o755)
		cmd := exec.Command("import", "-window", "root", filepath.Join(dir, shot+".png"))
		cmd.Env = []string{"DISPLAY=" + display}
		cmd.Run()
	}
}
