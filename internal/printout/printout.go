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
	"strings"
	"time"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
)

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
	// Texts are the words, the shipped catalogue's where nil.
	Texts  *i18n.Catalog
	Lang   i18n.Lang
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
// heading, who shows it, and the words of the elements to use, in order;
// an element without words of its own, a field for the person's own value
// or the number to match, is named by what it is ("the field").
type jsonPage struct {
	Heading string   `json:"heading"`
	Brand   string   `json:"brand,omitempty"`
	Marked  []string `json:"marked"`
}

// words says texts in one language, from one catalogue.
type words struct {
	c *i18n.Catalog
	l i18n.Lang
}

// wordsOf are the sheet's words.
func (s Sheet) words() words {
	if s.Texts == nil {
		return words{i18n.Builtin(), s.Lang}
	}
	return words{s.Texts, s.Lang}
}

func (w words) say(t i18n.Text) string           { return w.c.Say(w.l, t) }
func (w words) t(key string, args ...any) string { return w.c.T(w.l, key, args...) }

// key is a text without arguments, for the page template's {{call $.T "key"}}.
func (w words) key(key string) string { return w.c.T(w.l, key) }

// said is a text of the guide as paper shows it: its paragraphs and, for
// the guide's own advice, the advice label. The text's mark says which
// (guide.IsAdvice), so that advice is never printed as Biometria's word.
func (w words) said(t i18n.Text) htmlSaid {
	out := htmlSaid{Paras: strings.Split(w.say(t), "\n\n")}
	if guide.IsAdvice(t) {
		out.Label = w.t("print.advice")
	}
	return out
}

// line is a text as one line: the label, where it is advice, before it.
func (w words) line(t i18n.Text) string {
	s := w.said(t)
	text := strings.Join(s.Paras, " ")
	if s.Label != "" {
		return s.Label + ": " + text
	}
	return text
}

// lines are texts as one line each.
func (w words) lines(ts ...i18n.Text) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = w.line(t)
	}
	return out
}

