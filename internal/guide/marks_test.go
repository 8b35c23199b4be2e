package guide

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/biometria/kontoguiden/internal/i18n"
)

// catalogueKeys are the keys of every file of the shipped catalogue, the
// app's words and the guide's.
func catalogueKeys() []string {
	var keys []string
	i18n.Builtin().Each(func(l i18n.Lang, key, _ string) {
		if l == i18n.Langs[0] && !slices.Contains(keys, key) {
			keys = append(keys, key)
		}
	})
	slices.Sort(keys)
	return keys
}

// Every text of both catalogues is marked as interface, fact or advice,
// and every fact has a source that the guide knows; no mark is left for
// a text that is gone.
func TestEveryTextIsMarked(t *testing.T) {
	keys := catalogueKeys()
	if len(keys) < 300 {
		t.Fatalf("only %d keys in the catalogue: the walk misses a file", len(keys))
	}
	for _, p := range MarkProblems(keys, marks) {
		t.Error(p)
	}
}

// The check itself finds each kind of fault: a test that could not fail
// would hold nothing.
func TestMarkProblemsFindsEachFault(t *testing.T) {
	table := map[string]Mark{
		"x.fact":      fact(at("7", 3)),
		"x.unsourced": {Voice: Fact},
		"x.zero":      {},
		"x.advice":    {Voice: Advice, Sources: []Source{sec("1")}},
		"x.section":   fact(sec("9")),
		"x.step":      fact(at("5", 10)),
		"x.item":      fact(item("nothing")),
		"x.gone":      ui,
	}
	keys := []string{"x.fact", "x.unmarked", "x.unsourced", "x.zero", "x.advice", "x.section", "x.step", "x.item"}
	got := strings.Join(MarkProblems(keys, table), "\n")
	for _, want := range []string{
		`"x.unmarked" is not marked`, `"x.unsourced" is a fact without a source`, `"x.zero" is not marked`,
		`"x.advice" is advice but has sources`, "no section of the instruction", "section 5 of the instruction has no step 10",
		"no item of facts.md", `"x.gone" is marked but is no text`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the check does not report %s; it says:\n%s", want, got)
		}
	}
	if strings.Contains(got, `"x.fact"`) {
		t.Errorf("a sourced fact is reported:\n%s", got)
	}
	if n := len(MarkProblems([]string{"x.fact"}, table)); n != 7 {
		t.Errorf("%d problems for a table of 8 marks of which 7 are no text, want 7", n)
	}
}

// The sections and steps that facts cite are the instruction's own, and
// the items are in facts.md, where copies of them are beside the
// repository (as in the team's and CI's work folders).
func TestSourcesAreInTheDocuments(t *testing.T) {
	instruction := instructionText(t)
	for n, s := range Sections {
		body := sectionText(instruction, n, s.Heading)
		if body == "" {
			t.Errorf("section %s %q is not in the instruction", n, s.Heading)
			continue
		}
		for step := s.First; step > 0 && step <= s.Last; step++ {
			if !regexp.MustCompile(`(^|\s)` + strconv.Itoa(step) + `\. `).MatchString(body) {
				t.Errorf("section %s has no step %d", n, step)
			}
		}
	}
	facts := factsText(t)
	for id, words := range FactItems {
		if !strings.Contains(facts, strings.Join(strings.Fields(words), " ")) {
			t.Errorf("item %s of facts.md says no longer %q", id, words)
		}
	}
}

// sectionText is a section of the instruction from its heading (after the
// table of contents) to the next section's heading.
func sectionText(instruction, number, heading string) string {
	start := strings.LastIndex(instruction, " "+number+" "+heading)
	if start < 0 {
		return ""
	}
	body := instruction[start+len(number)+len(heading)+2:]
	end := len(body)
	for n, s := range Sections {
		if n == number {
			continue
		}
		if i := strings.Index(body, " "+n+" "+s.Heading); i >= 0 && i < end {
			end = i
		}
	}
	return body[:end]
}

// factsText is facts.md with its white space made single, where a copy is
// beside the repository; skipped without, and failed under CI, as the
// instruction is (instructionText).
func factsText(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "facts.md"))
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("CI is set, but facts.md is not beside the repository (../shared): ", err)
		}
		t.Skip("facts.md is not beside the repository")
	}
	return strings.Join(strings.Fields(string(data)), " ")
}
