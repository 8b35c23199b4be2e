// Package kit reads a field office's onboarding kit: the settings its IT
// contact prepares once (the office's name, its support contact, its e-mail
// domains, the service people register for) and puts beside the app.
package kit

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/biometria/kontoguiden/internal/guide"
)

// FileName is the kit's name beside the executable.
const FileName = "kontoguiden-kit.toml"

// EnvVar names a kit file from the environment.
const EnvVar = "KONTOGUIDEN_KIT"

// Kit is a field office's settings. The zero Kit is the app's defaults.
type Kit struct {
	Office   string                   `toml:"office"`
	Language guide.Lang               `toml:"language"`
	Service  guide.Service            `toml:"service"`
	Support  Support                  `toml:"support"`
	Domains  map[string]guide.Account `toml:"domains"`
	// Addresses replace a step's address, by step ID.
	Addresses map[string]string `toml:"addresses"`
	// OnlineCheck lets the chooser ask Microsoft and DNS about an address's
	// domain; nil means yes.
	OnlineCheck *bool `toml:"online_check"`
	// Source is the file the kit came from; empty for the defaults.
	Source string `toml:"-"`
}

// Support is who people at the office call when they are stuck.
type Support struct {
	Name  string `toml:"name"`
	Phone string `toml:"phone"`
	Email string `toml:"email"`
	Hours string `toml:"hours"`
}

// Empty reports whether no contact is given.
func (s Support) Empty() bool { return s == Support{} }

// Problem is one thing wrong in a kit: the field and what is allowed.
type Problem struct {
	Field   string
	Message string
	// SV says the same in Swedish, for the person at the screen; empty
	// where only the English detail exists (then it is shown).
	SV string
}

func (p Problem) String() string { return p.Field + ": " + p.Message }

// In says the problem in language l.
func (p Problem) In(l guide.Lang) string {
	if l == guide.Swedish && p.SV != "" {
		return p.Field + ": " + p.SV
	}
	return p.String()
}

// In lists the problems in language l, one a line.
func (ps Problems) In(l guide.Lang) string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.In(l)
	}
	return strings.Join(lines, "\n")
}

// problem is a problem said in both languages, with the same arguments.
func problem(field, en, sv string, args ...any) Problem {
	return Problem{Field: field, Message: fmt.Sprintf(en, args...), SV: fmt.Sprintf(sv, args...)}
}

// Problems is every problem found in a kit.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Limits that keep a kit from hanging the app or eating its memory: kits
// are a few lines written by hand.
const (
	MaxSize     = 64 << 10 // bytes
	maxDepth    = 8        // nested tables, arrays and braces
	maxProblems = 20       // listed one by one; the rest are counted
	maxText     = 200      // characters in any one value
)

// Parse reads and checks a kit. All problems are reported at once, so that
// whoever edits the kit can fix them in one go. A kit with problems still
// gives its good fields (the support contact above all, which is what a
// person needs when something is wrong); each bad one is left out and
// named. Privacy fails closed: whatever is wrong, a kit with a problem
// never turns the online check on, and one that cannot be read at all
// turns it off.
func Parse(data []byte) (Kit, error) {
	if len(data) > MaxSize {
		return closed(), Problems{problem("file", "is %d bytes; a kit may be at most %d", "är %d byte; en kit-fil får vara högst %d", len(data), MaxSize)}
	}
	if d := depth(data); d > maxDepth {
		return closed(), Problems{problem("file", "nests %d levels deep; a kit needs at most %d", "har %d nivåer inuti varandra; en kit-fil behöver högst %d", d, maxDepth)}
	}
	var k Kit
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&k)
	if err != nil {
		var perr toml.ParseError
		if errors.As(err, &perr) {
			return closed(), Problems{{Field: fmt.Sprintf("line %d", perr.Position.Line), Message: perr.Message,
				SV: "filen går inte att läsa som TOML här (" + perr.Message + ")"}}
		}
		return closed(), Problems{typeProblem(err)}
	}
	var ps Problems
	for _, key := range md.Undecoded() {
		ps = append(ps, problem(key.String(), "unknown field; known fields are office, language, service, online_check, [support] name, phone, email, hours, [domains] and [addresses]",
			"okänt fält; kända fält är office, language, service, online_check, [support] name, phone, email, hours, [domains] och [addresses]"))
	}
	ps = append(ps, k.clean()...)
	if len(ps) > 0 {
		off := false
		if k.OnlineCheck == nil || *k.OnlineCheck {
			k.OnlineCheck = &off // a kit with problems never switches it on
		}
		return k, ps.capped()
	}
	return k, nil
}

