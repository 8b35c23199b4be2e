//go:build windows

package main

import (
	"errors"
	"fmt"
	"path/filepath"

	"golang.org/x/sys/windows/registry"

	"github.com/biometria/kontoguiden/internal/kit"
)

// readPolicy reads the policy: KitPath (a string, with %VARIABLES%
// expanded) and OnlineCheck (a DWORD, 0 or 1). A value of the wrong type
// or size is left out and named in notes, for the log.
func readPolicy() (p kit.Policy, notes []string) {
	k, err := registry.OpenKey(registry.LOCAL_MACHINE, policyKey, registry.QUERY_VALUE)
	if err != nil {
		return p, nil // no policy: the usual case
	}
	defer k.Close()
	if path, err := policyPath(k); err != nil {
		notes = append(notes, fmt.Sprintf(`policy HKLM\%s KitPath left out: %v`, policyKey, err))
	} else {
		p.Kit = path
	}
	switch v, typ, err := k.GetIntegerValue(policyOnline); {
	case errors.Is(err, registry.ErrNotExist):
	case err != nil || typ != registry.DWORD || v > 1:
		notes = append(notes, fmt.Sprintf(`policy HKLM\%s OnlineCheck left out: want a DWORD of 0 or 1`, policyKey))
	default:
		on := v == 1
		p.Online = &on
	}
	return p, notes
}

// policyPath is KitPath, checked: a whole path of at most maxPath
// characters. It is sized before it is read, so no value can be larger
// than that in memory.
func policyPath(k registry.Key) (string, error) {
	const maxPath = 1024
	n, typ, err := k.GetValue(policyKit, nil)
	switch {
	case errors.Is(err, registry.ErrNotExist):
		return "", nil
	case err != nil && !errors.Is(err, registry.ErrShortBuffer):
		return "", err
	case typ != registry.SZ && typ != registry.EXPAND_SZ:
		return "", errors.New("want a string")
	case n > 2*(maxPath+1):
		return "", fmt.Errorf("longer than %d characters", maxPath)
	}
	path, _, err := k.GetStringValue(policyKit)
	if err != nil {
		return "", err
	}
	if typ == registry.EXPAND_SZ {
		if path, err = registry.ExpandString(path); err != nil {
			return "", err
		}
	}
	if path != "" && !filepath.IsAbs(path) {
		return "", fmt.Errorf("%q is not a whole path", path)
	}
	return path, nil
}
