//go:build !bench

package main

// firstFrame is called once the window is on screen. Only the benchmark
// build ("make bench", tag bench) does anything with it.
func firstFrame() {}
