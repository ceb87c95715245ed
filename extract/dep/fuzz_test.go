package dep

import (
	"testing"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/extract/entity"
	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/graph"
)

var (
	fuzzForms = []string{"Biden", "said", "that", "Ukraine", "is", "running", "out", "of", "missiles", "not",
		"who", "which", "may", "the", "no", ",", "\"", "and", "to", "by", "it", "they", "has", "been", "''", "``",
		"of", "versions", "Mr.", "President", "'s", "(", ")"}
	fuzzUPOS = []string{"NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADV", "ADP", "PRON", "DET", "PART", "PUNCT",
		"CCONJ", "SCONJ", "NUM", "SYM", "X"}
	fuzzXPOS = []string{"NN", "NNS", "NNP", "VB", "VBD", "VBG", "VBN", "VBZ", "MD", "JJ", "RB", "IN", "WDT",
		"WP", "DT", "CC", "CD", "TO", "PRP", ",", "``"}
	fuzzRels = []string{"root", "nsubj", "nsubj:pass", "csubj", "obj", "iobj", "obl", "obl:agent", "obl:unmarked",
		"xcomp", "ccomp", "advcl", "acl", "acl:relcl", "advcl:relcl", "appos", "conj", "cc", "aux", "aux:pass",
		"cop", "mark", "case", "det", "amod", "nmod", "nmod:poss", "nmod:desc", "compound", "compound:prt",
		"flat", "fixed", "advmod", "parataxis", "punct", "expl", "dep", "nummod"}
)

// fuzzSentence builds a parsed sentence from bytes. With the first byte
// even, the heads form a well-formed tree (each word attached to one
// placed before it, in an order the bytes choose); with it odd, heads are
// taken as given, out of range or cyclic.
func fuzzSentence(data []byte) *extract.Sentence {
	if len(data) == 0 {
		return sentenceOf(nil)
	}
	wellFormed := data[0]%2 == 0
	data = data[1:]
	n := len(data) / 5
	if n > 60 {
		n = 60
	}
	ws := make([]nlp.Word, n)
	order := make([]int, 0, n) // words in the order they join the tree
	free := make([]int, n)
	for i := range free {
		free[i] = i
	}
	for i := 0; i < n; i++ {
		b := data[i*5 : i*5+5]
		ws[i] = nlp.Word{Form: fuzzForms[int(b[0])%len(fuzzForms)], UPOS: fuzzUPOS[int(b[1])%len(fuzzUPOS)],
			XPOS: fuzzXPOS[int(b[1]>>4)%len(fuzzXPOS)], Rel: fuzzRels[int(b[2])%len(fuzzRels)]}
		ws[i].Lemma = ws[i].Form
		if !wellFormed {
			ws[i].Head = int(int8(b[3])) % (n + 2)
			continue
		}
		k := int(b[3]) % len(free)
		w := free[k]
		free = append(free[:k], free[k+1:]...)
		if len(order) == 0 {
			ws[w].Head = 0
		} else {
			ws[w].Head = order[int(b[4])%len(order)] + 1
		}
		order = append(order, w)
	}
	s := sentenceOf(ws)
	// mentions: non-overlapping runs chosen by the bytes
	for i := 0; i < n; {
		l := int(data[i*5+4]) % 4
		if l == 0 || i+l > n {
			i++
			continue
		}
		typ := graph.Person
		if data[i*5]%2 == 1 {
			typ = graph.Place
		}
		m := entity.Mention{From: i, To: i + l, Type: typ}
		if data[i*5+2]%3 == 0 && i > 0 {
			m.Title, m.TitleFrom = "title", i-1
		}
		s.Mentions = append(s.Mentions, m)
		i += l
	}
	return s
}

// FuzzExtract checks that the extractor never panics on any parse and
// that every fact it returns keeps its spans inside the sentence.
func FuzzExtract(f *testing.F) {
	for _, tc := range constructionTests {
		f.Add(encode(parsed(f, tc.parse).Words))
	}
	f.Add([]byte{1, 200, 3, 4, 5, 6, 7, 8, 9, 10, 11})
	f.Add([]byte{0})
	f.Fuzz(func(t *testing.T, data []byte) {
		s := fuzzSentence(data)
		for _, x := range []Extractor{{}, {OpenIE: true}} {
			for _, fact := range x.extract(s) { // no recover: a panic fails the test
				if err := checkFact(s, fact); err != nil {
					t.Fatalf("%s: %v", s.Text, err)
				}
			}
		}
	})
}

// encode writes words in fuzzSentence's raw (odd) form, as a seed.
func encode(ws []nlp.Word) []byte {
	out := []byte{1}
	for _, w := range ws {
		out = append(out, index(fuzzForms, w.Form), index(fuzzUPOS, w.UPOS), index(fuzzRels, w.Rel), byte(w.Head), 0)
	}
	return out
}

func index(list []string, s string) byte {
	for i, x := range list {
		if x == s {
			return byte(i)
		}
	}
	return 0
}
