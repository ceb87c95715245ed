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
