package graph

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFoldName(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"George W. Bush", "george w bush"},
		{"george w bush", "george w bush"},
		{"  GEORGE   W BUSH\n", "george w bush"},
		{"George W. Bush'", "george w bush"},
		{"Zelens\u2019kyy", "zelenskyy"},
		{"  Zelens'kyi  ", "zelenskyi"},
		{"Zelensky’s", "zelenskys"},
		{"al-Qaeda", "al qaeda"},
		{"Al Qaeda", "al qaeda"},
		{"U.S.", "us"},
		{"Ministério de Petróleo", "ministerio de petroleo"},
		{"São Paulo", "sao paulo"},
		{"Ōtsuka–Kyōto", "otsuka kyoto"},
		{"ATACMS (missiles)", "atacms missiles"},
		{"基辅, שלום", "基辅 שלום"},
		{"Odd \"name\"\nwith <tags> & \\ \u57fa\u8f85", "odd name with tags \u57fa\u8f85"},
		{"$67 billion", "67 billion"},
		{"bad \xff utf-8", "bad utf 8"},
		{"$ & --", ""},
		{"", ""},
	}
	for _, tc := range tests {
		if got := FoldName(tc.in); got != tc.want {
			t.Errorf("FoldName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzFoldName checks what name filters and search rely on: a folded name
// is valid UTF-8 that lower-casing leaves alone (a few letters, such as
// U+03D2, are upper-case without a lower case), without periods or
// apostrophes, its words are separated by single spaces, and folding it
// again changes nothing.
func FuzzFoldName(f *testing.F) {
	for _, s := range []string{"George W. Bush", "  GEORGE   W BUSH\n", "Zelens\u2019kyy", "al-Qaeda", "U.S.",
		"Ministério", "\u1e9e\u0130", "a\u0307", "bad \xff utf-8", "$ & --", "", "\xff\xfe", "a  b", "İstanbul"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := FoldName(s)
		switch {
		case !utf8.ValidString(got):
			t.Errorf("FoldName(%q) = %q: invalid UTF-8", s, got)
		case strings.HasPrefix(got, " ") || strings.HasSuffix(got, " ") || strings.Contains(got, "  "):
			t.Errorf("FoldName(%q) = %q: stray spaces", s, got)
		case strings.ContainsAny(got, ".'\u2019"):
			t.Errorf("FoldName(%q) = %q: a period or apostrophe", s, got)
		case strings.ToLower(got) != got:
			t.Errorf("FoldName(%q) = %q: an upper-case letter", s, got)
		case FoldName(got) != got:
			t.Errorf("FoldName(%q) = %q, which folds to %q", s, got, FoldName(got))
		}
	})
}
