package kit

import (
	"path/filepath"
)

// Policy is what office IT sets for every user of a PC by Group Policy or
// Intune (on Windows, HKLM\Software\Policies\Biometria\Kontoguiden): which
// kit to read, and whether the chooser may look addresses up online. The
// zero Policy sets nothing.
type Policy struct {
	Kit    string // KitPath: the kit to read, before any other
	Online *bool  // OnlineCheck: 0 or 1; nil when not set
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
}

// MachineDir is the folder for the kit that every user of the computer
// gets: %ProgramData%\Kontoguiden on Windows, /etc/kontoguiden elsewhere.
// Only an administrator can write either (the MSI makes the Windows one so).
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
	f := Found{Policy: p.Policy}
	pass := func(file string) {
		if file != "" {
			f.Ignored = append(f.Ignored, file)
		}
	}
	choose := func(file string, from From) {
		if f.File == "" && file != "" {
			f.File, f.From = file, from
		} else {
			pass(file)
		}
	}
	env := ""
	if p.Getenv != nil {
		env = p.Getenv(EnvVar)
	}
	choose(p.Policy.Kit, FromPolicy)
	choose(p.Flag, FromFlag)
	choose(env, FromEnv)
	if p.Machine != "" {
		if machine := filepath.Join(p.Machine, FileName); there(machine) {
			choose(machine, FromMachine)
		}
	}
	if beside := filepath.Join(p.ExeDir, FileName); p.ExeDir != "" && there(beside) {
		if f.From == FromPolicy || f.From == FromMachine {
			pass(beside)
		} else {
			choose(beside, FromBeside)
		}
	}
	return f
}

// Open locates and reads the kit, then lets the policy have the last word
// on the online check, with one exception: privacy fails closed, so a
// policy can turn the check off always, but on only while the kit in use
// has no problem. No kit anywhere is the app's defaults.
func Open(p Places) (Kit, error) {
	f := Locate(p)
	var k Kit
	var err error
	if f.File != "" {
		k, err = Load(f.File)
	}
	k.Where = f
	if on := p.Policy.Online; on != nil && (!*on || err == nil) {
		v := *on
		k.OnlineCheck = &v
	}
	return k, err
}
