package main

import (
	"bufio"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// startXvfb starts a virtual X server of its own for the test and returns
// its display (":N") once it accepts connections. Xvfb picks a free number
// itself and writes it to -displayfd only when it is ready, so two runs on
// one machine never take the same display and nothing sleeps on a guess.
// The server is stopped when the test ends.
func startXvfb(t *testing.T, args ...string) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	x := exec.Command("Xvfb", append([]string{"-displayfd", "3", "-nolisten", "tcp"}, args...)...)
	x.ExtraFiles = []*os.File{w} // the child's fd 3
	var said syncBuffer
	x.Stdout, x.Stderr = &said, &said
	err = x.Start()
	w.Close() // the child has its own copy: a server that dies closes the pipe
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		x.Process.Kill()
		x.Wait()
	})
	display := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		display <- strings.TrimSpace(line)
	}()
	select {
	case n := <-display:
		if n == "" {
			t.Fatalf("Xvfb ended without a display:\n%s", said.String())
		}
		t.Logf("Xvfb is on :%s", n)
		return ":" + n
	case <-time.After(time.Minute):
		t.Fatalf("Xvfb gave no display within a minute:\n%s", said.String())
		return ""
	}
}
