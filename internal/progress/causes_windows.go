package progress

import (
	"errors"
	"syscall"
)

// Windows' own codes: ERROR_PATH_NOT_FOUND (3), ERROR_DIRECTORY (267),
// ERROR_HANDLE_DISK_FULL (39), ERROR_DISK_FULL (112).
func isNotFolder(err error) bool {
	return errors.Is(err, syscall.Errno(3)) || errors.Is(err, syscall.Errno(267))
}

func isDiskFull(err error) bool {
	return errors.Is(err, syscall.Errno(39)) || errors.Is(err, syscall.Errno(112))
}
