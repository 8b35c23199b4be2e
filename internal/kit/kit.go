// Package kit reads a field office's onboarding kit: the settings its IT
// contact prepares once (the office's name, its support contact, its e-mail
// domains, the service people register for) and puts beside the app.
package kit

import (
	"errors"
	"io"
	"io/fs"
	"maps"
	"os"
	"slices"
	"strings"
	"unicode"

	"github.com/biometria/kontoguiden/internal/chars"
	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
)

// FileName is the kit's name beside the executable.
const FileName = "kontoguiden-kit.toml"

// EnvVar names a kit file from the environment.
const EnvVar = "KONTOGUIDEN_KIT"

// Kit is a field office's settings. The zero Kit is the app's defaults.
type Kit struct {
	Office   string                   `toml:"office"`
	Language i18n.Lang                `toml:"language"`
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
	// Where says how Source was chosen, and which kits were passed over.
	Where Found `toml:"-"`
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
	Field string
	Says  i18n.Text
	Line  int // where in the file, from 1; 0 for the file as a whole
}

// String is the problem in English, for the log and "kit check": they are
// read by whoever looks after the kit.
func (p Problem) String() string { return p.Say(i18n.Builtin(), i18n.English) }

// Say is the problem in language l: its line, its field, what is wrong.
func (p Problem) Say(c *i18n.Catalog, l i18n.Lang) string {
	where := p.Field
	if p.Line > 0 {
		where = c.T(l, "kit.line", p.Line) + ", " + p.Field
	}
	return where + ": " + c.Say(l, p.Says)
}

// problem is a problem said by the text key.
func problem(field, key string, args ...any) Problem {
	return Problem{Field: field, Says: i18n.Key(key, args...)}
}

// Problems is every problem found in a kit.
type Problems []Problem

// Say lists the problems in language l, one a line.
func (ps Problems) Say(c *i18n.Catalog, l i18n.Lang) string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Say(c, l)
	}
	return strings.Join(lines, "\n")
}

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
		return closed(), Problems{problem("file", "kit.size", len(data), MaxSize)}
	}
	data, bad := decode(data)
	if bad != nil {
		return closed(), Problems{*bad}
	}
	k, ps, lines := read(data)
	ps = append(ps, k.clean()...)
	ps.placeAt(lines)
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
	return append(ps[:maxProblems:maxProblems], problem("…", "kit.more", len(ps)-maxProblems))
}

// Load reads and checks the kit in file. Only a regular file of a sane
// size is read: a device, a pipe or a huge file is refused before reading.
func Load(file string) (Kit, error) {
	k, err := load(file)
	k.Source = file
	return k, err
}

func load(file string) (Kit, error) {
	data, bad := readFile(file)
	if bad != nil {
		return closed(), Problems{*bad}
	}
	return Parse(data)
}

