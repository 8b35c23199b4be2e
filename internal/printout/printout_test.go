package printout

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
	"github.com/biometria/kontoguiden/internal/kit"
)

func sheet(t *testing.T, p guide.PathID, l i18n.Lang) Sheet {
	t.Helper()
	path, err := guide.Lookup(p)
	if err != nil {
		t.Fatal(err)
	}
	steps, err := guide.Checklist(p, guide.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return Sheet{Lang: l, Path: path, Steps: steps}
}

// jsonSteps is the sheet as JSON, read back as plain maps.
func jsonSteps(t *testing.T, s Sheet) []map[string]any {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, JSON, s); err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	return got
}

func TestJSONShape(t *testing.T) {
	s := sheet(t, guide.PathGoogle, i18n.English)
	got := jsonSteps(t, s)
	if len(got) != len(s.Steps) {
		t.Fatalf("%d steps in JSON, want %d", len(got), len(s.Steps))
	}
	for i, st := range got {
		for _, k := range []string{"id", "title", "body", "url", "help"} {
			if _, ok := st[k]; !ok {
				t.Errorf("step %d lacks %q", i, k)
			}
		}
		if _, ok := st["help"].([]any); !ok {
			t.Errorf("step %d: help is %T, want a list", i, st["help"])
		}
	}
	if got[1]["url"] != "" || got[0]["url"] != guide.BiometriaURL {
		t.Errorf("urls: first %v, second %v", got[0]["url"], got[1]["url"])
	}
	if got[0]["title"] != en(s.Steps[0].Title()) {
		t.Errorf("title %v is not in English", got[0]["title"])
	}
}

// The page of "Klicka på ”Skapa ett!”" is in the JSON, in the page's own
// words; the first step, whose page the instruction does not show, has none.
func TestJSONHasThePages(t *testing.T) {
	s := sheet(t, guide.PathGoogle, i18n.English)
	got := jsonSteps(t, s)
	pages, _ := got[3]["pages"].([]any)
	if len(pages) != 1 || s.Steps[3].ID != "create-one" {
		t.Fatalf("step 4 (%s) has pages %v", s.Steps[3].ID, got[3]["pages"])
	}
	page := pages[0].(map[string]any)
	if page["heading"] != "Logga in" || fmt.Sprint(page["marked"]) != "[Skapa ett!]" {
		t.Errorf("page %v, want heading \"Logga in\" and [Skapa ett!] marked", page)
	}
	if _, ok := got[0]["pages"]; ok {
		t.Error("the first step, whose page the instruction does not show, has pages")
	}
}

func TestTextListsEveryStepInOrder(t *testing.T) {
	var b bytes.Buffer
	s := sheet(t, guide.PathMicrosoftActivation, i18n.Swedish)
	if err := Write(&b, Text, s); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	last := -1
	for i, st := range s.Steps {
		at := strings.Index(out, sv(st.Title()))
		if at <= last {
			t.Fatalf("step %d %q missing or out of order", i+1, sv(st.Title()))
		}
		last = at
	}
	if !strings.Contains(out, "https://aktiveramfa.biometria.se/") {
		t.Error("text lacks the MFA address")
	}
}

