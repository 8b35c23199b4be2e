// Package printout renders a checklist for people to read outside the app:
// plain text for a terminal, JSON for other tools, and one self-contained
// HTML page to print. The receipt is the same page with the dates filled in.
package printout

import (
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/safefile"
)

// tr looks up the few words a printout adds around the guide's texts, from
// the same catalogue as the screens.
func tr(l guide.Lang, key string) string { return i18n.Builtin().T(l, key) }

// Format is a way to print a checklist.
type Format string

// The formats of "kontoguiden checklist".
const (
	Text Format = "text"
	JSON Format = "json"
	HTML Format = "html"
)

// Formats lists the formats in the order --help shows them.
var Formats = []Format{Text, JSON, HTML}

// Sheet is what a printout shows.
type Sheet struct {
	Lang   guide.Lang
	Path   guide.Path
	Steps  []guide.Step
	Office string // the field office, from its kit; may be empty
	// For a receipt: who, and when each step was done (by step ID).
	Name     string
	Done     map[string]time.Time
	Finished time.Time
}

// jsonStep is the documented JSON shape of one step.
type jsonStep struct {
	ID    string     `json:"id"`
	Title string     `json:"title"`
	Body  string     `json:"body"`
	Tip   string     `json:"tip,omitempty"`
	URL   string     `json:"url"`
	Links []string   `json:"links,omitempty"`
	Help  []string   `json:"help"`
	Pages []jsonPage `json:"pages,omitempty"`
}

// jsonPage is a page a step happens on, as the instruction shows it: its
// heading, who shows it, and the words of the elements to use, in order
// ("" for a field that holds the person's own value).
type jsonPage struct {
	Heading string   `json:"heading"`
	Brand   string   `json:"brand,omitempty"`
	Marked  []string `json:"marked"`
}

// statement is a precondition as printed: advice is named as such.
func statement(l guide.Lang, st guide.Statement) string {
	if st.Advice {
		return tr(l, "print.advice") + ": " + st.Text.In(l)
	}
	return st.Text.In(l)
}

// Write prints the sheet in format f.
func Write(w io.Writer, f Format, s Sheet) error {
	switch f {
	case Text:
		return writeText(w, s)
	case JSON:
		return writeJSON(w, s)
	case HTML:
		return writeHTML(w, s)
	}
	return fmt.Errorf("unknown format %q", f)
}

