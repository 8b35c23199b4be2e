package kit

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"

	"github.com/biometria/kontoguiden/internal/chars"
)

// Policy is what office IT sets for every user of a PC by Group Policy or
// Intune (on Windows, HKLM\Software\Policies\Biometria\Kontoguiden): which
// kit to read, and whether the chooser may look addresses up online. The
// zero Policy sets nothing.
type Policy struct {
	Kit    string // KitPath: the kit to read, before any other
	Online *bool  // OnlineCheck: 0 or 1; nil when not set
	// A value set but not usable, as given (a relative path, text where a
	// number belongs): it is a problem of the kit in use, which keeps the
	// online check off, so that a mistake in a policy shows and never
	// turns privacy the wrong way.
	BadKit, BadOnline string
}

// PolicyKit reads a policy's KitPath as people write it: spaces and the
// quotes of Explorer's "Copy as path" around it are no part of it. It must
// be a whole Windows path, C:\… or \\server\share\…; else it is bad.
func PolicyKit(raw string) (path, bad string) {
	p := strings.TrimSpace(raw)
	if len(p) >= 2 && p[0] == '"' && p[len(p)-1] == '"' {
		p = strings.TrimSpace(p[1 : len(p)-1])
	}
	switch {
	case p == "":
		return "", ""
	case chars.Len(p) > 1024 || !wholeWindowsPath(p):
		return "", short(raw)
	}
	return p, ""
}