func TestHTMLIsSelfContainedAndEscaped(t *testing.T) {
	var b bytes.Buffer
	s := sheet(t, guide.PathEmail, i18n.Swedish)
	s.Name = "<Anna>"
	if err := Write(&b, HTML, s); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.HasPrefix(out, "<!DOCTYPE html>") || !strings.Contains(out, "<style>") {
		t.Error("not a self-contained HTML page")
	}
	for _, bad := range []string{"<script", "<link", "src=", "<Anna>"} {
		if strings.Contains(out, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
	if !strings.Contains(out, "&lt;Anna&gt;") {
		t.Error("name not shown escaped")
	}
	if got := strings.Count(out, `<span class="box">`); got != len(s.Steps) {
		t.Errorf("%d steps on the page, want %d", got, len(s.Steps))
	}
}

// Every printout says what the instruction asks before one starts, with
// the guide's advice named as such, and speaks of no button or box.
func TestPrintoutsHavePreconditionsAndPaperWords(t *testing.T) {
	for _, l := range i18n.Langs {
		for _, f := range []Format{Text, HTML} {
			var b bytes.Buffer
			if err := Write(&b, f, sheet(t, guide.PathMicrosoftActivation, l)); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			for _, p := range guide.Preconditions {
				if !strings.Contains(out, say(l, p)) {
					t.Errorf("%s %s lacks %q", l, f, say(l, p))
				}
			}
			if !strings.Contains(out, say(l, i18n.Key("print.advice"))+":") && !strings.Contains(out, html.EscapeString(say(l, i18n.Key("print.advice")))+":") {
				t.Errorf("%s %s does not mark its advice", l, f)
			}
			for _, d := range []string{"nedan", "below", "kryssa i rutan", "tick the box"} {
				if strings.Contains(out, d) {
					t.Errorf("%s %s says %q on paper", l, f, d)
				}
			}
			// Swedish opens a quotation with ”, English with “.
			if l == i18n.English && f == HTML && (regexp.MustCompile(`(^|[\s(>])”`).MatchString(out) || !strings.Contains(out, "\u201cRegistrera dig med Microsoft\u201d")) {
				t.Error("the English sheet does not use English quotation marks")
			}
		}
	}
}

func TestReceiptShowsWhenEachStepWasDone(t *testing.T) {
	var b bytes.Buffer
	s := sheet(t, guide.PathGoogle, i18n.Swedish)
	when := time.Date(2026, 11, 26, 14, 5, 0, 0, time.UTC)
	s.Name, s.Done, s.Finished = "Anna", map[string]time.Time{s.Steps[0].ID: when}, when
	if err := Write(&b, HTML, s); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"Kvitto", "Anna", "2026-11-26 14:05", "behörighetsansvarig", "Registrera dig med Google"} {
		if !strings.Contains(out, want) {
			t.Errorf("receipt lacks %q", want)
		}
	}
	if strings.Count(out, "✓") != 1 {
		t.Errorf("%d ticks, want 1", strings.Count(out, "✓"))
	}
}

func TestWholeGuideHasEveryPathAndTheChoice(t *testing.T) {
	var b bytes.Buffer
	if err := WriteGuide(&b, Guide{Lang: i18n.Swedish}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, p := range guide.Paths {
		if !strings.Contains(out, sv(p.Name())) {
			t.Errorf("guide lacks path %s", sv(p.Name()))
		}
	}
	for _, c := range guide.Cases {
		if !strings.Contains(out, html.EscapeString(sv(c.Name()))) {
			t.Errorf("guide lacks the case %s", sv(c.Name()))
		}
	}
	if strings.Count(out, "https://aktiveramfa.biometria.se/") < len(guide.Paths) {
		t.Error("not every path ends at the MFA page")
	}
	// Without an address, the way begins at Outlook.com, as the
	// instruction's section 1 recommends.
	if !strings.Contains(out, sv(i18n.Key("step.create-address.title"))) || !strings.Contains(out, "https://outlook.com/") {
		t.Error("the whole guide never says how to get an address at Outlook.com")
	}
	if n := strings.Count(out, `<h2 class="path" id="way-`); n != len(guide.Paths)+1 {
		t.Errorf("%d ways on the page, want each path and the one that starts at Outlook.com", n)
	}
}

// The page for when no window opens is the office's: its name, its
// support, the service its people pick, and its addresses, as its kit says.
func TestWholeGuideFollowsTheKit(t *testing.T) {
	k := kit.Kit{Office: "Skogskontoret", Service: guide.ServiceTest,
		Support:   kit.Support{Name: "IT-supporten", Phone: "000-111 22 33"},
		Addresses: map[string]string{"open-biometria": "https://www.biometria.se/mina-sidor/"}}
	for _, l := range i18n.Langs {
		var b bytes.Buffer
		g := Guide{Lang: l, Office: k.Office, Support: k.Support.Details(), Service: k.Service, Steps: k.Checklist}
		if err := WriteGuide(&b, g); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, want := range []string{"Skogskontoret", html.EscapeString(say(l, i18n.Key("support.line", "IT-supporten, 000-111 22 33"))),
			"VIOL 3 Kundtestmiljö", "https://www.biometria.se/mina-sidor/", "IT-supporten (000-111 22 33)"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: the page lacks %q", l, want)
			}
		}
		if strings.Contains(out, "VIOL 3 Produktionsmiljö”</h2>") {
			t.Errorf("%s: a way picks VIOL 3 Produktionsmiljö, not the kit's service", l)
		}
	}
}

// The intro states no rule: which way the integration specifications take
// with a Google account is the guide's choice, said as advice beside the
// instruction's own words.
func TestWholeGuideSaysTheGuidesChoiceAsAdvice(t *testing.T) {
	for _, l := range i18n.Langs {
		var b bytes.Buffer
		if err := WriteGuide(&b, Guide{Lang: l}); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		intro := say(l, i18n.Key("print.intro"))
		for _, w := range []string{"Google", "integration", "Microsoftaktivering", "Microsoft activation"} {
			if strings.Contains(intro, w) {
				t.Errorf("%s: the intro states a rule on %q: %q", l, w, intro)
			}
		}
		c, _ := guide.Choose(guide.GoogleAccount, []guide.Need{guide.NeedIntegration})
		advice := "<strong>" + html.EscapeString(say(l, i18n.Key("print.advice"))) + ":</strong> " + html.EscapeString(say(l, c.Advice))
		if !strings.Contains(out, advice) || !strings.Contains(out, html.EscapeString(say(l, c.Reason))) {
			t.Errorf("%s: the guide's choice for the integration specifications is not said as advice beside the instruction's words", l)
		}
	}
}

// Paper shows the guide's own advice under its label, and Biometria's
// facts without it, because each text's mark says which it is: every text
// of every step and help, on each path, on the checklist page, in plain
// text and on the whole guide's page, in every language.
func TestAdviceIsPrintedUnderItsLabel(t *testing.T) {
	for _, l := range i18n.Langs {
		label := say(l, i18n.Key("print.advice"))
		var whole bytes.Buffer
		if err := WriteGuide(&whole, Guide{Lang: l}); err != nil {
			t.Fatal(err)
		}
		for _, p := range guide.PathIDs() {
			s := sheet(t, p, l)
			for _, f := range []Format{Text, HTML} {
				var b bytes.Buffer
				if err := Write(&b, f, s); err != nil {
					t.Fatal(err)
				}
				pages := map[string]string{string(f): b.String()}
				if f == HTML {
					pages["guide"] = whole.String()
				}
				for name, out := range pages {
					for _, tx := range printedTexts(s.Steps) {
						checkLabel(t, fmt.Sprintf("%s %s %s", l, p, name), out, label, say(l, tx), guide.IsAdvice(tx), f == HTML)
					}
				}
			}
		}
	}
}

// printedTexts are every text of the steps that paper shows as said.
func printedTexts(steps []guide.Step) []i18n.Text {
	var out []i18n.Text
	for _, st := range steps {
		out = append(out, st.Texts()...)
		for _, h := range st.Help {
			out = append(out, h.Texts()...)
		}
	}
	return out
}

// checkLabel fails unless text is in out, under label exactly when it is advice.
func checkLabel(t *testing.T, where, out, label, text string, advice, isHTML bool) {
	t.Helper()
	first, _, _ := strings.Cut(text, "\n\n")
	labelled := label + ": " + first
	if isHTML {
		first = html.EscapeString(first)
		labelled = "<strong>" + html.EscapeString(label) + ":</strong> " + first
	}
	switch {
	case !strings.Contains(out, first):
		t.Errorf("%s lacks %q", where, first)
	case advice && !strings.Contains(out, labelled):
		t.Errorf("%s shows the guide's advice %q without its label", where, first)
	case !advice && strings.Contains(out, labelled):
		t.Errorf("%s shows %q, which is no advice, under the advice label", where, first)
	}
}

// Every marked element of a page is named in the JSON: by its words, or,
// without words of its own (the number to match, a field for the person's
// own value), by what it is.
func TestJSONNamesEveryMarkedElement(t *testing.T) {
	for _, l := range i18n.Langs {
		for _, p := range guide.PathIDs() {
			for i, st := range jsonSteps(t, sheet(t, p, l)) {
				pages, _ := st["pages"].([]any)
				for _, pg := range pages {
					for _, m := range pg.(map[string]any)["marked"].([]any) {
						if m == "" {
							t.Errorf("%s %s step %d: a marked element has no name: %v", l, p, i+1, pg)
						}
					}
				}
			}
		}
	}
	steps := jsonSteps(t, sheet(t, guide.PathMicrosoft, i18n.English))
	if got := fmt.Sprint(steps[6]["pages"]); !strings.Contains(got, "[the number]") {
		t.Errorf("the Authenticator page's marks are %s, want the number named", got)
	}
}
