package chars

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-text/typesetting/segmenter"
)

const (
	aRing  = "a\u030a"                                           // å typed in two parts
	family = "\U0001F469\u200D\U0001F469\u200D\U0001F467"        // one emoji of five runes
	flag   = "\U0001F1F8\U0001F1EA"                              // SE: two regional letters
	zalgo  = "e\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308" // one letter, eight accents
)

func TestLen(t *testing.T) {
	for _, c := range []struct {
		name, s string
		want    int
	}{
		{"empty", "", 0},
		{"ascii", "Anna", 4},
		{"swedish_letters_precomposed", "Åsa Öberg", 9},
		{"a_with_combining_ring_is_one", "M" + aRing + "ns", 4},
		{"emoji_family_is_one", family + "!", 2},
		{"flag_is_one", flag + flag, 2},
		{"crlf_is_one", "a\r\nb", 3},
		{"invalid_byte_is_one", "a\xffb", 3},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Len(c.s); got != c.want {
				t.Errorf("Len(%q) = %d, want %d", c.s, got, c.want)
			}
		})
	}
}

func TestCut(t *testing.T) {
	for _, c := range []struct {
		name, s string
		max     int
		want    string
	}{
		{"short_enough_is_kept", "Anna", 4, "Anna"},
		{"cut_by_characters_not_bytes", "Åsa Öberg", 3, "Åsa"},
		{"never_splits_a_letter_from_its_ring", "M" + aRing + "ns", 2, "M" + aRing},
		{"the_ring_goes_with_its_letter", "M" + aRing + "ns", 1, "M"},
		{"many_accents_stay_on_their_letter", zalgo + zalgo, 1, zalgo},
		{"emoji_family_whole_or_not_at_all", "x" + family, 1, "x"},
		{"flag_whole", flag + flag, 1, flag},
		{"zero", "Anna", 0, ""},
		{"negative", "Anna", -1, ""},
		{"invalid_bytes_become_replacement", "ab\xff\xfe", 3, "ab\uFFFD"},
		{"invalid_but_short_is_made_valid", "a\xff", 5, "a\uFFFD"},
		{"cut_mid_multibyte_input", "abc\xe2\x80", 10, "abc\uFFFD\uFFFD"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Cut(c.s, c.max); got != c.want {
				t.Errorf("Cut(%q, %d) = %q, want %q", c.s, c.max, got, c.want)
			}
		})
	}
}

func TestShorten(t *testing.T) {
	for _, c := range []struct {
		name, s string
		max     int
		want    string
	}{
		{"fits_without_ellipsis", "Anna", 4, "Anna"},
		{"one_over_ends_in_ellipsis", "Annika", 5, "Anni…"},
		{"button_name", "Maximiliana-Charlotta", 18, "Maximiliana-Charl…"},
		{"ring_stays_with_its_letter", "M" + aRing + aRing + aRing + "ns", 3, "M" + aRing + "…"},
		{"room_for_the_ellipsis_only", "Anna", 1, "…"},
		{"no_room", "Anna", 0, ""},
		{"empty", "", 3, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Shorten(c.s, c.max); got != c.want {
				t.Errorf("Shorten(%q, %d) = %q, want %q", c.s, c.max, got, c.want)
			}
		})
	}
}

func TestWrap(t *testing.T) {
	for _, c := range []struct {
		name, s string
		width   int
		want    []string
	}{
		{"fits_as_it_is", "Tryck  på  Nästa", 20, []string{"Tryck  på  Nästa"}},
		{"breaks_at_spaces", "Webbplatsen stötte på ett oväntat fel", 15, []string{"Webbplatsen", "stötte på ett", "oväntat fel"}},
		{"exactly_width", "aaa bbb", 7, []string{"aaa bbb"}},
		{"long_word_stands_alone_whole", "a verylongword b", 5, []string{"a", "verylongword", "b"}},
		{"keeps_line_breaks", "Hej!\n\nDet gick inte att öppna", 10, []string{"Hej!", "", "Det gick", "inte att", "öppna"}},
		{"counts_a_ring_as_one", "M" + aRing + "ns M" + aRing + "ns", 9, []string{"M" + aRing + "ns M" + aRing + "ns"}},
		{"never_at_a_no_break_space", "Gå till steg\u00a012 nu", 14, []string{"Gå till", "steg\u00a012 nu"}},
		{"empty", "", 5, []string{""}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Wrap(c.s, c.width); !slices.Equal(got, c.want) {
				t.Errorf("Wrap(%q, %d) = %q, want %q", c.s, c.width, got, c.want)
			}
		})
	}
}