// helpLine is a help as one line: "problem – what to do".
func (w words) helpLine(h guide.Help) string {
	return w.say(h.Problem()) + " – " + strings.Join(w.lines(h.Texts()...), " ")
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
	ws := s.words()
	fmt.Fprintf(&b, "%s (%s %d)\n\n", ws.say(s.Path.Name()), ws.t("print.section"), s.Path.Section)
	fmt.Fprintf(&b, "%s:\n", ws.t("print.before"))
	for _, p := range ws.lines(guide.Preconditions...) {
		fmt.Fprintf(&b, "- %s\n", p)
	}
	b.WriteString("\n")
	for i, st := range s.Steps {
		fmt.Fprintf(&b, "%d. %s\n", i+1, ws.say(st.Title()))
		for _, t := range st.Texts() {
			said := ws.said(t)
			if said.Label != "" {
				fmt.Fprintf(&b, "   %s: %s\n", said.Label, strings.Join(said.Paras, " "))
				continue
			}
			fmt.Fprintf(&b, "   %s\n", strings.Join(said.Paras, "\n   "))
		}
		if st.URL != "" {
			fmt.Fprintf(&b, "   %s: %s\n", ws.t("print.address"), st.URL)
		}
		for _, l := range st.Links {
			fmt.Fprintf(&b, "   %s: %s\n", ws.say(l.Label()), l.URL)
		}
		for _, h := range st.Help {
			fmt.Fprintf(&b, "   ? %s\n", ws.helpLine(h))
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeJSON(w io.Writer, s Sheet) error {
	out := make([]jsonStep, len(s.Steps))
	ws := s.words()
	for i, st := range s.Steps {
		out[i] = jsonStep{ID: st.ID, Title: ws.say(st.Title()), URL: st.URL, Help: []string{}}
		out[i].Body, out[i].Tip = ws.bodyAndTip(st)
		for _, l := range st.Links {
			out[i].Links = append(out[i].Links, l.URL)
		}
		for _, h := range st.Help {
			out[i].Help = append(out[i].Help, ws.helpLine(h))
		}
		for _, p := range st.Pages {
			jp := jsonPage{Heading: p.Heading(), Brand: p.Brand.Wordmark(), Marked: []string{}}
			for _, e := range p.Marked() {
				name := e.Label()
				if name == "" {
					name = ws.unlabelled(e)
				}
				jp.Marked = append(jp.Marked, name)
			}
			out[i].Pages = append(out[i].Pages, jp)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// bodyAndTip are a step's texts for JSON: what Biometria says, and the
// guide's own advice apart, each field naming which it is.
func (w words) bodyAndTip(st guide.Step) (body, tip string) {
	var facts, advice []string
	for _, t := range st.Texts() {
		if guide.IsAdvice(t) {
			advice = append(advice, w.say(t))
		} else {
			facts = append(facts, w.say(t))
		}
	}
	return strings.Join(facts, "\n\n"), strings.Join(advice, "\n\n")
}

//go:embed sheet.html
var files embed.FS

var page = template.Must(template.ParseFS(files, "sheet.html"))

// htmlStep is one step as the page shows it.
type htmlStep struct {
	N     int
	Title string
	Says  []htmlSaid
	URL   string
	Links [][2]string // label, address
	Help  []htmlHelp
	When  string
	// Pictures are drawings of the step's web page, if the instruction
	// shows it.
	Pictures []htmlPicture
}

// htmlSaid is a text as the page shows it: its paragraphs, under the
// advice label where it is the guide's own advice.
type htmlSaid struct {
	Label string
	Paras []string
}

// htmlHelp is one thing that can go wrong, and what to do about it.
type htmlHelp struct {
	Problem string
	Says    []htmlSaid
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
	// On the whole guide's page: where the sheet is, and the cases it is for.
	Anchor string
	Fits   []string
}

// htmlPage is a whole page: one sheet, or the whole guide with an intro.
type htmlPage struct {
	Lang   i18n.Lang
	T      func(key string) string // the page's own words, as {{call $.T "key"}}
	Before []htmlSaid              // the preconditions, advice named as such
	Next   []htmlSaid              // what comes after the steps
	Footer []htmlSaid
	Title  string
	Sheets []htmlSheet
	// The whole guide's page has an intro, the office and its support, the
	// table of which way fits whom, and why where the way is the guide's.
	Intro, Office, Support string
	Who                    []htmlCase
	Notes                  []htmlNote
}

func writeHTML(w io.Writer, s Sheet) error {
	ws := s.words()
	title := ws.t("print.title")
	if s.Name != "" {
		title = ws.t("print.receipt")
	}
	p := ws.frame(title)
	p.Sheets = []htmlSheet{toHTML(s)}
	return page.Execute(w, p)
}

// says are texts as a page shows them.
func (w words) says(ts ...i18n.Text) []htmlSaid {
	out := make([]htmlSaid, len(ts))
	for i, t := range ts {
		out[i] = w.said(t)
	}
	return out
}

// frame is what every page shows around its steps: the preconditions
// before them, what comes next after them, and the footer.
func (w words) frame(title string) htmlPage {
	return htmlPage{Lang: w.l, T: w.key, Title: title,
		Before: w.says(guide.Preconditions...),
		Next:   w.says(i18n.Key("print.next.body"), i18n.Key("done.next.tip")),
		Footer: w.says(i18n.Key("print.footer"), i18n.Key("print.footer.tip"))}
}

func toHTML(s Sheet) htmlSheet {
	ws := s.words()
	out := htmlSheet{Path: ws.say(s.Path.Name()), Button: s.Path.Button, Office: s.Office, Name: s.Name}
	if !s.Finished.IsZero() {
		out.Finished = s.Finished.Format("2006-01-02 15:04")
	}
	for i, st := range s.Steps {
		h := htmlStep{N: i + 1, Title: ws.say(st.Title()), Says: ws.says(st.Texts()...), URL: st.URL}
		for _, l := range st.Links {
			h.Links = append(h.Links, [2]string{ws.say(l.Label()), l.URL})
		}
		for _, x := range st.Help {
			h.Help = append(h.Help, htmlHelp{Problem: ws.say(x.Problem()), Says: ws.says(x.Texts()...)})
		}
		for _, p := range st.Pages {
			pic := htmlPicture{SVG: pictureSVG(p, ws), Caption: ws.say(p.Caption)}
			if guide.Glossed(s.Lang) {
				pic.Gloss = ws.t("picture.gloss", p.Gloss())
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

// Guide is the whole guide on one printable page, for when the window
// cannot open: a table of which way fits which account, then every way's
// steps, as a field office's kit adapts them.
type Guide struct {
	// Texts are the words, the shipped catalogue's where nil.
	Texts *i18n.Catalog
	Lang  i18n.Lang
	// Office, Support and Service come from the office's kit: its name,
	// how to reach its support ("IT-supporten, 000-000 00 00"), and what
	// its people pick under Mina sidor; each may be empty.
	Office, Support string
	Service         guide.Service
	// Steps gives a path's steps as the kit adapts them (its addresses, its
	// support named in the help); guide.Checklist where nil.
	Steps func(guide.PathID, guide.Options) ([]guide.Step, error)
}

// htmlCase is a row of the whole guide's table: a case and its way.
type htmlCase struct {
	Case, Path, Anchor string
	// Label names the way as the guide's advice, where it is the guide's
	// choice and not the instruction's.
	Label string
}

// htmlNote says why for a case whose way is the guide's own choice.
type htmlNote struct {
	Case, Reason string
	Advice       htmlSaid
}

// WriteGuide writes every way on one printable page, after a table that
// says which way fits which account (guide.Cases). A way is shown once
// for each set of steps: a person without an address has the same button
// as one with a private Microsoft account, and an Outlook.com step first.
func WriteGuide(w io.Writer, g Guide) error {
	ws := Sheet{Texts: g.Texts, Lang: g.Lang}.words()
	steps := g.Steps
	if steps == nil {
		steps = guide.Checklist
	}
	p := ws.frame(ws.t("print.title"))
	p.Intro, p.Office = ws.t("print.intro"), g.Office
	if g.Support != "" {
		p.Support = ws.t("support.line", g.Support)
	}
	anchors := map[guide.Options]map[guide.PathID]int{}
	for _, c := range guide.Cases {
		choice := c.Choice()
		o := guide.Options{Service: g.Service, CreateAddress: choice.Options.CreateAddress}
		if anchors[o] == nil {
			anchors[o] = map[guide.PathID]int{}
		}
		n, ok := anchors[o][choice.Path]
		if !ok {
			path, _ := guide.Lookup(choice.Path)
			st, err := steps(choice.Path, o)
			if err != nil {
				return err
			}
			n = len(p.Sheets)
			anchors[o][choice.Path] = n
			sheet := toHTML(Sheet{Texts: ws.c, Lang: g.Lang, Path: path, Steps: st})
			sheet.Anchor = fmt.Sprintf("way-%d", n+1)
			p.Sheets = append(p.Sheets, sheet)
		}
		name := ws.say(c.Name())
		p.Sheets[n].Fits = append(p.Sheets[n].Fits, name)
		row := htmlCase{Case: name, Path: p.Sheets[n].Path, Anchor: p.Sheets[n].Anchor}
		if guide.IsAdvice(choice.Advice) { // the way is the guide's choice; the note below says why
			row.Label = ws.t("print.advice")
		}
		p.Who = append(p.Who, row)
		if !choice.Advice.IsZero() {
			p.Notes = append(p.Notes, htmlNote{Case: name, Reason: ws.say(choice.Reason), Advice: ws.said(choice.Advice)})
		}
	}
	return page.Execute(w, p)
}
