//go:build !windows

package kit

import "os"

// lockDir makes dir writable by its owner (root, for /etc/kontoguiden)
// and readable by everyone.
func lockDir(dir string) error { return os.Chmod(dir, 0o755) }