// readFile reads a kit file's bytes: only a regular file of a sane size.
func readFile(file string) ([]byte, *Problem) {
	fail := func(key string, args ...any) ([]byte, *Problem) {
		p := problem("file", key, args...)
		return nil, &p
	}
	fi, err := os.Stat(file)
	switch {
	case err != nil:
		return fail("kit.unreadable", file, err)
	case !fi.Mode().IsRegular():
		return fail("kit.not-file", file)
	case fi.Size() > MaxSize:
		return fail("kit.file-size", file, fi.Size(), MaxSize)
	}
	f, err := os.Open(file)
	if err != nil {
		return fail("kit.unreadable", file, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return fail("kit.unreadable", file, err)
	}
	return data, nil
}

// there reports whether anything stands at path, or might: only "no such
// file" means no kit. A link to a share that is not mounted, a loop or a
// folder that cannot be looked into is a kit that cannot be read, which
// fails closed (no online check), not the defaults, which do not.
func there(path string) bool {
	_, err := os.Lstat(path)
	return !errors.Is(err, fs.ErrNotExist)
}

// clean checks every field, names each bad one and leaves it out, so that
// the good ones can still be used.
func (k *Kit) clean() Problems {
	var ps Problems
	bad := func(field, key string, args ...any) { ps = append(ps, problem(field, key, args...)) }
	for field, v := range map[string]*string{"office": &k.Office, "support.name": &k.Support.Name,
		"support.phone": &k.Support.Phone, "support.email": &k.Support.Email, "support.hours": &k.Support.Hours} {
		if n := chars.Len(*v); n > maxText {
			bad(field, "kit.long", n, maxText)
			*v = ""
		}
	}
	if k.Language != "" {
		if _, err := i18n.ParseLang(string(k.Language)); err != nil {
			bad("language", "kit.language", short(string(k.Language)), strings.Join(guide.Strings(i18n.Langs), ", "))
			k.Language = ""
		}
	}
	// The kit names only where VIOL 3 is used: whether a person signs up
	// through the integration specifications is for their needs to say.
	if k.Service != "" && !slices.Contains(guide.Environments, k.Service) {
		bad("service", "kit.service", short(string(k.Service)), strings.Join(guide.Strings(guide.Environments), ", "))
		k.Service = ""
	}
	if e := k.Support.Email; e != "" && !validEmail(e) {
		bad("support.email", "kit.email", short(e))
		k.Support.Email = ""
	}
	if p := k.Support.Phone; p != "" && !validPhone(p) {
		bad("support.phone", "kit.phone", short(p))
		k.Support.Phone = ""
	}
	for _, d := range slices.Sorted(maps.Keys(k.Domains)) {
		if why := domainProblem(d); why != "" {
			bad("domains."+short(d), why, short(d))
			delete(k.Domains, d)
		} else if _, err := guide.ParseAccount(string(k.Domains[d])); err != nil {
			bad("domains."+d, "kit.domain-kind", short(string(k.Domains[d])), strings.Join(guide.Strings(guide.AccountIDs()), ", "))
			delete(k.Domains, d)
		}
	}
	ps = append(ps, k.cleanAddresses()...)
	return ps
}

// short cuts a value for a message: a problem report is read by a person.
func short(s string) string {
	return chars.Shorten(s, 61)
}

// cleanAddresses accepts an override only for a step the guide has, and
// only if the guide's own allow-list would open it; others are left out.
func (k *Kit) cleanAddresses() Problems {
	var ps Problems
	allowed := Allowed()
	known := guide.StepIDs()
	for _, id := range slices.Sorted(maps.Keys(k.Addresses)) {
		field := "addresses." + short(id)
		if !slices.Contains(known, id) {
			ps = append(ps, problem(field, "kit.step", strings.Join(known, ", ")))
			delete(k.Addresses, id)
			continue
		}
		if err := allowed.Check(k.Addresses[id]); err != nil {
			ps = append(ps, problem(field, "kit.address", err, strings.Join(guide.AllowedHosts, ", ")))
			delete(k.Addresses, id)
		}
	}
	return ps
}

// domainProblem says what is wrong with a kit's domain, as a text key, or
// "" for a good one: lower-case ASCII labels of 1 to 63 letters, digits
// and inner hyphens, at least two, the last with a letter (not an IP
// address). Capitals and letters such as ö get their own hint.
func domainProblem(d string) string {
	switch {
	case d != strings.ToLower(d):
		return "kit.domain-case"
	case strings.IndexFunc(d, func(r rune) bool { return r > unicode.MaxASCII }) >= 0:
		return "kit.domain-ascii"
	case !validDomain(d):
		return "kit.domain"
	}
	return ""
}

// validDomain accepts host names as DNS has them: two labels or more, each
// 1 to 63 of a-z, 0-9 and inner hyphens, the last not all digits.
func validDomain(d string) bool {
	labels := strings.Split(d, ".")
	if len(d) > 253 || len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for _, r := range l {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
				return false
			}
		}
	}
	return strings.IndexFunc(labels[len(labels)-1], unicode.IsLetter) >= 0
}

// validEmail accepts a plain address: a name of letters, digits and
// . _ % + - before one @, and a good domain after it.
func validEmail(e string) bool {
	name, domain, ok := strings.Cut(e, "@")
	if !ok || name == "" || len(name) > 64 || strings.HasPrefix(name, ".") || strings.HasSuffix(name, ".") {
		return false
	}
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("._%+-", r)) {
			return false
		}
	}
	return validDomain(strings.ToLower(domain))
}

// validPhone accepts a number as people write one: digits, spaces and
// + - ( ) / ., with at least three digits (112 is a number) and at most
// twenty (the longest international numbers have fifteen).
func validPhone(p string) bool {
	digits := 0
	for _, r := range p {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case !strings.ContainsRune(" +-()/.", r):
			return false
		}
	}
	return digits >= 3 && digits <= 20
}
