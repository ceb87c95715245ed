package dep

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/nlp/conllu"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldParses reads the sentences of a CoNLL-U file in testdata.
func goldParses(t testing.TB, name string) []*extract.Sentence {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cs, err := conllu.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	out := make([]*extract.Sentence, len(cs))
	for i, c := range cs {
		ws := make([]nlp.Word, len(c.Words))
		for j, w := range c.Words {
			ws[j] = nlp.Word{Form: w.Form, UPOS: w.UPOS, XPOS: w.XPOS, Lemma: w.Lemma, Head: w.Head, Rel: w.Deprel}
		}
		out[i] = sentenceOf(ws)
	}
	return out
}

// TestGolden compares the extractor's output over gold EWT parses with
// testdata/ewt-dev-80.golden.
func TestGolden(t *testing.T) {
	var b strings.Builder
	for _, s := range goldParses(t, "ewt-dev-80.conllu") {
		fmt.Fprintf(&b, "# %s\n", s.Text)
		for _, x := range []Extractor{{}, {OpenIE: true}} {
			mode := "kg    "
			if x.OpenIE {
				mode = "openie"
			}
			for _, f := range x.Extract(s) {
				if err := checkFact(s, f); err != nil {
					t.Error(err)
				}
				fmt.Fprintf(&b, "%s %.2f %s\n", mode, f.Confidence, show(s, f, x.OpenIE))
			}
		}
	}
	path := filepath.Join("testdata", "ewt-dev-80.golden")
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("output differs from %s at line %d:\n got %q\nwant %q\n(run with -update to accept)", path, i+1, g, w)
			}
		}
	}
}
