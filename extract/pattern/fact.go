package pattern

import (
	"strings"

	"github.com/kgraph/kg/extract"
)

// fact assembles a relation and the phrases around it.
func fact(s *extract.Sentence, nps []extract.Span, np []int, r relation) (extract.Fact, bool) {
	subj, ok := subjectBefore(s, nps, np, r.from)
	if !ok {
		return extract.Fact{}, false
	}
	obj, ok := objectAfter(s, nps, np, r)
	if !ok {
		return extract.Fact{}, false
	}
	if r.passive && r.to < len(s.Words) && s.Words[r.to].Form == "by" {
		if agent, ok := phraseAt(nps, np, r.to+1); ok {
			subj, obj = agent, subj
		}
	}
	f := extract.Fact{
		Subject:  subj,
		Object:   obj,
		Relation: r.words,
		Lemma:    r.lemma(s.Words),
		Surface:  s.WordsIn(extract.Span{From: r.from, To: r.to}),
		Negated:  r.negated || startsWithNo(s, subj) || startsWithNo(s, obj),
		Modality: r.modality,
	}
	if f.Lemma == "" {
		return extract.Fact{}, false
	}
	f.Confidence = confidence(s, f, r)
	return f, true
}

// subjectBefore finds the noun phrase ending right before token i.
func subjectBefore(s *extract.Sentence, nps []extract.Span, np []int, i int) (extract.Span, bool) {
	k := i - 1
	if k >= 0 && s.Words[k].Form == "," {
		// ", spokesperson for X ," : skip the parenthetical back to the comma before it.
		for k--; k >= 0 && s.Words[k].Form != ","; k-- {
			if s.Words[k].UPOS == "VERB" || s.Words[k].UPOS == "AUX" {
				return extract.Span{}, false
			}
		}
		k--
	}
	if k >= 0 && isRelativePronoun(s.Words[k].Form) {
		k--
		if k >= 0 && s.Words[k].Form == "," {
			k--
		}
	}
	if k < 0 || np[k] < 0 {
		return extract.Span{}, false
	}
	sp := nps[np[k]]
	if sp.To != k+1 {
		return extract.Span{}, false
	}
	return trimDeterminers(s, sp), true
}

func isRelativePronoun(f string) bool {
	switch strings.ToLower(f) {
	case "who", "which", "that":
		return true
	}
	return false
}

// objectAfter finds the noun phrase (or, after a copula, the adjective)
// right after the relation, extended by "of" phrases.
func objectAfter(s *extract.Sentence, nps []extract.Span, np []int, r relation) (extract.Span, bool) {
	i := r.to
	if i < len(s.Words) && r.passive && s.Words[i].Form == "by" {
		i++
	}
	if i >= len(s.Words) {
		return extract.Span{}, false
	}
	if (r.copula || r.linking) && s.Words[i].UPOS == "ADJ" && np[i] < 0 {
		return extract.Span{From: i, To: i + 1}, true
	}
	sp, ok := phraseAt(nps, np, i)
	if !ok {
		return extract.Span{}, false
	}
	for hops := 0; hops < 2 && sp.To+1 < len(s.Words) && s.Words[sp.To].Form == "of"; hops++ {
		next, ok := phraseAt(nps, np, sp.To+1)
		if !ok {
			break
		}
		sp.To = next.To
	}
	return trimDeterminers(s, sp), true
}

func phraseAt(nps []extract.Span, np []int, i int) (extract.Span, bool) {
	if i < 0 || i >= len(np) || np[i] < 0 || nps[np[i]].From != i {
		return extract.Span{}, false
	}
	return nps[np[i]], true
}

// trimDeterminers drops leading articles and "no" from a phrase, keeping
// at least one token.
func trimDeterminers(s *extract.Sentence, sp extract.Span) extract.Span {
	for sp.Len() > 1 && s.Words[sp.From].UPOS == "DET" && !inMention(s, sp.From) {
		sp.From++
	}
	return sp
}

func inMention(s *extract.Sentence, i int) bool {
	for _, m := range s.Mentions {
		if i >= m.From && i < m.To {
			return true
		}
	}
	return false
}

func startsWithNo(s *extract.Sentence, sp extract.Span) bool {
	return sp.From > 0 && strings.EqualFold(s.Words[sp.From-1].Form, "no")
}

// confidence scores a fact from what makes pattern extractions right more
// often: named arguments, a short relation, a subject next to its verb.
func confidence(s *extract.Sentence, f extract.Fact, r relation) float64 {
	c := 0.45
	if headMention(s, f.Subject) {
		c += 0.2
	}
	if headMention(s, f.Object) {
		c += 0.1
	}
	if f.Subject.To == r.from {
		c += 0.1
	}
	if s.Words[f.Subject.To-1].UPOS == "PRON" {
		c -= 0.15
	}
	if n := r.to - r.from; n > 3 {
		c -= 0.05 * float64(n-3)
	}
	if f.Object.Len() > 6 {
		c -= 0.1
	}
	return clamp(c)
}

func headMention(s *extract.Sentence, sp extract.Span) bool {
	return inMention(s, sp.To-1)
}

func clamp(c float64) float64 {
	switch {
	case c < 0.05:
		return 0.05
	case c > 0.95:
		return 0.95
	}
	return c
}
