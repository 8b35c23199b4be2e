package main

import (
	"errors"
	"os"
)

// peakMB cannot be had on Windows from a finished process (its rusage has
// no memory); make bench runs on Linux, under Xvfb, where it can.
func peakMB(*os.ProcessState) (float64, error) {
	return 0, errors.New("peak memory is measured on Linux only: run make bench there")
}
