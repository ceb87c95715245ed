package pipeline

import (
	"fmt"

	"github.com/kgraph/kg/graph"
)

// titleLemma is the predicate of the statements that name a person's title.
const titleLemma = "hold title"

// dedupe keeps one statement per fact and sentence when extractors agree:
// the same subject, predicate, object, negation and modality read from
// one sentence is stated once, with the highest confidence any extractor
// gave it. "X be T" is dropped beside "X hold title T" from the same
// sentence, which says the same more precisely. Order is kept.
func dedupe(sts []graph.Statement) []graph.Statement {
	best := map[string]int{} // fact key -> index in out
	titles := map[string]bool{}
	for _, st := range sts {
		if st.Predicate.Lemma == titleLemma {
			titles[factKey(st, "be")] = true
		}
	}
	out := sts[:0:0]
	for _, st := range sts {
		if st.Predicate.Lemma == "be" && titles[factKey(st, "be")] {
			continue
		}
		k := factKey(st, st.Predicate.Lemma)
		if i, ok := best[k]; ok {
			if st.Prov.Confidence > out[i].Prov.Confidence {
				out[i] = st
			}
			continue
		}
		best[k] = len(out)
		out = append(out, st)
	}
	return out
}

func factKey(st graph.Statement, lemma string) string {
	obj := string(st.Object.ID)
	if obj == "" {
		obj = string(st.Object.Type) + ":" + st.Object.Text
	}
	return fmt.Sprintf("%d\x1f%s\x1f%s\x1f%s\x1f%v\x1f%s\x1f%s", st.Prov.Sentence, st.Subject.ID, lemma, obj,
		st.Negated, st.Modality, st.Attribution.ID)
}
