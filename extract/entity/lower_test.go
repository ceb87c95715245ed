package entity

import (
	"bufio"
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
)

// ewtTrain is UD English EWT's training file, relative to this package.
const ewtTrain = "../../../shared/treebanks/UD_English-EWT/en_ewt-ud-train.conllu"

// TestLowerPlacesAreNotWords checks that the place names the recogniser
// matches in lower case ("kerala") are not everyday English: none occurs
// twice or more in lower case, outside proper nouns, in UD English EWT's
// training sentences (which never served to tune kg's lists).
func TestLowerPlacesAreNotWords(t *testing.T) {
	f, err := os.Open(ewtTrain)
	if errors.Is(err, fs.ErrNotExist) {
		if os.Getenv("CI") == "true" {
			t.Fatalf("EWT train missing in CI: %v", err)
		}
		t.Skipf("EWT train not available: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lx := lexicon(t)
	if len(lx.lowPlaces) < 100 {
		t.Fatalf("only %d place names match in lower case", len(lx.lowPlaces))
	}
	seen := map[string]int{}
	var sent []string // lower-case forms outside proper nouns, "" for the rest
	count := func() {
		for i := range sent {
			for n := 1; n <= 3 && i+n <= len(sent); n++ {
				key := strings.Join(sent[i:i+n], " ")
				if _, ok := lx.lowPlaces[key]; ok && !strings.Contains(" "+key+" ", "  ") {
					seen[key]++
				}
			}
		}
		sent = sent[:0]
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		switch {
		case len(cols) < 4:
			count()
		case strings.ContainsAny(cols[0], "-."):
		case cols[3] != "PROPN" && cols[1] == strings.ToLower(cols[1]):
			sent = append(sent, cols[1])
		default:
			sent = append(sent, "")
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	count()
	for key, n := range seen {
		if n >= 2 {
			t.Errorf("%q is a place kg matches in lower case, and EWT train uses it %d times as a common word", key, n)
		}
	}
}
