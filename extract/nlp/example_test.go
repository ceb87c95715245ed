package nlp_test

import (
	"fmt"

	"github.com/kgraph/kg/extract/nlp"
)

func ExamplePipeline_Tag() {
	p, err := nlp.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, w := range p.Tag([]string{"Analysts", "expected", "better", "results", "."}) {
		fmt.Println(w.Form, w.UPOS, w.XPOS, w.Lemma)
	}
	// Output:
	// Analysts NOUN NNS analyst
	// expected VERB VBD expect
	// better ADJ JJR good
	// results NOUN NNS result
	// . PUNCT . .
}

func ExamplePipeline_Parse() {
	p, err := nlp.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, w := range p.Parse([]string{"Biden", "authorized", "the", "strikes", "."}) {
		fmt.Println(i+1, w.Form, w.Lemma, w.UPOS, w.Head, w.Rel)
	}
	// Output:
	// 1 Biden Biden PROPN 2 nsubj
	// 2 authorized authorize VERB 0 root
	// 3 the the DET 4 det
	// 4 strikes strike NOUN 2 obj
	// 5 . . PUNCT 2 punct
}
