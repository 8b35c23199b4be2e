package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// The line under the address keeps the height of its longest sample, so
// that the cards below never move when what it says changes.
func TestStatusLineKeepsRoomForTheLongest(t *testing.T) {
	test.NewTempApp(t)
	long := "Kontoguidens förslag: Adresser som slutar på @exempel-skogsbolaget.se är personliga Google-konton. Du har själv valt något annat, och ditt val gäller."
	l := newStatusLine()
	l.reserve([]string{"kort", long})
	l.Resize(fyne.NewSize(300, 10))
	probe := widget.NewLabel(long)
	probe.Wrapping = fyne.TextWrapWord
	probe.Resize(fyne.NewSize(300, 10))
	want := probe.MinSize().Height
	if one := widget.NewLabel("kort").MinSize().Height; want < 2*one {
		t.Fatalf("the sample is %v high, one line %v: the test measures nothing", want, one)
	}
	for _, text := range []string{"", "kort", long} {
		l.say(widget.MediumImportance, text)
		if got := l.MinSize().Height; got != want {
			t.Errorf("saying %q: %v high, want %v", text, got, want)
		}
	}
}
