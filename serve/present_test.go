package serve

import (
	"testing"
	"unicode/utf8"
)

func TestHighlight(t *testing.T) {
	const sent = "Zelensky said “the missiles will speak.”"
	tests := []struct {
		name                  string
		sentStart, start, end int
		before, words, after  string
		none                  bool
	}{
		{"middle", 100, 100, 113, "", "Zelensky said", " “the missiles will speak.”", false},
		{"after curly quote", 100, 114, 134, "Zelensky said ", "“the missiles will", " speak.”", false},
		{"whole", 100, 100, 100 + len(sent), "", sent, "", false},
		{"empty span", 100, 105, 105, "Zelen", "", "sky said “the missiles will speak.”", false},
		{"starts before the sentence", 100, 90, 110, "", "", "", true},
		{"ends after the sentence", 100, 110, 200, "", "", "", true},
		{"inside a character", 100, 115, 120, "", "", "", true},
		{"unknown sentence span", -1, 0, 5, "", "", "", true},
		{"reversed", 100, 110, 105, "", "", "", true},
	}
	for _, tt := range tests {
		h := highlight(sent, tt.sentStart, tt.start, tt.end)
		if tt.none {
			if h != nil {
				t.Errorf("%s: %+v, want none", tt.name, *h)
			}
			continue
		}
		if h == nil || h.Before != tt.before || h.Words != tt.words || h.After != tt.after {
			t.Errorf("%s: %+v", tt.name, h)
		}
	}
}

// FuzzHighlight checks that a highlight, when there is one, cuts the
// sentence into three valid UTF-8 pieces that make it up again.
func FuzzHighlight(f *testing.F) {
	f.Add("Zelensky said “yes.”", 10, 10, 18)
	f.Add("abc", 0, 1, 2)
	f.Add("", 0, 0, 0)
	f.Fuzz(func(t *testing.T, sent string, sentStart, start, end int) {
		h := highlight(sent, sentStart, start, end)
		if h == nil {
			return
		}
		if h.Before+h.Words+h.After != sent {
			t.Fatalf("pieces %q %q %q do not make %q", h.Before, h.Words, h.After, sent)
		}
		if len(h.Before) != start-sentStart || len(h.Words) != end-start {
			t.Errorf("pieces %q %q do not match the span %d-%d of a sentence at %d", h.Before, h.Words, start, end, sentStart)
		}
		if utf8.ValidString(sent) && !(utf8.ValidString(h.Before) && utf8.ValidString(h.Words) && utf8.ValidString(h.After)) {
			t.Errorf("a valid sentence was cut inside a character: %q %q %q", h.Before, h.Words, h.After)
		}
	})
}
