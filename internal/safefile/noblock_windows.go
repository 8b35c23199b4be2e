package safefile

// noBlock is nothing on Windows, where a file in a folder is never a pipe
// that waits.
const noBlock = 0
