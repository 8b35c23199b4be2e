package printout

import (
	"bytes"
	"encoding/xml"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
)

var (
	svgOpen  = regexp.MustCompile(`<svg [^>]*>`)
	svgWhole = regexp.MustCompile(`(?s)<svg .*?</svg>`)
	hexInk   = regexp.MustCompile(`#[0-9a-fA-F]{6}\b`)
	altLabel = regexp.MustCompile(`aria-label="[^"]{20,}"`)
)

// The printed checklist draws every page the step has, as an image with
// its words for those who cannot see it, in both languages.
func TestPrintoutDrawsEachStepsPages(t *testing.T) {
	for _, p := range guide.PathIDs() {
		for _, l := range i18n.Langs {
			var b bytes.Buffer
			s := sheet(t, p, l)
			if err := Write(&b, HTML, s); err != nil {
				t.Fatal(err)
			}
			checkDrawings(t, string(p)+"/"+string(l), b.String(), s.Steps)
			if l == i18n.English && !strings.Contains(b.String(), "\u201cSkapa ett!\u201d = create one") {
				t.Errorf("%s: the English sheet does not gloss the marked Swedish words", p)
			}
		}
	}
}

// checkDrawings checks a printed page: one drawing per page of its steps,
// each an image with words for it, and every marked label drawn.
func checkDrawings(t *testing.T, where, out string, steps []guide.Step) {
	t.Helper()
	want := 0
	for _, st := range steps {
		want += len(st.Pages)
		for _, pg := range st.Pages {
			for _, e := range pg.Marked() {
				if lbl := e.Label(); lbl != "" && !strings.Contains(out, ">"+html.EscapeString(lbl)+"<") {
					t.Errorf("%s: the marked %q is not drawn", where, lbl)
				}
			}
		}
	}
	svgs := svgOpen.FindAllString(out, -1)
	if len(svgs) != want || want == 0 {
		t.Fatalf("%s: %d drawings, want %d", where, len(svgs), want)
	}
	for _, tag := range svgs {
		if !strings.Contains(tag, `role="img"`) || !altLabel.MatchString(tag) {
			t.Errorf("%s: a drawing without role=img and a text alternative: %s", where, tag)
		}
	}
}

// Each drawing is well-formed SVG in greys only, so that it prints the
// same in black and white; the marks are rings and numbered discs.
func TestDrawingsAreGreyAndWellFormed(t *testing.T) {
	var b bytes.Buffer
	if err := WriteGuide(&b, nil, i18n.Swedish); err != nil {
		t.Fatal(err)
	}
	svgs := svgWhole.FindAllString(b.String(), -1)
	if len(svgs) < 40 {
		t.Fatalf("the page for when the window cannot open has %d drawings", len(svgs))
	}
	for _, svg := range svgs {
		if err := xml.Unmarshal([]byte(svg), new(struct{})); err != nil {
			t.Errorf("not well-formed: %v\n%s", err, svg)
		}
		for _, ink := range hexInk.FindAllString(svg, -1) {
			if ink[1:3] != ink[3:5] || ink[3:5] != ink[5:7] {
				t.Errorf("colour %s is not a grey", ink)
			}
		}
		marks := strings.Count(svg, `class="mark"`)
		if marks == 0 || strings.Count(svg, "<circle") != marks {
			t.Errorf("%d rings and %d numbered discs", marks, strings.Count(svg, "<circle"))
		}
	}
}

func TestWrapKeepsLinesWithinRoom(t *testing.T) {
	s := "Webbplatsen stötte på ett oväntat fel och ansvariga för webbplatsen har notifierats."
	lines := wrap(s, 200, 12, true)
	if len(lines) < 2 || strings.Join(lines, " ") != s {
		t.Fatalf("wrap gave %q", lines)
	}
	for _, l := range lines {
		if textWidth(l, 12) > 200 {
			t.Errorf("line %q is wider than 200", l)
		}
	}
	if got := wrap(s, 200, 12, false); len(got) != 1 {
		t.Errorf("an element on a shared line was wrapped: %q", got)
	}
}
