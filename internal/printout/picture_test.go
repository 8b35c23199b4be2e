package printout

import (
	"bytes"
	"encoding/xml"
	"html"
	"io"
	"regexp"
	"slices"
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
	if err := WriteGuide(&b, Guide{Lang: i18n.Swedish}); err != nil {
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

// Words that look like markup are drawn as words: the encoder escapes
// every text and attribute, so the drawing stays one well-formed image
// and reads back to the words it was given.
func TestDrawingEscapesWhatItDraws(t *testing.T) {
	odd := []string{`<script>alert("1")</script>`, `Tom & "Jerry"`, `it's <b>`, "a]]>b", `x="y"`, `</svg><p>`}
	page := guide.Page{Elements: []guide.Element{
		{Kind: guide.KindHeading, Text: odd[0]},
		{Kind: guide.KindField, Text: odd[1], Value: odd[2]},
		{Kind: guide.KindSelect, Text: "Född", Parts: []string{odd[3], odd[4]}},
		{Kind: guide.KindButton, Text: odd[5], Mark: 1},
	}}
	for _, l := range i18n.Langs {
		svg := string(pictureSVG(page, Sheet{Lang: l}.words()))
		if strings.Contains(svg, "<script") || strings.Contains(svg, "<b>") || strings.Count(svg, "</svg>") != 1 {
			t.Errorf("%s: markup in the words came through:\n%s", l, svg)
		}
		texts, label := readSVG(t, svg)
		for _, s := range odd {
			if !slices.Contains(texts, s) {
				t.Errorf("%s: %q is not drawn as it is; the texts are %q", l, s, texts)
			}
		}
		if !strings.Contains(label, odd[0]) || !strings.Contains(label, odd[5]) {
			t.Errorf("%s: the text alternative %q lacks the heading or the marked button", l, label)
		}
	}
}

// readSVG reads a drawing back as an XML reader would: its texts, decoded,
// and its text alternative.
func readSVG(t *testing.T, svg string) (texts []string, label string) {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(svg))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return texts, label
		}
		if err != nil {
			t.Fatalf("not well-formed: %v\n%s", err, svg)
		}
		switch tok := tok.(type) {
		case xml.CharData:
			texts = append(texts, string(tok))
		case xml.StartElement:
			for _, a := range tok.Attr {
				if a.Name.Local == "aria-label" {
					label = a.Value
				}
			}
		}
	}
}
