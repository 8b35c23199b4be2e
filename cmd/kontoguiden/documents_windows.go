//go:build windows

package main

import "golang.org/x/sys/windows"

// documentsDir is the person's Documents folder, from Windows' known
// folders: where it really is, also when IT has moved it (OneDrive, a
// network share).
func documentsDir() (string, error) {
	return windows.KnownFolderPath(windows.FOLDERID_Documents, 0)
}
