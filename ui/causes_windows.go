package ui

import (
	"errors"
	"syscall"
)

// Windows' own codes: ERROR_DIRECTORY (267), ERROR_PATH_NOT_FOUND (3),
// ERROR_DISK_FULL (112), ERROR_HANDLE_DISK_FULL (39).
func isNotFolder(err error) bool {
	return errors.Is(err, syscall.Errno(267)) || errors.Is(err, syscall.ERROR_PATH_NOT_FOUND)
}

func isDiskFull(err error) bool {
	return errors.Is(err, syscall.Errno(112)) || errors.Is(err, syscall.ERROR_HANDLE_DISK_FULL)
}
