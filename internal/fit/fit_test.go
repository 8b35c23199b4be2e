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

// The scale worked out before the window exists is Fyne 2.7's: density
// over 120 DPI, never below 1, the user's scale on top, to a tenth.
func TestScaleAsFyneWorksItOut(t *testing.T) {
	for _, c := range []struct {
		mm, px                 int
		user, system, expected float32
	}{
		{344, 1920, -1, -1, 1.2},  // a 15.6" laptop at 1920 px: 142 DPI
		{344, 1920, 1.5, -1, 1.8}, // and FYNE_SCALE=1.5 on top
		{508, 1920, -1, -1, 1},    // a 24" monitor: 96 DPI is less than 120
		{271, 1024, -1, -1, 1},    // Xvfb's 1024×768 at 96 DPI
		{0, 1280, -1, -1, 1},      // no physical size: taken as 120 DPI
		{1, 2560, -1, -1, 1},      // a density no screen has: taken as 120 DPI
		{127, 2560, -1, -1, 4.3},  // a dense one that is real: 512 DPI
		{344, 1920, -1, 1.25, 1.3},
		{344, 1920, 2, 1.25, 2.5}, // Windows: the system's scale, not the density
	} {
		if got := Scale(c.user, c.system, DetectedScale(c.mm, c.px)); got != c.expected {
			t.Errorf("%d mm, %d px, user %v, system %v: scale %v, want %v", c.mm, c.px, c.user, c.system, got, c.expected)
		}
	}
}

func TestSameWithinAPixel(t *testing.T) {
	if !Same(Size{720, 700}, Size{720.3, 699.8}, 1) {
		t.Error("sizes less than a pixel apart are not the same")
	}
	if Same(Size{720, 700}, Size{720, 701}, 1) {
		t.Error("a pixel apart is the same")
	}
	if Same(Size{720, 700}, Size{720, 700.5}, 2) {
		t.Error("a pixel apart at scale 2 is the same")
	}
	if Same(Size{720, 420}, Size{720, 700}, 1.5) {
		t.Error("the minimum is the same as the preferred")
	}
}

// A second copy opens down and to the right of the first; where there is
// no room for that, up and to the left; never off the work area.
func TestCascadeMovesLaterCopies(t *testing.T) {
	area := Rect{X: 0, Y: 40, W: 1366, H: 728}
	for _, c := range []struct {
		x, y, w, h, n int
		wantX, wantY  int
	}{
		{100, 100, 800, 500, 0, 100, 100},
		{100, 100, 800, 500, 1, 148, 148},
		{100, 100, 800, 500, 2, 196, 196},
		{500, 200, 866, 568, 1, 452, 152},    // no room right or down: left and up
		{0, 40, 1366, 728, 1, 0, 40},         // fills the area: stays
		{27, 81, 1100, 680, 3, 27 + 144, 81}, // right fits; neither down nor up
	} {
		x, y := Cascade(area, 1.2, Size{float32(c.w) / 1.2, float32(c.h) / 1.2}, c.x, c.y, c.n) // 48 px a copy
		if x != c.wantX || y != c.wantY {
			t.Errorf("%+v: at %d,%d, want %d,%d", c, x, y, c.wantX, c.wantY)
		}
		if x < area.X || y < area.Y {
			t.Errorf("%+v: off the area at %d,%d", c, x, y)
		}
	}
}
