// Package bench holds what "make bench" measures Kontoguiden against: a
// bare Fyne window (bare/) and the runner that starts both alternately and
// writes BENCHMARKS.md (run/).
package bench

// FrameEnv and FrameLine are how the runner times a start. The runner sets
// FrameEnv for both programs. The bare program reads it: when it is set, it
// prints FrameLine once its window has been shown (Fyne's OnStarted) and
// exits at once. Kontoguiden does not read FrameEnv: built with the tag
// bench it always does the same, from its own OnStarted, once the work
// queued there before it (placing the window, its title) has run; built
// without that tag it never does.
const (
	FrameEnv  = "KONTOGUIDEN_BENCH_FRAME"
	FrameLine = "first-frame"
)
