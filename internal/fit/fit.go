// Package fit decides where the window opens and how large, from the
// screen the person really has: the monitor's work area (the screen less
// the taskbar) and the scale the system draws at. Office laptops are
// small and scaled up, so the window must never open larger than the
// screen, with its buttons out of sight.
package fit

import "math"

// Rect is an area in pixels.
type Rect struct{ X, Y, W, H int }

// Size is a size in the app's units (pixels divided by the scale).
type Size struct{ W, H float32 }

// Sizes the window aims at, in the app's units.
var (
	// Preferred is the size wanted where there is room for it.
	Preferred = Size{1024, 700}
	// Minimum is the smallest the window can be made: small enough to fit
	// 1024×600 at 100 % and 1366×768 at 150 % with room to spare.
	Minimum = Size{720, 420}
)

// share is the part of the work area the window may take at most.
const share = 0.9

// sideBySide is the width of work area, in units, from which the window
// opens on the left and leaves the right side for the browser: step 1 asks
// the person to keep both side by side.
const sideBySide = 1200

// Window gives the window's size in units and its top-left corner in
// pixels on a work area drawn at scale. Left is true when it opens on the
// left to leave room for the browser; otherwise it is centred.
func Window(area Rect, scale float32) (size Size, x, y int, left bool) {
	if scale <= 0 {
		scale = 1
	}
	aw, ah := float32(area.W)/scale, float32(area.H)/scale
	size = Size{min(Preferred.W, aw*share), min(Preferred.H, ah*share)}
	if aw >= sideBySide {
		size.W = max(Minimum.W, min(Preferred.W, aw/2))
		left = true
	}
	size.W, size.H = max(size.W, min(Minimum.W, aw)), max(size.H, min(Minimum.H, ah))
	wpx, hpx := px(size.W, scale), px(size.H, scale)
	x = area.X + (area.W-wpx)/2
	if left {
		x = area.X + area.W/50 // a little margin from the edge
	}
	y = area.Y + (area.H-hpx)/2
	return size, x, y, left
}

func px(units, scale float32) int { return int(math.Ceil(float64(units * scale))) }

// Fyne 2.7 gives a new window its scale only once the window exists. To
// open the window at its size at once, rather than resize it a moment
// later, the scale is worked out beforehand as Fyne works it out; where
// that guess is wrong, the window is resized once shown, as before.

// baselineDPI is the screen density Fyne draws at scale 1.
const baselineDPI = 120

// DetectedScale is the scale Fyne derives from a monitor's width in
// millimetres and in pixels: its density over 120 DPI, never below 1, and
// 1 where the monitor reports a density no screen has.
func DetectedScale(widthMM, widthPx int) float32 {
	dpi := float32(widthPx) / (float32(widthMM) / 25.4)
	if dpi > 1000 || dpi < 10 {
		dpi = baselineDPI
	}
	return max(1, dpi/baselineDPI)
}

// Scale is the scale Fyne gives a window: the system's scale (the detected
// one where the system leaves it to Fyne, as Linux does: system < 0) times
// the user's (FYNE_SCALE or Fyne's settings; < 0 is none), to a tenth.
func Scale(user, system, detected float32) float32 {
	if user < 0 {
		user = 1
	}
	if system < 0 {
		system = detected
	}
	return float32(math.Round(float64(system*user*10))) / 10
}

// Same is whether two window sizes differ by less than a pixel at scale:
// a window already that size needs no resizing.
func Same(a, b Size, scale float32) bool {
	if scale <= 0 {
		scale = 1
	}
	return math.Abs(float64((a.W-b.W)*scale)) < 1 && math.Abs(float64((a.H-b.H)*scale)) < 1
}

// Cascade moves the corner at x, y of a window of size drawn at scale for
// the nth copy of the app open at once (0 for the first), by cascadeStep
// right and down per copy, so that a second copy does not open exactly
// over the first and look like nothing happened. Where that would leave
// the area it goes left or up instead; it never leaves the area's corner.
func Cascade(area Rect, scale float32, size Size, x, y, n int) (int, int) {
	if scale <= 0 {
		scale = 1
	}
	d := n * px(cascadeStep, scale)
	return shift(x, px(size.W, scale), area.X, area.W, d), shift(y, px(size.H, scale), area.Y, area.H, d)
}

// cascadeStep is how far each copy's window moves, in units: more than a
// title bar, so that each one's title can be seen.
const cascadeStep = 40

// shift moves a window's edge at v, of length size, by d within
// [start, start+length).
func shift(v, size, start, length, d int) int {
	switch {
	case v+d+size <= start+length:
		v += d
	case v-d >= start:
		v -= d
	}
	return max(v, start)
}
