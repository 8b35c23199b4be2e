// Package bench holds what "make bench" measures Kontoguiden against: a
// bare Fyne window (bare/) and the runner that starts both alternately and
// writes BENCHMARKS.md (run/).
package bench

// FrameEnv asks the bare program to print FrameLine once its window is on
// screen, and then to quit: that is how the runner times start-up.
// Kontoguiden does the same when built with the tag bench, and only then.
const (
	FrameEnv  = "KONTOGUIDEN_BENCH_FRAME"
	FrameLine = "first-frame"
)