// closed is what a kit that cannot be read at all gives: the defaults,
// with the online check off.
func closed() Kit {
	off := false
	return Kit{OnlineCheck: &off}
}

// capped keeps the first problems and counts the rest.
func (ps Problems) capped() Problems {
	if len(ps) <= maxProblems {
		return ps
	}
	return append(ps[:maxProblems:maxProblems], problem("…", "and %d more", "och %d till", len(ps)-maxProblems))
}

// depth is how deeply brackets and braces nest in data, outside strings
// and comments: the TOML reader's time and memory grow fast with it.
func depth(data []byte) int {
	deepest, level := 0, 0
	for i := 0; i < len(data); i++ {
		switch c := data[i]; c {
		case '"', '\'':
			i = skipString(data, i)
		case '#':
			for i < len(data) && data[i] != '\n' {
				i++
			}
		case '[', '{':
			level++
			deepest = max(deepest, level)
		case ']', '}':
			level = max(level-1, 0)
		}
	}
	return deepest
}

// skipString gives the position of the quote that ends the string opened
// at i (or of the line's end, where a one-line string must stop).
func skipString(data []byte, i int) int {
	quote := data[i]
	for i++; i < len(data); i++ {
		switch {
		case data[i] == '\\' && quote == '"':
			i++
		case data[i] == quote || data[i] == '\n':
			return i
		}
	}
	return i
}

// Load reads and checks the kit in file. Only a regular file of a sane
// size is read: a device, a pipe or a huge file is refused before reading.
func Load(file string) (Kit, error) {
	k, err := load(file)
	k.Source = file
	return k, err
}

func load(file string) (Kit, error) {
	fi, err := os.Stat(file)
	switch {
	case err != nil:
		return closed(), Problems{problem("file", "cannot read %s: %v", "%s går inte att läsa: %v", file, err)}
	case !fi.Mode().IsRegular():
		return closed(), Problems{problem("file", "%s is not a file", "%s är ingen fil", file)}
	case fi.Size() > MaxSize:
		return closed(), Problems{problem("file", "%s is %d bytes; a kit may be at most %d", "%s är %d byte; en kit-fil får vara högst %d", file, fi.Size(), MaxSize)}
	}
	f, err := os.Open(file)
	if err != nil {
		return closed(), Problems{problem("file", "cannot read %s: %v", "%s går inte att läsa: %v", file, err)}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return closed(), Problems{problem("file", "cannot read %s: %v", "%s går inte att läsa: %v", file, err)}
	}
	return Parse(data)
}

// Find says which kit file to use, the first of: the one named on the
// command line, the one in the environment, one beside the executable,
// one in %ProgramData%\Kontoguiden. Empty means none: the app's defaults.
func Find(flag string, getenv func(string) string, exeDir string) string {
	if flag != "" {
		return flag
	}
	if env := getenv(EnvVar); env != "" {
		return env
	}
	beside := filepath.Join(exeDir, FileName)
	if _, err := os.Stat(beside); err == nil {
		return beside
	}
	// One kit per machine, where office IT puts it with Group Policy or
	// Intune without touching Program Files (Windows sets ProgramData).
	if pd := getenv("ProgramData"); pd != "" {
		machine := filepath.Join(pd, "Kontoguiden", FileName)
		if _, err := os.Stat(machine); err == nil {
			return machine
		}
	}
	return ""
}

