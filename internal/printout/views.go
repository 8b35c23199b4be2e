package printout

import (
	"html/template"

	"github.com/biometria/kontoguiden/internal/i18n"
)

// StepView is one step as a web page shows it: its title, what Biometria
// says and the guide's advice apart, its links, its help, and drawings of
// its web page with their text alternatives. The served guide
// (internal/web) shows the printout's own words, never a copy of them.
type StepView = htmlStep

// Views gives the sheet's steps as a web page shows them.
func Views(s Sheet) []StepView { return toHTML(s).Steps }

// Partials are the printout's templates, for pages that show its steps
// the same way: "said" (a text, labelled where it is advice), "line" and
// "paras". Each call gives a copy of its own to add pages to.
func Partials() *template.Template { return template.Must(page.Clone()) }

// SaidView is a text as a page shows it: its paragraphs, under the
// advice label where it is the guide's own advice (template "said").
type SaidView = htmlSaid

// Says gives texts in language l as a page shows them.
func Says(c *i18n.Catalog, l i18n.Lang, ts ...i18n.Text) []SaidView {
	if c == nil {
		c = i18n.Builtin()
	}
	return words{c, l}.says(ts...)
}
