// Package kit reads a field office's onboarding kit: the settings its IT
// contact prepares once (the office's name, its support contact, its e-mail
// domains, the service people register for) and puts beside the app.
package kit

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/biometria/kontoguiden/internal/allowlist"
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
}

func (p Problem) String() string { return p.Field + ": " + p.Message }

// Problems is every problem found in a kit.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Parse reads and checks a kit. All problems are reported at once, so that
// whoever edits the kit can fix them in one go.
func Parse(data []byte) (Kit, error) {
	var k Kit
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&k)
	if err != nil {
		var perr toml.ParseError
		if errors.As(err, &perr) {
			return Kit{}, Problems{{Field: fmt.Sprintf("line %d", perr.Position.Line), Message: perr.Message}}
		}
		return Kit{}, Problems{typeProblem(err)}
	}
	var ps Problems
	for _, key := range md.Undecoded() {
		ps = append(ps, Problem{key.String(), "unknown field; known fields are office, language, service, online_check, [support] name, phone, email, hours, [domains] and [addresses]"})
	}
	ps = append(ps, k.check()...)
	if len(ps) > 0 {
		return Kit{}, ps
	}
	return k, nil
}

// Load reads and checks the kit in file.
func Load(file string) (Kit, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return Kit{}, Problems{{Field: "file", Message: fmt.Sprintf("cannot read %s: %v", file, err)}}
	}
	k, err := Parse(data)
	k.Source = file
	return k, err
}

// Find says which kit file to use: the one named on the command line, else
// the one in the environment, else one beside the executable if there is
// one. Empty means none: the app's defaults.
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
	return ""
}

func (k Kit) check() Problems {
	var ps Problems
	add := func(field, format string, args ...any) {
		ps = append(ps, Problem{field, fmt.Sprintf(format, args...)})
	}
	if k.Language != "" {
		if _, err := guide.ParseLang(string(k.Language)); err != nil {
			add("language", "%q is not a language of the guide; use sv or en", k.Language)
		}
	}
	if k.Service != "" {
		if _, err := guide.ParseService(string(k.Service)); err != nil {
			add("service", "%q is unknown; use one of %s", k.Service, strings.Join(guide.Strings(guide.ServiceIDs()), ", "))
		}
	}
	if e := k.Support.Email; e != "" && (!strings.Contains(e, "@") || strings.ContainsAny(e, " \t\n")) {
		add("support.email", "%q is not an e-mail address", e)
	}
	for _, d := range sortedKeys(k.Domains) {
		if !validDomain(d) {
			add("domains."+d, "%q is not a domain name such as storaskogsbolaget.se", d)
		}
		if _, err := guide.ParseAccount(string(k.Domains[d])); err != nil {
			add("domains."+d, "account kind %q is unknown; use one of %s", k.Domains[d], strings.Join(guide.Strings(guide.AccountIDs()), ", "))
		}
	}
	ps = append(ps, k.checkAddresses()...)
	return ps
}

// checkAddresses accepts an override only for a step the guide has, and
// only if the guide's own allow-list would open it.
func (k Kit) checkAddresses() Problems {
	var ps Problems
	allowed := allowlist.New(guide.AllowedHosts...)
	known := guide.StepIDs()
	for _, id := range sortedKeys(k.Addresses) {
		field := "addresses." + id
		if !slices.Contains(known, id) {
			ps = append(ps, Problem{field, "no step has this ID; steps are " + strings.Join(known, ", ")})
			continue
		}
		if err := allowed.Check(k.Addresses[id]); err != nil {
			ps = append(ps, Problem{field, fmt.Sprintf("%v; use an https address on %s, or a subdomain of one", err, strings.Join(guide.AllowedHosts, ", "))})
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
