package kit

import (
	"errors"
	"slices"
	"strings"
	"unicode"

	"github.com/pelletier/go-toml/v2/unstable"

	"github.com/biometria/kontoguiden/internal/chars"
	"github.com/biometria/kontoguiden/internal/guide"
)

// read walks a kit's TOML expression by expression and takes only what a
// kit has: a string or true/false under a known key, in a known table.
// Anything else is named with its line as it is met and never built, so a
// hostile file costs one pass of a parser without a depth it can abuse.
// Keys match exactly: "Online_check" is not online_check but a problem, as
// is a key given twice, so no spelling can quietly undo another.
func read(data []byte) (Kit, Problems, map[string]int) {
	r := reader{lines: lineStarts(data), seen: map[string]int{}}
	var p unstable.Parser
	p.Reset(data)
	for p.NextExpression() {
		r.expression(&p, p.Expression())
	}
	if err := p.Error(); err != nil {
		var perr *unstable.ParserError
		line := 0
		if errors.As(err, &perr) && len(perr.Highlight) > 0 {
			line = r.line(int(p.Range(perr.Highlight).Offset))
		}
		r.bad(line, "file", "kit.toml", safe(err.Error()))
	}
	return r.kit, r.problems, r.seen
}

// reader is the state of one walk: the kit so far, the table the walk is
// in, where each field was given, and what is wrong.
type reader struct {
	kit      Kit
	table    string // "", "support", "domains", "addresses", or "?" for an unknown one
	seen     map[string]int
	lines    []int
	problems Problems
}

func (r *reader) bad(line int, field, key string, args ...any) {
	p := problem(field, key, args...)
	p.Line = line
	r.problems = append(r.problems, p)
}

// expression takes one top-level expression: a table header or a key and
// its value.
func (r *reader) expression(p *unstable.Parser, e *unstable.Node) {
	line := r.line(int(e.Raw.Offset))
	switch e.Kind {
	case unstable.Table:
		name := strings.Join(r.keyParts(e.Key()), ".")
		line = r.lineOfKey(p, e.Key(), line)
		r.table = "?"
		if !slices.Contains(tables, name) {
			r.bad(line, "["+short(name)+"]", "kit.table")
			return
		}
		if r.first(line, "["+name+"]") {
			r.table = name
		}
	case unstable.ArrayTable:
		r.table = "?"
		r.bad(r.lineOfKey(p, e.Key(), line), "[["+short(strings.Join(r.keyParts(e.Key()), "."))+"]]", "kit.table")
	case unstable.KeyValue:
		r.keyValue(p, e, line)
	}
}

// keyValue takes one key and its value in the table the walk is in.
func (r *reader) keyValue(p *unstable.Parser, e *unstable.Node, line int) {
	line = r.lineOfKey(p, e.Key(), line)
	table, key, ok := r.place(r.keyParts(e.Key()), line)
	if !ok {
		return
	}
	field := key
	if table != "" {
		field = table + "." + key
	}
	if bad := controlIn(key); bad {
		r.bad(line, safe(short(field)), "kit.control")
		return
	}
	if !r.first(line, field) {
		return
	}
	v := e.Value()
	switch {
	case table == "domains" || table == "addresses":
		if s, ok := r.text(v, line, field); ok {
			r.set(field, key, s)
		}
	case field == "online_check":
		if v.Kind != unstable.Bool {
			r.bad(line, field, "kit.want-bool")
			return
		}
		on := string(v.Data) == "true"
		r.kit.OnlineCheck = &on
	default:
		target := r.stringField(field)
		if target == nil {
			r.bad(line, safe(short(field)), r.unknownKey(field))
			return
		}
		if s, ok := r.text(v, line, field); ok {
			*target = s
		}
	}
}

// place is the table and the key a key's parts stand for, where the walk
// is; ok is false for a key already named as a problem, or named now.
func (r *reader) place(parts []string, line int) (table, key string, ok bool) {
	table, key = r.table, strings.Join(parts, ".")
	switch {
	case table == "?":
		return "", "", false // its table is already named as a problem
	case table == "" && len(parts) == 2 && slices.Contains(tables, parts[0]):
		// support.phone = "…" is phone under [support], and makes that
		// table: TOML allows no [support] after it.
		table, key = parts[0], parts[1]
		if _, ok := r.seen["["+table+"]"]; !ok {
			r.seen["["+table+"]"] = line
		}
	case table == "" && slices.Contains(tables, key):
		r.bad(line, key, "kit.inline", key)
		return "", "", false
	}
	return table, key, true
}

// first notes where field was given, and says so if it was given before.
func (r *reader) first(line int, field string) bool {
	if before, ok := r.seen[field]; ok {
		r.bad(line, safe(short(field)), "kit.twice", before)
		return false
	}
	r.seen[field] = line
	return true
}

