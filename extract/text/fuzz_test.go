package text

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzSplit checks Split's invariants on arbitrary text after Normalize:
// Split never panics; sentences are in order, non-overlapping, trimmed and
// inside the document; tokens are in order, non-overlapping, inside their
// sentence, on rune boundaries, with non-empty Text that is the documented
// mapping of their source; and Normalize is idempotent with valid UTF-8
// output.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"", "U.S. officials said. In the U.S. The next day.",
		"“We are near… There are eight,” he said.\n\nAdvertisement\n\nComments ( 1)\nx",
		"Kremlin Blasts 'Dangerous' Macron\nOther Topics of Interest\n\nKremlin Blasts 'Dangerous' Macron\n",
		"don't can't won't Zelensky’s leaders' '90s U.S.'s AK-47's non-US-made 713-853-3989",
		"$31.5 billion, 3.5%, 12,000, 11/28/2000 https://x.com/a_(b)). foo@bar.com.",
		"a\r\nb\rc\x00\ufeff\u00a0\u200b\xff—–…``''",
	} {
		f.Add(s)
	}
	seeds, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, raw string) {
		doc := Normalize(raw)
		if !utf8.ValidString(doc) {
			t.Fatalf("Normalize(%q) = %q is not valid UTF-8", raw, doc)
		}
		if again := Normalize(doc); again != doc {
			t.Fatalf("Normalize not idempotent: %q -> %q -> %q", raw, doc, again)
		}
		if err := checkInvariants(doc, Split(doc)); err != nil {
			t.Fatalf("Split(%q): %v", doc, err)
		}
	})
}
