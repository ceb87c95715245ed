package dep

import "github.com/kgraph/kg/extract"

// confidence estimates how likely a clause fact is right. The weights
// follow what makes dependency extractions go wrong: clauses attached
// loosely (participles, adverbial and relative clauses) more often than
// main clauses, long sentences more often than short ones, reported
// content more often than what the text asserts, and long subjects; a
// relation with auxiliaries or a controlling verb is read off more
// structure and more often right.
func (rd *reader) confidence(c *clause, f extract.Fact, a arg) float64 {
	t := rd.t
	x := 0.62
	switch t.sub(c.pred) {
	case "root":
		x += 0.08
	case "xcomp":
		x += 0.06
	case "parataxis":
		x += 0.03
	case "conj":
		x += 0.02
	case "ccomp":
		x -= 0.05
	case "acl:relcl", "advcl:relcl":
		x -= 0.04
	case "acl":
		x -= 0.12
	case "advcl":
		x -= 0.1
	}
	if c.how == fromAdjacent {
		x -= 0.1
	}
	if t.w[c.pred].XPOS == "VBG" {
		x -= 0.08
	}
	x += 0.03 * float64(min(len(f.Relation), 4)-1)
	if n := len(t.w); n > 10 {
		x -= 0.02 * float64(min(n-10, 40)) / 10
	}
	if c.source >= 0 {
		x -= 0.08
	}
	if f.Subject.Len() >= 8 {
		x -= 0.1
	}
	if a.bare {
		x -= 0.05
	}
	return clamp(x)
}

// apposConfidence scores an apposition: short ones are more often right.
func (rd *reader) apposConfidence(head, appos int, obj extract.Span) float64 {
	x := 0.6
	if appos-head > 4 {
		x -= 0.1
	}
	if obj.Len() > 8 {
		x -= 0.1
	}
	return clamp(x)
}

func clamp(x float64) float64 {
	return min(max(x, 0.05), 0.95)
}
