//go:build unix

package main

import (
	"os"
	"runtime"
	"syscall"
)

// peakMB is the finished process's peak resident memory in MB, as the
// kernel counted it.
func peakMB(ps *os.ProcessState) (float64, error) {
	ru := ps.SysUsage().(*syscall.Rusage)
	kib := float64(ru.Maxrss) // KiB on Linux and the BSDs
	if runtime.GOOS == "darwin" {
		kib /= 1024 // bytes on macOS
	}
	return kib / 1024, nil
}
