package lemma

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/kgraph/kg/extract/nlp/conllu"
)

func TestRuleFor(t *testing.T) {
	tests := []struct {
		form, lemma string
		lower       bool
		want        Rule
	}{
		{"authorized", "authorize", true, Rule{Lower: true, Strip: 1}},
		{"Dogs", "dog", true, Rule{Lower: true, Strip: 1}},
		{"Americans", "American", true, Rule{Strip: 1}},
		{"better", "good", true, Rule{Lower: true, Strip: 6, Append: "good"}},
		{"was", "was", false, Rule{}},
		{"was", "was", true, Rule{Lower: true}},
	}
	for _, tt := range tests {
		if got := ruleFor(tt.form, tt.lemma, tt.lower); got != tt.want {
			t.Errorf("ruleFor(%q, %q, %t) = %+v, want %+v", tt.form, tt.lemma, tt.lower, got, tt.want)
		}
		if got, ok := tt.want.Apply(tt.form); !ok || got != tt.lemma {
			t.Errorf("%+v.Apply(%q) = %q, %t; want %q", tt.want, tt.form, got, ok, tt.lemma)
		}
	}
}

var toy = []Example{
	{"dogs", "NNS", "dog"}, {"cats", "NNS", "cat"}, {"boxes", "NNS", "box"}, {"foxes", "NNS", "fox"},
	{"walked", "VBD", "walk"}, {"jumped", "VBD", "jump"}, {"was", "VBD", "be"}, {"'s", "VBZ", "be"},
	{"better", "JJR", "good"}, {"Paris", "NNP", "Paris"}, {"London", "NNP", "London"}, {"n't", "RB", "not"},
	{"authorized", "VBN", "authorize"}, {"organized", "VBN", "organize"}, {"used", "VBN", "use"},
}

func TestLemma(t *testing.T) {
	l := Train(toy)
	tests := []struct{ form, xpos, want string }{
		{"dogs", "NNS", "dog"},    // table
		{"Dogs", "NNS", "dog"},    // table via lower case
		{"hats", "NNS", "hat"},    // rule "ts" -> "t"
		{"taxes", "NNS", "tax"},   // rule "xes" -> "x"
		{"Rats", "NNS", "rat"},    // rule with lower-casing
		{"kissed", "VBD", "kiss"}, // rule "ed" -> ""
		{"'s", "VBZ", "be"},
		{"better", "JJR", "good"},
		{"Berlin", "NNP", "Berlin"}, // proper nouns keep case
		{"recognized", "VBN", "recognize"},
		{"xyz", "FW", "xyz"}, // unknown tag: form unchanged
		{"", "NN", ""},
	}
	for _, tt := range tests {
		if got := l.Lemma(tt.form, tt.xpos); got != tt.want {
			t.Errorf("Lemma(%q, %q) = %q, want %q", tt.form, tt.xpos, got, tt.want)
		}
	}
	var buf bytes.Buffer
	if _, err := l.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	l2, err := Read(bufio.NewReader(&buf))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		if got := l2.Lemma(tt.form, tt.xpos); got != tt.want {
			t.Errorf("after round trip: Lemma(%q, %q) = %q, want %q", tt.form, tt.xpos, got, tt.want)
		}
	}
}

// TestLemmaPrefersKnown checks that an unseen word takes the lemma of the
// longest ending whose rule gives a lemma seen in training, and the
// longest ending's otherwise.
func TestLemmaPrefersKnown(t *testing.T) {
	l := Train([]Example{
		{"colored", "VBN", "color"}, {"honored", "VBN", "honor"}, // "ored": strip "ed"
		{"authorized", "VBN", "authorize"}, {"organized", "VBN", "organize"}, {"used", "VBN", "use"}, // "ed": strip "d"
		{"underscores", "VBZ", "underscore"},
	})
	tests := []struct{ form, want string }{
		{"underscored", "underscore"}, // "ored" gives "underscor", unknown; "ed" gives a known lemma
		{"floored", "floor"},          // neither is known: the longest ending's rule
		{"colored", "color"},          // the table
	}
	for _, tt := range tests {
		if got := l.Lemma(tt.form, "VBN"); got != tt.want {
			t.Errorf("Lemma(%q, VBN) = %q, want %q", tt.form, got, tt.want)
		}
	}
}

func readEWT(t *testing.T, split string) []Example {
	path := filepath.Join("..", "..", "..", "..", "shared", "treebanks", "UD_English-EWT", "en_ewt-ud-"+split+".conllu")
	f, err := os.Open(path)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("treebank missing in CI: %v", err)
		}
		t.Skipf("treebank not available: %v", err)
	}
	defer f.Close()
	sents, err := conllu.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []Example
	for _, s := range sents {
		for _, w := range s.Words {
			out = append(out, Example{w.Form, w.XPOS, w.Lemma})
		}
	}
	return out
}

// TestEWTGoldTags trains on EWT train and checks lemma accuracy on dev with
// gold XPOS tags.
func TestEWTGoldTags(t *testing.T) {
	l := Train(readEWT(t, "train"))
	dev := readEWT(t, "dev")
	ok := 0
	for _, ex := range dev {
		if l.Lemma(ex.Form, ex.XPOS) == ex.Lemma {
			ok++
		}
	}
	acc := 100 * float64(ok) / float64(len(dev))
	t.Logf("dev lemma accuracy with gold XPOS: %.2f%%", acc)
	if acc < 98.5 {
		t.Errorf("dev lemma accuracy with gold XPOS = %.2f%%, want >= 98.5%%", acc)
	}
}
