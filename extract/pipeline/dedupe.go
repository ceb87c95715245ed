package pipeline

import (
	"fmt"

	"github.com/kgraph/kg/graph"
)

// titleLemma is the predicate of the statements that name a person's title.
const titleLemma = "hold title"

// dedupe keeps one statement per fact and sentence when extractors agree:
// the same subject, predicate, object and negation read from one sentence
// is stated once, with the highest confidence any extractor gave it and
// the modality and speaker whichever extractor saw (a pattern extractor
// does not see that "Zelensky said" makes the rest reported speech; the
// dependency extractor does). "X be T" is dropped beside "X hold title T"
// from the same sentence, which says the same more precisely. Order is kept.
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
			out[i] = merge(out[i], st)
			continue
		}
		best[k] = len(out)
		out = append(out, st)
	}
	return out
}

// merge combines two readings of one fact.
func merge(a, b graph.Statement) graph.Statement {
	keep, other := a, b
	if b.Prov.Confidence > a.Prov.Confidence {
		keep, other = b, a
	}
	if keep.Modality == "" {
		keep.Modality = other.Modality
	}
	if !keep.Attribution.IsEntity() {
		keep.Attribution = other.Attribution
	}
	return keep
}

func factKey(st graph.Statement, lemma string) string {
	obj := string(st.Object.ID)
	if obj == "" {
		obj = string(st.Object.Type) + ":" + st.Object.Text
	}
	return fmt.Sprintf("%d\x1f%s\x1f%s\x1f%s\x1f%v", st.Prov.Sentence, st.Subject.ID, lemma, obj, st.Negated)
}