// clean checks every field, names each bad one and leaves it out, so that
// the good ones can still be used.
func (k *Kit) clean() Problems {
	var ps Problems
	bad := func(field, en, sv string, args ...any) { ps = append(ps, problem(field, en, sv, args...)) }
	for field, v := range map[string]*string{"office": &k.Office, "support.name": &k.Support.Name,
		"support.phone": &k.Support.Phone, "support.email": &k.Support.Email, "support.hours": &k.Support.Hours} {
		if n := len([]rune(*v)); n > maxText {
			bad(field, "is %d characters long; at most %d are shown", "är %d tecken lång; högst %d visas", n, maxText)
			*v = ""
		}
	}
	if k.Language != "" {
		if _, err := guide.ParseLang(string(k.Language)); err != nil {
			bad("language", "%q is not a language of the guide; use sv or en", "%q är inget av guidens språk; använd sv eller en", short(string(k.Language)))
			k.Language = ""
		}
	}
	if k.Service != "" {
		if _, err := guide.ParseService(string(k.Service)); err != nil {
			bad("service", "%q is unknown; use one of %s", "%q är okänd; använd en av %s", short(string(k.Service)), strings.Join(guide.Strings(guide.ServiceIDs()), ", "))
			k.Service = ""
		}
	}
	if e := k.Support.Email; e != "" && (!strings.Contains(e, "@") || strings.ContainsAny(e, " \t\n")) {
		bad("support.email", "%q is not an e-mail address", "%q är ingen e-postadress", e)
		k.Support.Email = ""
	}
	for _, d := range sortedKeys(k.Domains) {
		if !validDomain(d) {
			bad("domains."+short(d), "%q is not a domain name such as skogsbolaget.se", "%q är inget domännamn som skogsbolaget.se", short(d))
			delete(k.Domains, d)
		} else if _, err := guide.ParseAccount(string(k.Domains[d])); err != nil {
			bad("domains."+d, "account kind %q is unknown; use one of %s", "kontotypen %q är okänd; använd en av %s", short(string(k.Domains[d])), strings.Join(guide.Strings(guide.AccountIDs()), ", "))
			delete(k.Domains, d)
		}
	}
	ps = append(ps, k.cleanAddresses()...)
	return ps
}

// short cuts a value for a message: a problem report is read by a person.
func short(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}

// cleanAddresses accepts an override only for a step the guide has, and
// only if the guide's own allow-list would open it; others are left out.
func (k *Kit) cleanAddresses() Problems {
	var ps Problems
	allowed := Allowed()
	known := guide.StepIDs()
	for _, id := range sortedKeys(k.Addresses) {
		field := "addresses." + short(id)
		if !slices.Contains(known, id) {
			ps = append(ps, problem(field, "no step has this ID; steps are %s", "inget steg har detta ID; stegen är %s", strings.Join(known, ", ")))
			delete(k.Addresses, id)
			continue
		}
		if err := allowed.Check(k.Addresses[id]); err != nil {
			ps = append(ps, problem(field, "%v; use an https address on %s, or a subdomain of one", "adressen godtas inte (%v); använd en https-adress på %s eller en underdomän till någon av dem", err, strings.Join(guide.AllowedHosts, ", ")))
			delete(k.Addresses, id)
		}
	}
	return ps
}

// validDomain accepts lower-case ASCII names with at least one dot.
func validDomain(d string) bool {
	if !strings.Contains(d, ".") || strings.HasPrefix(d, ".") || strings.HasSuffix(d, ".") || len(d) > 253 {
		return false
	}
	for _, r := range d {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '.') {
			return false
		}
	}
	return true
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

var lastKey = regexp.MustCompile(`\(last key "([^"]+)"\): (.*)$`)

// typeProblem names the field of a value of the wrong type ("yes" for a
// true/false field), which the TOML reader reports only in its message.
func typeProblem(err error) Problem {
	if m := lastKey.FindStringSubmatch(err.Error()); m != nil {
		return Problem{Field: m[1], Message: m[2]}
	}
	return Problem{Field: "file", Message: err.Error()}
}
