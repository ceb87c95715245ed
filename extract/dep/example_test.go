package dep_test

import (
	"fmt"

	"github.com/kgraph/kg/extract/dep"
	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/openie"
)

func Example() {
	// A parsed sentence: normally extract/nlp parses and the pipeline
	// fills in the words.
	s := openie.NewSentence("Longer - range missiles were not supplied by Britain .")
	s.Words = []nlp.Word{
		{Form: "Longer", Lemma: "long", UPOS: "ADJ", XPOS: "JJR", Head: 3, Rel: "amod"},
		{Form: "-", Lemma: "-", UPOS: "PUNCT", XPOS: "HYPH", Head: 3, Rel: "punct"},
		{Form: "range", Lemma: "range", UPOS: "NOUN", XPOS: "NN", Head: 4, Rel: "compound"},
		{Form: "missiles", Lemma: "missile", UPOS: "NOUN", XPOS: "NNS", Head: 7, Rel: "nsubj:pass"},
		{Form: "were", Lemma: "be", UPOS: "AUX", XPOS: "VBD", Head: 7, Rel: "aux:pass"},
		{Form: "not", Lemma: "not", UPOS: "PART", XPOS: "RB", Head: 7, Rel: "advmod"},
		{Form: "supplied", Lemma: "supply", UPOS: "VERB", XPOS: "VBN", Head: 0, Rel: "root"},
		{Form: "by", Lemma: "by", UPOS: "ADP", XPOS: "IN", Head: 9, Rel: "case"},
		{Form: "Britain", Lemma: "Britain", UPOS: "PROPN", XPOS: "NNP", Head: 7, Rel: "obl:agent"},
		{Form: ".", Lemma: ".", UPOS: "PUNCT", XPOS: ".", Head: 7, Rel: "punct"},
	}
	s.Parsed = true

	// For the graph, the passive is turned active; for Open IE it is
	// kept as written.
	for _, x := range []dep.Extractor{{}, {OpenIE: true}} {
		for _, f := range x.Extract(s) {
			fmt.Printf("%s | %s | %s | negated=%v\n", s.WordsIn(f.Subject), f.Lemma, s.WordsIn(f.Object), f.Negated)
			fmt.Printf("  surface %q\n", f.Surface)
		}
	}
	// Output:
	// Britain | supply | Longer - range missiles | negated=true
	//   surface "supplied"
	// Longer - range missiles | be supplied by | Britain | negated=true
	//   surface "were not supplied by"
}
