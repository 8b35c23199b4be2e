package i18n

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
)

// Text is something a person reads, in whichever language they read it:
// a key of the catalogue with what fills its placeholders, or words that
// are the same in every language (a page's label, an address, a number),
// or a list of texts joined as the language joins a list. The zero Text
// says nothing.
type Text struct {
	key   string
	lit   string
	count *int           // picks the plural form
	args  []any          // the %-verbs' values, in order; a Text is said in the same language
	vars  map[string]any // the {placeholders}' values, by name
	list  []Text
	sep   string // between list items; "" joins as the language does
}

// Key is the text of key, with args for its %-verbs.
func Key(key string, args ...any) Text { return Text{key: key, args: args} }

// Count is Key for a text about n things, in the plural form for n.
func Count(key string, n int, args ...any) Text { return Text{key: key, count: &n, args: args} }

// Lit is words that are the same in every language.
func Lit(s string) Text { return Text{lit: s} }

// List joins texts as the language lists things: "a, b och c".
func List(ts ...Text) Text { return Text{list: ts} }

// Joined joins texts with sep, whatever the language.
func Joined(sep string, ts ...Text) Text { return Text{list: ts, sep: sep} }

// With is t with the placeholder {name} filled by v: a Text, said in the
// same language, or anything fmt can print.
func (t Text) With(name string, v any) Text {
	vars := maps.Clone(t.vars)
	if vars == nil {
		vars = map[string]any{}
	}
	vars[name] = v
	t.vars = vars
	return t
}

// Key is the catalogue key t says, without the keys of its parts; "" for
// words that are the same in every language and for a list.
func (t Text) Key() string { return t.key }

// IsZero reports whether t says nothing.
func (t Text) IsZero() bool { return t.key == "" && t.lit == "" && len(t.list) == 0 }

// Say is t in language l.
func (c *Catalog) Say(l Lang, t Text) string {
	switch {
	case t.lit != "":
		return t.lit
	case t.key == "" && t.list == nil:
		return ""
	case t.key == "":
		return c.join(l, t)
	}
	e := c.lookup(l, t.key)
	s := e.Other
	if t.count != nil && *t.count == 1 {
		s = e.One
	}
	if len(t.args) > 0 {
		args := make([]any, len(t.args))
		for i, a := range t.args {
			args[i] = c.value(l, a)
		}
		s = fmt.Sprintf(s, args...)
	}
	return c.fill(l, t.key, s, t.vars)
}

// value is an argument as said in l.
func (c *Catalog) value(l Lang, a any) any {
	if t, ok := a.(Text); ok {
		return c.Say(l, t)
	}
	return a
}

// fill puts the values of vars into s's {placeholders}; one without a
// value is reported and left as it is.
func (c *Catalog) fill(l Lang, key, s string, vars map[string]any) string {
	if !strings.Contains(s, "{") {
		return s
	}
	return names.ReplaceAllStringFunc(s, func(p string) string {
		v, ok := vars[p[1:len(p)-1]]
		if !ok {
			c.miss("%s: %q has no value for %s", l, key, p)
			return p
		}
		return fmt.Sprint(c.value(l, v))
	})
}

// join lists t's items: with its own separator, or as l joins a list.
func (c *Catalog) join(l Lang, t Text) string {
	said := make([]string, len(t.list))
	for i, x := range t.list {
		said[i] = c.Say(l, x)
	}
	if t.sep != "" || len(said) < 2 {
		return strings.Join(said, t.sep)
	}
	head := strings.Join(said[:len(said)-1], c.T(l, "list.sep"))
	return c.T(l, "list.and", head, said[len(said)-1])
}

// Date says a day as people do, "26 nov", with its year only when that
// is not the year of now.
func (c *Catalog) Date(l Lang, day, now time.Time) string {
	month := c.T(l, fmt.Sprintf("date.month.%d", day.Month()))
	if day.Year() != now.Year() {
		return c.T(l, "date.day.year", day.Day(), month, day.Year())
	}
	return c.T(l, "date.day", day.Day(), month)
}

// Keys lists the catalogue keys t and its parts ask for.
func (t Text) Keys() []string {
	var out []string
	if t.key != "" {
		out = append(out, t.key)
	}
	for _, a := range t.args {
		if x, ok := a.(Text); ok {
			out = append(out, x.Keys()...)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(t.vars)) {
		if x, ok := t.vars[name].(Text); ok {
			out = append(out, x.Keys()...)
		}
	}
	for _, x := range t.list {
		out = append(out, x.Keys()...)
	}
	return out
}
