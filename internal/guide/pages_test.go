package guide

import (
	"slices"
	"strings"
	"testing"
)

// pictured are the steps whose page the instruction shows, on every path
// that has them; every other step has no picture.
var pictured = []string{
	"pick-service", "create-one", "path-button",
	"work-address", "work-password", "accept-sdc",
	"microsoft-address", "microsoft-signin", "stay-signed-in",
	"activation-create", "activation-address", "activation-password", "activation-name",
	"activation-birth", "activation-code", "activation-robots",
	"your-name", "accept-biometria", "server-error", "see-account",
}

func TestPicturesOnlyWhereTheInstructionShowsThePage(t *testing.T) {
	for _, p := range PathIDs() {
		steps, _ := Checklist(p, Options{CreateAddress: true})
		for _, s := range steps {
			want := slices.Contains(pictured, s.ID)
			if got := len(s.Pages) > 0; got != want {
				t.Errorf("%s/%s: has a picture %v, want %v", p, s.ID, got, want)
			}
		}
	}
	// Named so that a step without a page stays without one by decision.
	for _, id := range []string{"create-address", "open-biometria", "mina-sidor", "activation-puzzle", "google-signin", "mfa-employer", "mfa-app", "mfa-devices", "mfa-open", "mfa-scan", "activate-mfa"} {
		if slices.Contains(pictured, id) {
			t.Errorf("%s is pictured, but the instruction shows no page for it", id)
		}
	}
}

// A picture and the step's words never disagree: each marked element that
// has words is quoted in the step's Swedish text, and the marks count 1, 2,
// 3 with an English gloss for each.
func TestMarkedElementsAreQuotedInTheStep(t *testing.T) {
	for _, p := range PathIDs() {
		for _, o := range []Options{{}, {Service: ServiceIntegration}, {Service: ServiceTest}} {
			steps, _ := Checklist(p, o)
			for _, s := range steps {
				labelled := 0
				for _, pg := range s.Pages {
					labelled += checkMarks(t, string(p)+"/"+s.ID, s, pg)
				}
				if len(s.Pages) > 0 && labelled == 0 {
					t.Errorf("%s/%s: no marked element the step names", p, s.ID)
				}
			}
		}
	}
}

// checkMarks checks one page's marks against its step, and counts those
// that have words.
func checkMarks(t *testing.T, where string, s Step, pg Page) (labelled int) {
	t.Helper()
	marked := pg.Marked()
	n := 0
	for _, e := range pg.Elements {
		if e.Mark > 0 {
			n++
		}
	}
	if len(marked) == 0 || len(marked) > 3 || n != len(marked) {
		t.Errorf("%s: %d marks on %q, numbered 1 to %d; want 1 to 3, each number once", where, n, pg.Heading(), len(marked))
	}
	if pg.Heading() == "" {
		t.Errorf("%s: a page without a heading", where)
	}
	for _, e := range marked {
		if e.Gloss.IsZero() {
			t.Errorf("%s: mark %d has no gloss", where, e.Mark)
		}
		l := strings.TrimSuffix(e.Label(), ".")
		if l == "" {
			continue // a made-up value: the person's own address, a password
		}
		labelled++
		if !strings.Contains(sv(s.Body()), "”"+l+"”") {
			t.Errorf("%s: marked ”%s” is not quoted in the step: %q", where, l, sv(s.Body()))
		}
	}
	return labelled
}

// The marks follow the person's own choices: their service on Mina sidor,
// their path's button on "Skapa konto".
func TestMarksFollowThePersonsChoices(t *testing.T) {
	cases := []struct {
		path    PathID
		service Service
		step    string
		want    string
	}{
		{PathEmail, ServiceProduction, "pick-service", "VIOL 3 Produktionsmiljö"},
		{PathGoogle, ServiceTest, "pick-service", "VIOL 3 Kundtestmiljö"},
		{PathMicrosoft, ServiceIntegration, "pick-service", "Integrationsspecifikationer"},
		{PathEmail, "", "path-button", "Registrera dig med e-post"},
		{PathMicrosoftActivation, "", "path-button", "Registrera dig med Microsoft"},
		{PathGoogle, "", "path-button", "Registrera dig med Google"},
	}
	for _, c := range cases {
		steps, _ := Checklist(c.path, Options{Service: c.service})
		i := slices.IndexFunc(steps, func(s Step) bool { return s.ID == c.step })
		marked := steps[i].Pages[0].Marked()
		if len(marked) != 1 || marked[0].Label() != c.want {
			t.Errorf("%s %s: marked %+v, want only %q", c.path, c.step, marked, c.want)
		}
	}
}