func writeText(w io.Writer, s Sheet) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s %d)\n\n", s.Path.Name.In(s.Lang), tr(s.Lang, "print.section"), s.Path.Section)
	fmt.Fprintf(&b, "%s:\n", tr(s.Lang, "print.before"))
	for _, p := range guide.Preconditions {
		fmt.Fprintf(&b, "- %s\n", statement(s.Lang, p))
	}
	b.WriteString("\n")
	for i, st := range s.Steps {
		fmt.Fprintf(&b, "%d. %s\n", i+1, st.Title.In(s.Lang))
		fmt.Fprintf(&b, "   %s\n", strings.ReplaceAll(st.BodyOn(guide.Paper).In(s.Lang), "\n\n", "\n   "))
		if tip := st.Tip.In(s.Lang); tip != "" {
			fmt.Fprintf(&b, "   %s: %s\n", tr(s.Lang, "print.tip"), tip)
		}
		if st.URL != "" {
			fmt.Fprintf(&b, "   %s: %s\n", tr(s.Lang, "print.address"), st.URL)
		}
		for _, l := range st.Links {
			fmt.Fprintf(&b, "   %s: %s\n", l.Label.In(s.Lang), l.URL)
		}
		for _, h := range st.Help {
			fmt.Fprintf(&b, "   ? %s\n", h.In(s.Lang))
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeJSON(w io.Writer, s Sheet) error {
	out := make([]jsonStep, len(s.Steps))
	for i, st := range s.Steps {
		out[i] = jsonStep{ID: st.ID, Title: st.Title.In(s.Lang), Body: st.BodyOn(guide.Paper).In(s.Lang), Tip: st.Tip.In(s.Lang), URL: st.URL, Help: []string{}}
		for _, l := range st.Links {
			out[i].Links = append(out[i].Links, l.URL)
		}
		for _, h := range st.Help {
			out[i].Help = append(out[i].Help, h.In(s.Lang))
		}
		for _, p := range st.Pages {
			jp := jsonPage{Heading: p.Heading(), Brand: p.Brand.Wordmark(), Marked: []string{}}
			for _, e := range p.Marked() {
				jp.Marked = append(jp.Marked, e.Label())
			}
			out[i].Pages = append(out[i].Pages, jp)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

//go:embed sheet.html
var files embed.FS

var page = template.Must(template.ParseFS(files, "sheet.html"))

// htmlStep is one step as the page shows it.
type htmlStep struct {
	N     int
	Title string
	Paras []string
	Tip   string
	URL   string
	Links [][2]string // label, address
	Help  [][2]string
	When  string
	// Pictures are drawings of the step's web page, if the instruction
	// shows it.
	Pictures []htmlPicture
}

// htmlPicture is one page drawing with the words around it.
type htmlPicture struct {
	SVG     template.HTML
	Caption string // which page, where a step has two
	Gloss   string // in English, what the marked Swedish words mean
}

// htmlSheet is one path as the page shows it.
type htmlSheet struct {
	Path, Button, Office, Name, Finished string
	Steps                                []htmlStep
}

// htmlPage is a whole page: one sheet, or the whole guide with an intro.
type htmlPage struct {
	Lang   guide.Lang
	T      func(key string) string // the page's own words, as {{call $.T "key"}}
	Before []string                // the preconditions, advice named as such
	Title  string
	Intro  string
	Who    [][2]string // account kind → path, for the whole guide
	Sheets []htmlSheet
}

func writeHTML(w io.Writer, s Sheet) error {
	title := tr(s.Lang, "print.title")
	if s.Name != "" {
		title = tr(s.Lang, "print.receipt")
	}
	return page.Execute(w, htmlPage{Lang: s.Lang, T: words(s.Lang), Before: before(s.Lang), Title: title, Sheets: []htmlSheet{toHTML(s)}})
}

// before is the preconditions as a page lists them.
func before(l guide.Lang) []string {
	var out []string
	for _, p := range guide.Preconditions {
		out = append(out, statement(l, p))
	}
	return out
}

// words gives a page its language's words.
func words(l guide.Lang) func(string) string {
	return func(key string) string { return tr(l, key) }
}

func toHTML(s Sheet) htmlSheet {
	out := htmlSheet{Path: s.Path.Name.In(s.Lang), Button: s.Path.Button, Office: s.Office, Name: s.Name}
	if !s.Finished.IsZero() {
		out.Finished = s.Finished.Format("2006-01-02 15:04")
	}
	for i, st := range s.Steps {
		h := htmlStep{N: i + 1, Title: st.Title.In(s.Lang), Paras: strings.Split(st.BodyOn(guide.Paper).In(s.Lang), "\n\n"), Tip: st.Tip.In(s.Lang), URL: st.URL}
		for _, l := range st.Links {
			h.Links = append(h.Links, [2]string{l.Label.In(s.Lang), l.URL})
		}
		for _, x := range st.Help {
			h.Help = append(h.Help, [2]string{x.Problem.In(s.Lang), x.Fix.In(s.Lang)})
		}
		for _, p := range st.Pages {
			pic := htmlPicture{SVG: pictureSVG(p, s.Lang), Caption: p.Caption.In(s.Lang)}
			if s.Lang == guide.English {
				pic.Gloss = i18n.Builtin().T(s.Lang, "picture.gloss", p.Gloss())
			}
			h.Pictures = append(h.Pictures, pic)
		}
		if t, ok := s.Done[st.ID]; ok {
			h.When = t.Format("2006-01-02 15:04")
		}
		out.Steps = append(out.Steps, h)
	}
	return out
}

// WriteGuide writes every path on one printable page, with a table that
// says which path fits which account: for when the window cannot open.
func WriteGuide(w io.Writer, l guide.Lang) error {
	p := htmlPage{Lang: l, T: words(l), Before: before(l), Title: tr(l, "print.title"), Intro: tr(l, "print.intro")}
	for _, a := range guide.Accounts {
		c, _ := guide.Choose(a.ID, []guide.Need{guide.NeedVIOL3})
		path, _ := guide.Lookup(c.Path)
		p.Who = append(p.Who, [2]string{a.Name.In(l), path.Name.In(l)})
	}
	for _, path := range guide.Paths {
		steps, _ := guide.Checklist(path.ID, guide.Options{})
		p.Sheets = append(p.Sheets, toHTML(Sheet{Lang: l, Path: path, Steps: steps}))
	}
	return page.Execute(w, p)
}

// SaveReceipt writes the sheet as an HTML receipt in dir, readable by the
// person alone, whole or not at all and never through a link, and returns
// its path.
func SaveReceipt(dir string, s Sheet, now time.Time) (string, error) {
	var b strings.Builder
	if err := writeHTML(&b, s); err != nil {
		return "", err
	}
	name := "kvitto-" + now.Format("20060102-150405") + ".html"
	return filepath.Join(dir, name), safefile.Write(dir, name, []byte(b.String()))
}