// wholeWindowsPath reports whether p is C:\… or \\server\share\….
func wholeWindowsPath(p string) bool {
	if strings.HasPrefix(p, `\\`) {
		server, share, _ := strings.Cut(p[2:], `\`)
		return server != "" && strings.Trim(share, `\`) != ""
	}
	return len(p) >= 3 && (p[0]|0x20 >= 'a' && p[0]|0x20 <= 'z') && p[1] == ':' && (p[2] == '\\' || p[2] == '/')
}

// PolicyOnline reads a policy's OnlineCheck given as text (a REG_SZ where
// the template writes a DWORD): "0" and "1" count; anything else is bad.
func PolicyOnline(raw string) (on *bool, bad string) {
	switch strings.TrimSpace(raw) {
	case "0":
		return new(false), ""
	case "1":
		return new(true), ""
	}
	return nil, short(raw)
}

// Places are where a kit may be, as the program found them at start.
type Places struct {
	Flag    string              // --kit FILE
	Getenv  func(string) string // for EnvVar
	ExeDir  string              // the folder of the program
	Machine string              // one kit for every user: MachineDir
	Policy  Policy
}

// From says where the kit in use was found.
type From string

const (
	FromNone    From = ""
	FromPolicy  From = "policy"
	FromFlag    From = "flag"
	FromEnv     From = "env"
	FromMachine From = "machine"
	FromBeside  From = "beside"
)

// Found is the kit file chosen, where from, and the kits passed over for
// it, so that the log and About can say why a kit someone placed is not
// the one in use.
type Found struct {
	File    string
	From    From
	Ignored []string
	Policy  Policy // the policy in force, which may set the online check
	// Unread is the policy's kit when it could not be read (a share out of
	// reach on a laptop away from the office) and the next kit is used.
	Unread string
	next   []candidate // the kits after File, in order, beside excluded
}

type candidate struct {
	file string
	from From
}

// MachineDir is the folder for the kit that every user of the computer
// gets: %ProgramData%\Kontoguiden on Windows, /etc/kontoguiden elsewhere.
// Only an administrator can write either (the MSI and "kit install" make
// the Windows one so).
func MachineDir(goos string, getenv func(string) string) string {
	if goos != "windows" {
		return "/etc/kontoguiden"
	}
	if pd := getenv("ProgramData"); filepath.IsAbs(pd) {
		return filepath.Join(pd, "Kontoguiden")
	}
	return ""
}

// Locate chooses the kit to read. The order, binding first:
//  1. the policy's kit, which no other can override;
//  2. the one named with --kit, then the one in KONTOGUIDEN_KIT;
//  3. the computer's own, in MachineDir;
//  4. one beside the program, read only where neither a policy's kit nor
//     the computer's own is there: it is where anyone who unpacks the zip
//     can drop a file, and it must not quietly replace what IT placed.
func Locate(p Places) Found {
	env := ""
	if p.Getenv != nil {
		env = p.Getenv(EnvVar)
	}
	var cands []candidate
	for _, c := range []candidate{{p.Policy.Kit, FromPolicy}, {p.Flag, FromFlag}, {env, FromEnv}} {
		if c.file != "" {
			cands = append(cands, c)
		}
	}
	if machine := filepath.Join(p.Machine, FileName); p.Machine != "" && there(machine) {
		cands = append(cands, candidate{machine, FromMachine})
	}
	f := Found{Policy: p.Policy}
	beside := filepath.Join(p.ExeDir, FileName)
	besideThere := p.ExeDir != "" && there(beside)
	if besideThere && (p.Policy.Kit != "" || slices.ContainsFunc(cands, func(c candidate) bool { return c.from == FromMachine })) {
		f.Ignored = append(f.Ignored, beside) // said, never read
	} else if besideThere {
		cands = append(cands, candidate{beside, FromBeside})
	}
	cands = distinct(cands)
	if len(cands) > 0 {
		f.File, f.From, f.next = cands[0].file, cands[0].from, cands[1:]
	}
	for _, c := range f.next {
		f.Ignored = append(f.Ignored, c.file)
	}
	return f
}

// distinct drops a kit named twice (a policy pointing at the computer's
// own kit), keeping the first.
func distinct(cands []candidate) []candidate {
	var out []candidate
	for _, c := range cands {
		if !slices.ContainsFunc(out, func(o candidate) bool { return sameFile(o.file, c.file) }) {
			out = append(out, c)
		}
	}
	return out
}

// sameFile compares paths as Windows does: case and slashes aside.
func sameFile(a, b string) bool {
	norm := func(s string) string { return strings.ToLower(strings.ReplaceAll(filepath.Clean(s), "/", `\`)) }
	return norm(a) == norm(b)
}

// Open locates and reads the kit, then lets the policy have the last word
// on the online check, with one exception: privacy fails closed, so a
// policy can turn the check off always, but on only while the kit in use
// has no problem. A policy's value that cannot be used is such a problem.
// When the policy's kit cannot be read at all, the next kit is used, with
// the online check off unless the policy turns it on: nobody can tell what
// the unread kit would have said. No kit anywhere is the app's defaults.
func Open(p Places) (Kit, error) {
	f := Locate(p)
	k, err := loadOrNone(f.File)
	if f.From == FromPolicy && unreadable(err) && len(f.next) > 0 {
		f.Unread = f.File
		f.File, f.From, f.next = f.next[0].file, f.next[0].from, f.next[1:]
		f.Ignored = slices.DeleteFunc(f.Ignored, func(s string) bool { return s == f.File })
		k, err = loadOrNone(f.File)
		if err == nil {
			k.OnlineCheck = new(false)
		}
	}
	k.Source = f.File
	k.Where = f
	var ps Problems
	if p.Policy.BadKit != "" {
		ps = append(ps, problem("policy KitPath", "kit.policy-path", p.Policy.BadKit))
	}
	if p.Policy.BadOnline != "" {
		ps = append(ps, problem("policy OnlineCheck", "kit.policy-online", p.Policy.BadOnline))
	}
	if len(ps) > 0 {
		var had Problems
		errors.As(err, &had)
		err = append(ps, had...)
	}
	if on := p.Policy.Online; on != nil && (!*on || err == nil) {
		k.OnlineCheck = new(*on)
	}
	if err != nil && k.Online() {
		k.OnlineCheck = new(false)
	}
	return k, err
}

// loadOrNone reads file, or gives the defaults for none.
func loadOrNone(file string) (Kit, error) {
	if file == "" {
		return Kit{}, nil
	}
	return Load(file)
}

// unreadable reports whether err says only that the file could not be
// read at all: not there, out of reach, no permission.
func unreadable(err error) bool {
	var ps Problems
	return errors.As(err, &ps) && len(ps) == 1 && ps[0].Says.Key() == "kit.unreadable"
}