func TestGlossNamesEachMarkInEnglish(t *testing.T) {
	cases := map[string]string{
		"create-one":   "1 \u201cSkapa ett!\u201d = create one",
		"your-name":    "1 \u201cFörnamn\u201d = first name; 2 \u201cEfternamn\u201d = last name; 3 \u201cFortsätt\u201d = continue",
		"server-error": "1 \u201cKlicka här för att ladda om sidan\u201d = click here to reload the page",
		"work-address": "1 = your work address; 2 \u201cNästa\u201d = next",
	}
	steps, _ := Checklist(PathEmail, Options{})
	for _, s := range steps {
		if want, ok := cases[s.ID]; ok {
			if got := en(s.Pages[0].Gloss()); got != want {
				t.Errorf("%s: gloss %q, want %q", s.ID, got, want)
			}
			delete(cases, s.ID)
		}
	}
	if len(cases) > 0 {
		t.Errorf("steps not found: %v", cases)
	}
}

// pageWords is every word a page drawing shows.
func pageWords(p Page) string {
	words := []string{p.Brand.Wordmark()}
	for _, e := range p.Elements {
		words = append(words, e.Text, e.Hint, e.Value)
		words = append(words, e.Parts...)
	}
	return strings.Join(words, "\n")
}

// Every word of every drawing stands in the instruction, apart from the
// made-up address and password that replace a real person's.
func TestPageWordsAreTheInstructions(t *testing.T) {
	instruction := instructionText(t)
	seen := 0
	for _, p := range PathIDs() {
		steps, _ := Checklist(p, Options{})
		for _, s := range steps {
			for _, pg := range s.Pages {
				for _, line := range strings.Split(pageWords(pg), "\n") {
					for _, part := range strings.Split(line, sampleAddress) {
						part = strings.TrimSpace(part)
						if part == "" || part == "." || part == samplePassword {
							continue
						}
						seen++
						if !strings.Contains(instruction, part) {
							t.Errorf("%s/%s: %q is not in the instruction", p, s.ID, part)
						}
					}
				}
			}
		}
	}
	if seen < 100 {
		t.Errorf("only %d words checked", seen)
	}
}

// Elements on one line cannot wrap: a line of several stays short enough
// to fit a picture beside the step's text.
func TestLinesOfElementsAreShort(t *testing.T) {
	for _, p := range PathIDs() {
		steps, _ := Checklist(p, Options{})
		for _, s := range steps {
			for _, pg := range s.Pages {
				n := 0
				for _, line := range pg.Lines() {
					n += len(line)
					if len(line) < 2 {
						continue
					}
					var words []string
					for _, e := range line {
						words = append(words, e.Label()+e.Value)
					}
					if w := strings.Join(words, "  "); len([]rune(w)) > 40 {
						t.Errorf("%s/%s: a line of %d characters: %q", p, s.ID, len([]rune(w)), w)
					}
				}
				if n != len(pg.Elements) {
					t.Errorf("%s/%s: %d elements on the lines, %d on the page", p, s.ID, n, len(pg.Elements))
				}
			}
		}
	}
}

func TestLinesJoinInlineElements(t *testing.T) {
	lines := pageSignIn.Lines()
	var got []string
	for _, l := range lines {
		var w []string
		for _, e := range l {
			w = append(w, e.Label())
		}
		got = append(got, strings.Join(w, "+"))
	}
	want := []string{"Logga in", "", "Inget konto?+Skapa ett!", "Kan du inte komma åt ditt konto?", "Bakåt+Nästa", "Inloggningsalternativ"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("lines %q, want %q", got, want)
	}
}