// text is a value that must be a string without control characters.
func (r *reader) text(v *unstable.Node, line int, field string) (string, bool) {
	if v.Kind != unstable.String {
		r.bad(line, safe(short(field)), "kit.want-text")
		return "", false
	}
	s := plainSpaces(string(v.Data))
	if controlIn(s) {
		r.bad(line, safe(short(field)), "kit.control")
		return "", false
	}
	if strings.IndexFunc(s, pictograph) >= 0 {
		r.bad(line, safe(short(field)), "kit.symbol")
		return "", false
	}
	if s != "" && strings.TrimSpace(s) == "" {
		r.bad(line, safe(short(field)), "kit.blank")
		return "", false
	}
	s = strings.TrimSpace(s)
	if len(s) > maxBytes {
		r.bad(line, safe(short(field)), "kit.bytes", len(s), maxBytes)
		return "", false
	}
	return s, true
}

// set puts a domain's kind or a step's address in the kit.
func (r *reader) set(field, key, value string) {
	if strings.HasPrefix(field, "domains.") {
		if r.kit.Domains == nil {
			r.kit.Domains = map[string]guide.Account{}
		}
		r.kit.Domains[key] = guide.Account(value)
		return
	}
	if r.kit.Addresses == nil {
		r.kit.Addresses = map[string]string{}
	}
	r.kit.Addresses[key] = value
}

// stringField is the kit's text field of this name, or nil.
func (r *reader) stringField(field string) *string {
	k := &r.kit
	switch field {
	case "office":
		return &k.Office
	case "language":
		return (*string)(&k.Language)
	case "service":
		return (*string)(&k.Service)
	case "support.name":
		return &k.Support.Name
	case "support.phone":
		return &k.Support.Phone
	case "support.email":
		return &k.Support.Email
	case "support.hours":
		return &k.Support.Hours
	}
	return nil
}

// placeAt gives each problem found after the walk the line its field was
// given on, and puts them all in the file's order.
func (ps Problems) placeAt(lines map[string]int) {
	for i := range ps {
		if ps[i].Line == 0 {
			ps[i].Line = lines[ps[i].Field]
		}
	}
	slices.SortStableFunc(ps, func(a, b Problem) int { return a.Line - b.Line })
}

// knownFields are the kit's keys outside [domains] and [addresses].
var knownFields = []string{"office", "language", "service", "online_check", "support.name", "support.phone", "support.email", "support.hours"}

// unknownKey says what is wrong with a key the kit does not have: one
// that differs from a known key only in case or in _ and - is named as
// such, as it may be meant as that key and is not.
func (r *reader) unknownKey(field string) string {
	norm := func(s string) string { return strings.ReplaceAll(strings.ToLower(s), "-", "_") }
	for _, k := range knownFields {
		if norm(k) == norm(field) {
			return "kit.case"
		}
	}
	return "kit.unknown"
}

// keyParts are a dotted key's parts.
func (r *reader) keyParts(it unstable.Iterator) []string {
	var parts []string
	for it.Next() {
		parts = append(parts, string(it.Node().Data))
	}
	return parts
}

// tables are the kit's tables.
var tables = []string{"support", "domains", "addresses"}

// lineOfKey is the line a key starts on, or fallback.
func (r *reader) lineOfKey(p *unstable.Parser, it unstable.Iterator, fallback int) int {
	if it.Next() {
		if n := it.Node(); n.Raw.Length > 0 {
			return r.line(int(n.Raw.Offset))
		}
	}
	return fallback
}

// lineStarts are the offsets at which each line begins.
func lineStarts(data []byte) []int {
	starts := []int{0}
	for i, b := range data {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// line is the 1-based line of a byte offset.
func (r *reader) line(offset int) int {
	i, _ := slices.BinarySearch(r.lines, offset+1)
	return max(i, 1)
}

// plainSpaces turns every space a person sees as one (a non-breaking
// space pasted from Word or Outlook, a thin space in a phone number, a
// tab) into a plain one: what it means is clear, and refusing it would
// send whoever writes the kit hunting for a character they cannot see.
func plainSpaces(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || unicode.Is(unicode.Zs, r) {
			return ' '
		}
		return r
	}, s)
}

// pictograph reports whether r is an emoji or a pictograph (🌲, ☎): the
// app's font has none, and the window would show a box or a "�".
func pictograph(r rune) bool {
	return r >= 0x1F000 || r >= 0x2600 && r <= 0x27BF || r >= 0x2B00 && r <= 0x2BFF
}

// controlIn reports whether s has a control character or one that changes
// the direction or the visibility of text: a terminal or a screen showing
// the value could be made to show something else.
func controlIn(s string) bool {
	return strings.IndexFunc(s, hidden) >= 0
}

// hidden reports whether r may not stand in a kit's value: what a person
// does not see (chars.Unseen), and any space but the plain one.
func hidden(r rune) bool {
	return chars.Unseen(r) || unicode.IsSpace(r) && r != ' '
}

// maxBytes bounds a value by its bytes as well as by what is seen: a
// letter with 30,000 accents is one character.
const maxBytes = 1000

// safe is text from a kit as it may be printed: control and formatting
// characters, and any space but the plain one, shown as escapes, never raw.
func safe(s string) string { return chars.EscapeWhere(s, hidden) }
