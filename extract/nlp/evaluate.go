package nlp

import (
	"fmt"
	"io"
)

// Scores are accuracies in percent over all words, punctuation included.
type Scores struct {
	Sentences, Words int
	UPOS, XPOS       float64
	Lemma            float64
	UAS, LAS         float64
}

func (s Scores) String() string {
	return fmt.Sprintf("sentences %d words %d UPOS %.2f XPOS %.2f lemma %.2f UAS %.2f LAS %.2f",
		s.Sentences, s.Words, s.UPOS, s.XPOS, s.Lemma, s.UAS, s.LAS)
}

// Evaluate parses the gold tokens of a CoNLL-U file with predicted tags and
// scores the result against the gold annotation (CoNLL 2018 conventions
// for gold tokenisation: LAS compares the full relation including
// subtypes such as "acl:relcl").
func Evaluate(p *Pipeline, gold io.Reader) (Scores, error) {
	sents, err := ReadCoNLLU(gold)
	if err != nil {
		return Scores{}, err
	}
	var sc Scores
	var nu, nx, nl, nh, nlas int
	for _, s := range sents {
		pred := p.Parse(s.Forms())
		for i, g := range s.Words {
			w := pred[i]
			nu += b2i(w.UPOS == g.UPOS)
			nx += b2i(w.XPOS == g.XPOS)
			nl += b2i(w.Lemma == g.Lemma)
			nh += b2i(w.Head == g.Head)
			nlas += b2i(w.Head == g.Head && w.Rel == g.Rel)
		}
		sc.Sentences++
		sc.Words += len(s.Words)
	}
	pc := func(k int) float64 { return 100 * float64(k) / float64(max(sc.Words, 1)) }
	sc.UPOS, sc.XPOS, sc.Lemma, sc.UAS, sc.LAS = pc(nu), pc(nx), pc(nl), pc(nh), pc(nlas)
	return sc, nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
