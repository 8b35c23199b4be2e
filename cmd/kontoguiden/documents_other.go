//go:build !windows

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// documentsDir is the person's Documents folder as their desktop names
// it (xdg-user-dir, which follows the language: "Dokument" in Swedish),
// else ~/Documents where it exists, else the home folder.
func documentsDir() (string, error) {
	if out, err := exec.Command("xdg-user-dir", "DOCUMENTS").Output(); err == nil {
		if dir := strings.TrimSpace(string(out)); filepath.IsAbs(dir) && isDir(dir) {
			return dir, nil
		}
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	if docs := filepath.Join(home, "Documents"); isDir(docs) {
		return docs, nil
	}
	return home, nil
}

func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}