// A line far longer than the first prefix read is cut where reading it
// whole would cut it, also where a character straddles a prefix's end.
func TestCutALongLineAsIfReadWhole(t *testing.T) {
	for _, piece := range []string{"x", aRing, zalgo, family, flag, "ab" + zalgo + family} {
		for pad := range 5 {
			s := strings.Repeat("y", pad) + strings.Repeat(piece, 300)
			for _, max := range []int{1, 15, 63, 64, 65, 100, 257, 1000} {
				if got, want := Cut(s, max), cutWhole(s, max); got != want {
					t.Fatalf("piece %q, pad %d, max %d: Cut gave %d bytes, whole reading %d", piece, pad, max, len(got), len(want))
				}
			}
			if got, want := Len(s), lenWhole(s); got != want {
				t.Fatalf("piece %q, pad %d: Len %d, whole reading %d", piece, pad, got, want)
			}
		}
	}
}

// graphemesWhole are where s's characters start, read in one go.
func graphemesWhole(s string) []int {
	runes := []rune(s)
	var offsets []int
	for i := range s {
		offsets = append(offsets, i)
	}
	var seg segmenter.Segmenter
	seg.Init(runes)
	var starts []int
	for it := seg.GraphemeIterator(); it.Next(); {
		starts = append(starts, offsets[it.Grapheme().Offset])
	}
	return starts
}

func cutWhole(s string, max int) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if max < 1 {
		return ""
	}
	if starts := graphemesWhole(s); max < len(starts) {
		return s[:starts[max]]
	}
	return s
}

func lenWhole(s string) int { return len(graphemesWhole(s)) }

func FuzzCutAndWrap(f *testing.F) {
	f.Add("Anna", 3)
	f.Add("M"+aRing+"ns", 1)
	f.Add(strings.Repeat(family, 30)+zalgo, 20)
	f.Add("ab\xff\xfe cd\n\nef", 2)
	f.Add("A", -49)
	f.Fuzz(func(t *testing.T, s string, n int) {
		n %= 200
		checkCut(t, s, n)
		checkWrap(t, s, n%40+1)
	})
}

// checkCut holds Cut and Shorten to what they promise, for any s and n.
func checkCut(t *testing.T, s string, n int) {
	room := max(n, 0) // a negative n leaves no room
	cut := Cut(s, n)
	if !utf8.ValidString(cut) || Len(cut) > room || !strings.HasPrefix(valid(s), cut) {
		t.Fatalf("Cut(%q, %d) = %q", s, n, cut)
	}
	if utf8.ValidString(s) && cut != cutWhole(s, n) {
		t.Fatalf("Cut(%q, %d) = %q; read whole: %q", s, n, cut, cutWhole(s, n))
	}
	short := Shorten(s, n)
	if !utf8.ValidString(short) || Len(short) > room || (short != valid(s) && n > 0 && !strings.HasSuffix(short, Ellipsis)) {
		t.Fatalf("Shorten(%q, %d) = %q", s, n, short)
	}
}

// checkWrap holds Wrap to what it promises: valid lines, none too long
// but a lone word, and the words of s in their order.
func checkWrap(t *testing.T, s string, width int) {
	lines := Wrap(s, width)
	var got []string
	for _, l := range lines {
		if !utf8.ValidString(l) || (Len(l) > width && len(strings.FieldsFunc(l, isSpace)) > 1) {
			t.Fatalf("Wrap(%q, %d) has the line %q", s, width, l)
		}
		got = append(got, strings.FieldsFunc(l, isSpace)...)
	}
	if want := strings.FieldsFunc(valid(s), isSpace); !slices.Equal(got, want) {
		t.Fatalf("Wrap(%q, %d) changed the words: %q", s, width, lines)
	}
}

func TestUnseen(t *testing.T) {
	for r, want := range map[rune]bool{
		'a': false, 'Å': false, ' ': false, '\u00a0': false, '\u0301': false, '€': false,
		'\n': true, '\x1b': true, '\u202e': true, '\u200b': true, '\u2028': true, '\u3164': true,
		'\ue000': true, '\U000e01f0': true, '\ufffd': true,
	} {
		if got := Unseen(r); got != want {
			t.Errorf("Unseen(%U) = %v, want %v", r, got, want)
		}
	}
}
