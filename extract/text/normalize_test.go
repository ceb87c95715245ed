package text

import "testing"

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain ASCII unchanged", "Hello, world.\n\tNext line.", "Hello, world.\n\tNext line."},
		{"leading BOM", "\ufeffHello", "Hello"},
		{"BOM inside", "a\ufeffb", "ab"},
		{"CRLF", "a\r\nb\r\n", "a\nb\n"},
		{"lone CR", "a\rb\r\rc", "a\nb\n\nc"},
		{"CR CR LF", "a\r\r\nb", "a\n\nb"},
		{"VT FF NEL LS PS", "a\vb\fc\u0085d\u2028e\u2029f", "a\nb\nc\nd\ne\nf"},
		{"C0 controls", "a\x00b\x1bc\x7fd", "a b c d"},
		{"C1 control", "a\u0090b", "a b"},
		{"NBSP and thin spaces", "$31.5\u00a0billion\u2009and\u202fmore\u3000x", "$31.5 billion and more x"},
		{"zero-width and soft hyphen removed", "Zel\u00adensky\u200b's\u2060x", "Zelensky'sx"},
		{"bidi marks removed", "a\u200eb\u202ac\u202cd\u2066e\u2069", "abcde"},
		{"ZWJ kept", "a\u200db", "a\u200db"},
		{"NFC composes", "Cafe\u0301", "Caf\u00e9"},
		{"NFC after removal", "e\u200b\u0301", "\u00e9"},
		{"curly quotes kept", "“Hi” it’s — ok…", "“Hi” it’s — ok…"},
		{"invalid UTF-8", "a\xffb", "a\ufffdb"},
		{"tab kept", "a\tb", "a\tb"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Normalize(tt.in)
			if got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := Normalize(got); again != got {
				t.Errorf("Normalize not idempotent on %q: %q", got, again)
			}
		})
	}
}
