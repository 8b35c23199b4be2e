package main

import (
	"log"
	"os"
	"path/filepath"
	"runtime"

	"github.com/biometria/kontoguiden/internal/kit"
)

// kitPlaces are where this program looks for the office's kit: the policy,
// --kit, the environment, the computer's folder and its own. Tests put a
// stand-in here.
var kitPlaces = func(flag string) kit.Places {
	exe, _ := os.Executable()
	policy, notes := readPolicy()
	for _, n := range notes {
		log.Print(n)
	}
	return kit.Places{Flag: flag, Getenv: os.Getenv, ExeDir: filepath.Dir(exe),
		Machine: kit.MachineDir(runtime.GOOS, os.Getenv), Policy: policy}
}
