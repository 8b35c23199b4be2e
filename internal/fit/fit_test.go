package fit

import (
	"fmt"
	"testing"
)

// The screens people have: the window, with its header and its buttons,
// is on the work area on every one of them.
func TestWindowFitsTheScreensPeopleHave(t *testing.T) {
	cases := []struct {
		w, h  int
		scale float32
		left  bool
	}{
		{1024, 600, 1, false},
		{1024, 560, 1, false}, // 1024×600 less a taskbar
		{1366, 768, 1, true},
		{1366, 728, 1.25, false},
		{1366, 728, 1.5, false},
		{1920, 1040, 1.5, true}, // the usual office laptop today
		{1920, 1040, 1, true},
		{1280, 800, 1, true},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%dx%d_at_%.0f%%", c.w, c.h, c.scale*100), func(t *testing.T) {
			area := Rect{0, 40, c.w, c.h}
			size, x, y, left := Window(area, c.scale)
			wpx, hpx := px(size.W, c.scale), px(size.H, c.scale)
			if x < area.X || y < area.Y || x+wpx > area.X+area.W || y+hpx > area.Y+area.H {
				t.Errorf("window %v at (%d,%d) = %dx%d px is off the work area %+v", size, x, y, wpx, hpx, area)
			}
			if float32(wpx) > float32(area.W)*share+1 || float32(hpx) > float32(area.H)*share+1 {
				t.Errorf("window %dx%d px takes more than 90%% of %dx%d", wpx, hpx, area.W, area.H)
			}
			if left != c.left {
				t.Errorf("left = %v, want %v", left, c.left)
			}
			if left && x+wpx > area.X+area.W*2/3 {
				t.Errorf("opened on the left but leaves no room for the browser: right edge at %d of %d", x+wpx, area.W)
			}
		})
	}
}

func TestMinimumFitsTheSmallestScreens(t *testing.T) {
	for _, c := range []struct {
		w, h  int
		scale float32
	}{{1024, 600, 1}, {1366, 768, 1.25}, {1366, 768, 1.5}, {1920, 1080, 1.5}} {
		if px(Minimum.W, c.scale) > c.w || px(Minimum.H, c.scale) > c.h-40 {
			t.Errorf("the minimum %v does not fit %dx%d at %.0f%% with a taskbar", Minimum, c.w, c.h, c.scale*100)
		}
	}
}
