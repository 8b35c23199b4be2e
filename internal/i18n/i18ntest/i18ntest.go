// Package i18ntest makes a package's tests fail for any text they ask
// for that the shipped catalogue does not have: keys built in loops, in
// templates and in data alike, in every language the tests use.
package i18ntest

import (
	"fmt"
	"os"
	"slices"
	"sync"
	"testing"

	"github.com/biometria/kontoguiden/internal/i18n"
)

// Main runs the tests with the shipped catalogue reporting what is
// missing, and fails them if anything was: call it from TestMain.
func Main(m *testing.M) int {
	var (
		mu      sync.Mutex
		missing []string
	)
	i18n.Builtin().OnMissing(func(what string) {
		mu.Lock()
		defer mu.Unlock()
		if !slices.Contains(missing, what) {
			missing = append(missing, what)
		}
	})
	code := m.Run()
	i18n.Builtin().OnMissing(nil)
	if len(missing) > 0 {
		fmt.Fprintln(os.Stderr, "FAIL: texts asked for that no translation file has:")
		for _, w := range missing {
			fmt.Fprintln(os.Stderr, "  "+w)
		}
		return 1
	}
	return code
}

// Say is a text in language l, as the app ships it.
func Say(l i18n.Lang, t i18n.Text) string { return i18n.Builtin().Say(l, t) }

// SV is a text in Swedish, EN in English, as the app ships them: the
// tests' own words for what a person reads.
func SV(t i18n.Text) string { return Say(i18n.Swedish, t) }

// EN is a text in English; see SV.
func EN(t i18n.Text) string { return Say(i18n.English, t) }
