package parser

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/kgraph/kg/extract/nlp/conllu"
)

func readTreebank(t testing.TB, split string) []Sentence {
	t.Helper()
	path := filepath.Join("..", "..", "..", "..", "shared", "treebanks", "UD_English-EWT", "en_ewt-ud-"+split+".conllu")
	f, err := os.Open(path)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("treebank missing in CI: %v", err)
		}
		t.Skipf("treebank not available: %v", err)
	}
	defer f.Close()
	cs, err := conllu.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	out := make([]Sentence, len(cs))
	for i, s := range cs {
		for _, w := range s.Words {
			out[i].Forms = append(out[i].Forms, w.Form)
			out[i].UPOS = append(out[i].UPOS, w.UPOS)
			out[i].XPOS = append(out[i].XPOS, w.XPOS)
			out[i].Heads = append(out[i].Heads, w.Head)
			out[i].Rels = append(out[i].Rels, w.Deprel)
		}
	}
	return out
}

// TestOracle checks the dynamic oracle on EWT dev: from the initial
// configuration there is always a zero-cost transition, following any
// zero-cost transitions rebuilds the projectivised gold tree, and after a
// wrong transition the cost equals the number of gold arcs then lost.
func TestOracle(t *testing.T) {
	sents := readTreebank(t, "dev")
	p := &Parser{labels: labelSet(sents)}
	for i, l := range p.labels {
		if l == RootLabel {
			p.root = i
		}
	}
	labelOf := map[string]int{}
	for i, l := range p.labels {
		labelOf[l] = i
	}
	rng := rand.New(rand.NewPCG(1, 2))
	nclass := 1 + 2*len(p.labels)
	for si, s := range sents {
		g := makeGold(s, labelOf)
		st := newState(len(s.Forms))
		for !st.done() {
			var zero []int
			for c := range nclass {
				if !p.validClass(st, c) {
					continue
				}
				k, l := kindOf(c)
				if st.cost(&g, k, l) == 0 {
					zero = append(zero, c)
				}
			}
			if len(zero) == 0 {
				t.Fatalf("sentence %d: no zero-cost transition", si)
			}
			st.apply(kindOf(zero[rng.IntN(len(zero))]))
		}
		for d := 1; d <= len(s.Forms); d++ {
			if st.head[d] != g.head[d] || st.label[d] != g.label[d] {
				t.Fatalf("sentence %d word %d: got head %d label %d, want %d %d", si, d, st.head[d], st.label[d], g.head[d], g.label[d])
			}
		}
	}
}

func TestProjectivize(t *testing.T) {
	tests := []struct {
		heads, want []int // index 0 unused
	}{
		{[]int{-1, 2, 0, 2}, []int{-1, 2, 0, 2}},
		// 1->3 crosses 2->4: "A hearing is scheduled on the issue today" style.
		{[]int{-1, 0, 4, 1, 1}, []int{-1, 0, 1, 1, 1}},
		{[]int{-1, 3, 4, 0, 3}, []int{-1, 3, 3, 0, 3}},
	}
	for _, tt := range tests {
		got := projectivize(tt.heads)
		for i := 1; i < len(got); i++ {
			if got[i] != tt.want[i] {
				t.Errorf("projectivize(%v) = %v, want %v", tt.heads, got, tt.want)
				break
			}
		}
		if !projective(got) {
			t.Errorf("projectivize(%v) = %v is not projective", tt.heads, got)
		}
	}
}
