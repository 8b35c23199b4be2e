//go:build windows

package main

import (
	"errors"
	"fmt"
	"strconv"

	"golang.org/x/sys/windows/registry"

	"github.com/biometria/kontoguiden/internal/kit"
)

// readPolicy reads the policy: KitPath (text, with %VARIABLES% expanded)
// and OnlineCheck (a DWORD 0 or 1, or the same as text). A value set but
// not usable is handed on as bad, so that it shows as a problem of the
// kit (and keeps the online check off) instead of passing unseen.
func readPolicy() (p kit.Policy, notes []string) {
	k, err := registry.OpenKey(registry.LOCAL_MACHINE, policyKey, registry.QUERY_VALUE)
	if err != nil {
		return p, nil // no policy: the usual case
	}
	defer k.Close()
	raw, err := policyText(k, policyKit)
	switch {
	case errors.Is(err, registry.ErrNotExist):
	case err != nil:
		p.BadKit = fmt.Sprintf("(%v)", err)
	default:
		p.Kit, p.BadKit = kit.PolicyKit(raw)
	}
	p.Online, p.BadOnline = policyOnlineValue(k)
	if p.BadKit != "" || p.BadOnline != "" {
		notes = append(notes, fmt.Sprintf(`policy HKLM\%s: KitPath %q, OnlineCheck %q cannot be used`, policyKey, p.BadKit, p.BadOnline))
	}
	return p, notes
}

// policyOnlineValue reads OnlineCheck: a DWORD, or text as a hand-made
// REG_SZ has it.
func policyOnlineValue(k registry.Key) (*bool, string) {
	v, typ, err := k.GetIntegerValue(policyOnline)
	switch {
	case errors.Is(err, registry.ErrNotExist):
		return nil, ""
	case err == nil && typ == registry.DWORD:
		return kit.PolicyOnline(strconv.FormatUint(v, 10))
	}
	s, err := policyText(k, policyOnline)
	if err != nil {
		return nil, fmt.Sprintf("(%v)", err)
	}
	return kit.PolicyOnline(s)
}

// policyText reads a text value, sized before it is read so that no
// value can be larger than 4 KiB in memory, with %VARIABLES% expanded
// where it is a REG_EXPAND_SZ.
func policyText(k registry.Key, name string) (string, error) {
	n, typ, err := k.GetValue(name, nil)
	switch {
	case err != nil && !errors.Is(err, registry.ErrShortBuffer):
		return "", err
	case typ != registry.SZ && typ != registry.EXPAND_SZ:
		return "", errors.New("not text")
	case n > 4096:
		return "", errors.New("too long")
	}
	s, _, err := k.GetStringValue(name)
	if err != nil || typ != registry.EXPAND_SZ {
		return s, err
	}
	return registry.ExpandString(s)
}
