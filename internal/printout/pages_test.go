package printout

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/biometria/kontoguiden/internal/guide"
	"github.com/biometria/kontoguiden/internal/i18n"
)

// Every kind of HTML page the app writes, in both languages, into
// $A11Y_PAGES: "make check-a11y" loads them in Chromium with axe-core.
func TestWritePagesForA11y(t *testing.T) {
	dir := os.Getenv("A11Y_PAGES")
	if dir == "" {
		t.Skip("A11Y_PAGES not set; make check-a11y sets it")
	}
	when := time.Date(2026, 11, 26, 9, 30, 0, 0, time.UTC)
	for _, l := range i18n.Langs {
		for _, p := range guide.Paths {
			steps, _ := guide.Checklist(p.ID, guide.Options{CreateAddress: p.ID == guide.PathMicrosoft})
			f, err := os.Create(filepath.Join(dir, "checklist-"+string(p.ID)+"-"+string(l)+".html"))
			if err != nil {
				t.Fatal(err)
			}
			if err := Write(f, HTML, Sheet{Lang: l, Path: p, Steps: steps, Office: "Exempelkontoret"}); err != nil {
				t.Fatal(err)
			}
			f.Close()
		}
		p, _ := guide.Lookup(guide.PathGoogle)
		steps, _ := guide.Checklist(p.ID, guide.Options{})
		done := map[string]time.Time{}
		for _, s := range steps {
			done[s.ID] = when
		}
		f, err := os.Create(filepath.Join(dir, "receipt-"+string(l)+".html"))
		if err != nil {
			t.Fatal(err)
		}
		if err := Write(f, HTML, Sheet{Lang: l, Path: p, Steps: steps, Name: "Anna", Done: done, Finished: when}); err != nil {
			t.Fatal(err)
		}
		f.Close()
		f, _ = os.Create(filepath.Join(dir, "guide-"+string(l)+".html"))
		if err := WriteGuide(f, Guide{Lang: l, Office: "Exempelkontoret", Support: "IT-supporten, 000-000 00 00", Service: guide.ServiceTest}); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
}
