// Command run is "make bench": it builds Kontoguiden and a bare Fyne window
// with the same flags, starts each alternately on the display, and writes
// the time to the first frame, the time from start to exit, peak memory and
// binary sizes, with the ratio of the two, to BENCHMARKS.md.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/biometria/kontoguiden/internal/bench"
)

// program is one thing measured.
type program struct {
	name, pkg string
	bin       string
	startMS   []float64 // process start to the first frame
	exitMS    []float64 // process start to its exit, right after that frame
	peakMB    []float64
	size      int64
	exeSize   int64
}

func main() {
	runs := flag.Int("runs", minRuns, fmt.Sprintf("start each program this many times (at least %d)", minRuns))
	out := flag.String("out", "BENCHMARKS.md", "where to write the table")
	tags := flag.String("tags", "", "more build tags, comma-separated, as the release is built with; both programs get them")
	flag.Parse()
	if *runs < minRuns {
		log.Fatalf("-runs %d: at least %d, for a median that one slow start cannot move", *runs, minRuns)
	}
	if os.Getenv("DISPLAY") == "" {
		log.Fatal("no display: run under xvfb-run, as make bench does")
	}
	dir, err := os.MkdirTemp("", "kontoguiden-bench")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	progs := []*program{
		{name: "Kontoguiden", pkg: "./cmd/kontoguiden"},
		{name: "bare Fyne window", pkg: "./internal/bench/bare"},
	}
	for _, p := range progs {
		p.bin = filepath.Join(dir, filepath.Base(p.pkg))
		must(build(p.pkg, p.bin, "linux", *tags))
		p.size = fileSize(p.bin)
		if exe := p.bin + ".exe"; build(p.pkg, exe, "windows", *tags) == nil {
			p.exeSize = fileSize(exe)
		}
	}
	for i := 0; i < *runs; i++ { // alternately, so drift hits both alike
		for _, p := range progs {
			var exit float64
			ms, mb, err := startOnce(p.bin, dir, &exit)
			must(err)
			p.startMS, p.exitMS, p.peakMB = append(p.startMS, ms), append(p.exitMS, exit), append(p.peakMB, mb)
		}
	}
	report := table(progs[0], progs[1], *runs, *tags) + notes
	fmt.Print(report)
	must(os.WriteFile(*out, []byte(report), 0o644))
}

// build makes a stripped binary, as a release is built, with the release's
// build tags (tags, comma-separated) and bench.
func build(pkg, bin, goos, tags string) error {
	// The tag bench makes Kontoguiden report its first frame; the shipped
	// binary has no such hook. The sizes are measured on that same build.
	if tags != "" {
		tags += ","
	}
	tags += "bench"
	args := []string{"build", "-tags", tags, "-trimpath", "-ldflags", "-s -w", "-o", bin, pkg}
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), "GOOS="+goos, "CGO_ENABLED=1")
	if goos == "windows" {
		if _, err := exec.LookPath("x86_64-w64-mingw32-gcc"); err != nil {
			return err
		}
		cmd.Args = []string{"go", "build", "-tags", tags, "-trimpath", "-ldflags", "-s -w -H=windowsgui", "-o", bin, pkg}
		cmd.Env = append(cmd.Env, "CC=x86_64-w64-mingw32-gcc")
	}
	cmd.Stderr = os.Stderr
	return cmd.Run()
}

// minRuns is the fewest starts of each program a table is made from.
const minRuns = 11

// startOnce starts bin with a fresh home, waits for its first frame and its
// exit, and returns the time to that frame and the process's peak resident
// memory; exitMS gets the time from start to exit, in milliseconds.
func startOnce(bin, dir string, exitMS *float64) (ms, mb float64, err error) {
	home, err := os.MkdirTemp(dir, "home")
	if err != nil {
		return 0, 0, err
	}
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "HOME="+home, bench.FrameEnv+"=1", "LANG=sv_SE.UTF-8")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return 0, 0, err
	}
	began := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, err
	}
	var frame time.Duration
	lines := bufio.NewScanner(stdout)
	for lines.Scan() {
		if lines.Text() == bench.FrameLine && frame == 0 {
			frame = time.Since(began)
		}
	}
	io.Copy(io.Discard, stdout)
	if err := cmd.Wait(); err != nil {
		return 0, 0, fmt.Errorf("%s: %w", bin, err)
	}
	*exitMS = float64(time.Since(began).Microseconds()) / 1000
	if frame == 0 {
		return 0, 0, fmt.Errorf("%s never reported its first frame", bin)
	}
	mb, err = peakMB(cmd.ProcessState)
	return float64(frame.Microseconds()) / 1000, mb, err
}

