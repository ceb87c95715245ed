package openie_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/kgraph/kg/extract/dep"
	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/openie"
)

// fixedParse stands in for nlp.Pipeline: it returns one parse whatever it
// is given.
type fixedParse []nlp.Word

func (p fixedParse) Parse(forms []string) []nlp.Word { return append([]nlp.Word(nil), p...) }

func ExampleRun() {
	parse := fixedParse{
		{Form: "Biden", Lemma: "Biden", UPOS: "PROPN", XPOS: "NNP", Head: 3, Rel: "nsubj"},
		{Form: "has", Lemma: "have", UPOS: "AUX", XPOS: "VBZ", Head: 3, Rel: "aux"},
		{Form: "authorized", Lemma: "authorize", UPOS: "VERB", XPOS: "VBN", Head: 0, Rel: "root"},
		{Form: "Ukraine", Lemma: "Ukraine", UPOS: "PROPN", XPOS: "NNP", Head: 3, Rel: "obj"},
		{Form: "to", Lemma: "to", UPOS: "PART", XPOS: "TO", Head: 6, Rel: "mark"},
		{Form: "use", Lemma: "use", UPOS: "VERB", XPOS: "VB", Head: 3, Rel: "xcomp"},
		{Form: "ATACMS", Lemma: "ATACMS", UPOS: "PROPN", XPOS: "NNP", Head: 6, Rel: "obj"},
		{Form: ".", Lemma: ".", UPOS: "PUNCT", XPOS: ".", Head: 3, Rel: "punct"},
	}
	xs, err := openie.Run(strings.NewReader("Biden has authorized Ukraine to use ATACMS .\n"),
		openie.Options{Parser: parse, Extractor: dep.Extractor{OpenIE: true}})
	if err != nil {
		log.Fatal(err)
	}
	for _, x := range xs {
		fmt.Printf("%.2f %s | %s\n", x.Confidence, x.Relation, strings.Join(x.Args, " | "))
	}
	// Output:
	// 0.73 has authorized | Biden | Ukraine | to use ATACMS
	// 0.68 use | Ukraine | ATACMS
}
