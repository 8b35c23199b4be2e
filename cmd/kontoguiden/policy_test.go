package main

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"
)

// The Group Policy template writes what the program reads: the key, the
// value names and their kinds; every string and presentation it names is
// in both languages' .adml.
func TestPolicyTemplate(t *testing.T) {
	dir := filepath.Join("..", "..", "assets", "windows", "policy")
	admx, err := os.ReadFile(filepath.Join(dir, "kontoguiden.admx"))
	if err != nil {
		t.Fatal(err)
	}
	var defs struct {
		Policies []struct {
			Name      string `xml:"name,attr"`
			Class     string `xml:"class,attr"`
			Key       string `xml:"key,attr"`
			ValueName string `xml:"valueName,attr"`
			// Microsoft's schema: boolean, decimal, text, enum, list,
			// longDecimal, multiText; an expandable string is a text.
			Elements struct {
				Any []struct {
					XMLName    xml.Name
					ValueName  string `xml:"valueName,attr"`
					Expandable string `xml:"expandable,attr"`
				} `xml:",any"`
			} `xml:"elements"`
			Enabled  decimal `xml:"enabledValue>decimal"`
			Disabled decimal `xml:"disabledValue>decimal"`
		} `xml:"policies>policy"`
	}
	if err := xml.Unmarshal(admx, &defs); err != nil {
		t.Fatal(err)
	}
	var set []string
	for _, p := range defs.Policies {
		if p.Key != policyKey || p.Class != "Machine" {
			t.Errorf("policy %s writes %s (%s), the program reads HKLM\\%s", p.Name, p.Key, p.Class, policyKey)
		}
		for _, e := range p.Elements.Any {
			if !slices.Contains([]string{"boolean", "decimal", "text", "enum", "list", "longDecimal", "multiText"}, e.XMLName.Local) {
				t.Errorf("policy %s has a <%s>, which the Group Policy schema does not know", p.Name, e.XMLName.Local)
			}
		}
		switch els := p.Elements.Any; {
		case len(els) == 1 && els[0].XMLName.Local == "text" && els[0].Expandable == "true":
			set = append(set, els[0].ValueName)
		case p.Enabled.Value == "1" && p.Disabled.Value == "0":
			set = append(set, p.ValueName)
		default:
			t.Errorf("policy %s sets neither a path nor 0 and 1", p.Name)
		}
	}
	if slices.Sort(set); !slices.Equal(set, []string{policyKit, policyOnline}) {
		t.Errorf("the template sets %v, the program reads %s and %s", set, policyKit, policyOnline)
	}
	refs := regexp.MustCompile(`\$\((string|presentation)\.([A-Za-z_]+)\)`).FindAllStringSubmatch(string(admx), -1)
	for _, lang := range []string{"sv-SE", "en-US"} {
		checkADML(t, filepath.Join(dir, lang, "kontoguiden.adml"), refs)
	}
}

// checkADML checks that an .adml has every string and presentation that
// refs name.
func checkADML(t *testing.T, file string, refs [][]string) {
	adml, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Strings       []named `xml:"resources>stringTable>string"`
		Presentations []named `xml:"resources>presentationTable>presentation"`
	}
	if err := xml.Unmarshal(adml, &res); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	for _, r := range refs {
		have := res.Strings
		if r[1] == "presentation" {
			have = res.Presentations
		}
		if !slices.ContainsFunc(have, func(n named) bool { return n.ID == r[2] }) {
			t.Errorf("%s lacks the %s %q the template names", file, r[1], r[2])
		}
	}
}

// decimal is a policy's <decimal value="N"/>.
type decimal struct {
	Value string `xml:"value,attr"`
}

// named is an .adml entry with its id.
type named struct {
	ID string `xml:"id,attr"`
}