func table(k, b *program, runs int, tags string) string {
	var s strings.Builder
	fmt.Fprintf(&s, "# Benchmarks\n\nWritten by `make bench` on %s. Each program was started %d times, alternately, under Xvfb with a fresh home folder. Each reports its first frame on screen and quits at once: the first row is from process start to that report, the second from process start to the exit that follows it, as the runner sees them.\n\n", time.Now().Format("2006-01-02"), runs)
	fmt.Fprintf(&s, "Machine: %s\n\n", machine())
	if tags != "" {
		fmt.Fprintf(&s, "Both programs built with the tags %s (and bench).\n\n", tags)
	}
	fmt.Fprintf(&s, "| measure | Kontoguiden median (min–max) | bare Fyne median (min–max) | ratio | target |\n|---|---|---|---|---|\n")
	row := func(name, unit string, kv, bv []float64, target string) {
		km, bm := median(kv), median(bv)
		fmt.Fprintf(&s, "| %s | %.1f %s (%.1f–%.1f) | %.1f %s (%.1f–%.1f) | %.2f | %s |\n",
			name, km, unit, slices.Min(kv), slices.Max(kv), bm, unit, slices.Min(bv), slices.Max(bv), km/bm, target)
	}
	row("start-up to first frame", "ms", k.startMS, b.startMS, "≤ 1.15×")
	row("start to exit after it", "ms", k.exitMS, b.exitMS, "≤ 1.15×")
	row("peak resident memory", "MiB", k.peakMB, b.peakMB, "≤ 1.10×")
	mbf := func(n int64) float64 { return float64(n) / (1 << 20) }
	fmt.Fprintf(&s, "| stripped Linux binary | %.1f MiB | %.1f MiB | %.2f (+%.1f MiB) | ≤ +2 MiB |\n", mbf(k.size), mbf(b.size), float64(k.size)/float64(b.size), mbf(k.size-b.size))
	if k.exeSize > 0 && b.exeSize > 0 {
		fmt.Fprintf(&s, "| stripped Windows .exe | %.1f MiB | %.1f MiB | %.2f (+%.1f MiB) | ≤ +2 MiB |\n", mbf(k.exeSize), mbf(b.exeSize), float64(k.exeSize)/float64(b.exeSize), mbf(k.exeSize-b.exeSize))
	} else {
		fmt.Fprintf(&s, "| stripped Windows .exe | not built (no mingw) | | | |\n")
	}
	return s.String()
}

func machine() string {
	cpu := "unknown CPU"
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, "model name") {
				cpu = strings.TrimSpace(strings.SplitN(line, ":", 2)[1])
				break
			}
		}
	}
	mem := ""
	if data, err := os.ReadFile("/proc/meminfo"); err == nil {
		var kb int64
		fmt.Sscanf(strings.SplitN(string(data), "\n", 2)[0], "MemTotal: %d kB", &kb)
		mem = fmt.Sprintf(", %.0f GiB memory", float64(kb)/(1<<20))
	}
	return fmt.Sprintf("%s, %d cores%s, %s/%s, %s", cpu, runtime.NumCPU(), mem, runtime.GOOS, runtime.GOARCH, runtime.Version())
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if n := len(s); n%2 == 1 {
		return s[n/2]
	} else {
		return (s[n/2-1] + s[n/2]) / 2
	}
}

func fileSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

// notes say where the costs over a bare window come from, as profiled
// (go tool pprof on a start-up profile); the table above is measured anew
// on every run.
const notes = `
## Where the cost over a bare window goes

The bare window shows one short label in one font. Kontoguiden's first
screen shows a page of wrapped text, headings and buttons: Fyne then loads
the bold font face as well as the regular one (it draws a button's text
bold), shapes and measures every word of the wrapped paragraphs (HarfBuzz,
through Fyne's text cache), and keeps a texture for each piece of text.
That, and a binary with more in it, is what is left over the bare window.

## Before and after the start-up round (November 2026)

Measured with this runner on the same machine, 15 alternating runs each,
one after the other, against the bare window of the same run:

| | before (da28ade) | after |
|---|---|---|
| start-up to first frame | 671.5 ms, 1.42× | 536.6 ms, 1.07× |
| start to exit after it | 708.0 ms, 1.41× (a run of its own) | 568.0 ms, 1.08× |
| peak resident memory | 156.0 MB, 1.17× | 143.8 MiB, 1.10× |
| the same, built as released (no_emoji) | | 129.4 MiB, 1.08× |

What changed, each measured alone with alternating runs:

- The graphics probe stays (Fyne hangs without OpenGL), but on X11 it
  makes its OpenGL context through GLX itself, on GLFW's own connection,
  instead of a hidden GLFW window: GLFW reads every attribute of every
  framebuffer configuration (some 23,000 GLX calls with Mesa), about
  40 ms; the probe now takes about 7. Elsewhere it is GLFW's hidden window.
- The font faces of the first screen and the translations are read on
  another goroutine while the main thread probes the graphics: about
  80 ms of wall time.
- The window opens at the size it will have (its scale worked out before
  it is shown) instead of at the minimum and resized once shown, a second
  layout of the whole window; it is moved on GLFW's X connection instead
  of a new one: together about 20 ms.
- The header holds no theme override. Fyne starts a new theme scope for
  each one, reads every font face again for it and resets its text caches
  for every widget under it, at start and at every screen change: 23 to
  44 ms and 3 to 5 MiB at start. The header's buttons and title answer to
  the app theme's own header sizes instead, so A+ and A− keep their place.
- The window's icon is a 256 px PNG of 8 bits a channel, not 512 px of 16:
  8 to 36 ms and up to 2.8 MiB to decode at start.
- Go collects when the heap has grown by half what is live (GOGC 50)
  unless GOGC is set: the peak is about 4 MiB lower for a few ms.
- Released builds leave out Fyne's emoji font (the build tag no_emoji):
  every text the app shows is in its own font, and the window takes about
  14 MiB less. The table above is measured with the tags named over it.

## Screens

A step change measures the new step's wrapped paragraphs to lay them out,
and refreshes every visible row of the step list (the ticks may have
changed anywhere in it); the list's icons are coloured once per checklist.
A step with a picture of its page costs a little more: the drawing is made
once per theme, not on every refresh; its lines that do not wrap are plain
text, measured once; and it sits under no theme override (it cost 26 ms a
step when it did). All of it is well inside one frame (16 ms at 60 Hz).

A step change also writes the progress file and waits for the disk (fsync,
about 1 ms here; see BenchmarkSave in internal/progress), so that a ticked
step survives a crash or a power cut; that wait is kept on purpose.
`
