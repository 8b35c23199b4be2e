//go:build !windows

package safefile

import "syscall"

// noBlock opens a pipe without waiting for its other end.
const noBlock = syscall.O_NONBLOCK
