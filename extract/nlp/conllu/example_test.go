package conllu_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/kgraph/kg/extract/nlp/conllu"
)

func Example() {
	in := "# text = Dogs bark.\n" +
		"1\tDogs\tdog\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n" +
		"2\tbark\tbark\tVERB\tVBP\t_\t0\troot\t_\tSpaceAfter=No\n" +
		"3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
	r := conllu.NewReader(strings.NewReader(in))
	s, err := r.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, w := range s.Words {
		fmt.Println(w.ID, w.Form, w.Deprel, w.Head)
	}
	s.Words[0].Lemma = "DOG"
	conllu.Write(os.Stdout, s)
	// Output:
	// 1 Dogs nsubj 2
	// 2 bark root 0
	// 3 . punct 2
	// # text = Dogs bark.
	// 1	Dogs	DOG	NOUN	NNS	_	2	nsubj	_	_
	// 2	bark	bark	VERB	VBP	_	0	root	_	SpaceAfter=No
	// 3	.	.	PUNCT	.	_	2	punct	_	_
}
