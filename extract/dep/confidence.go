package dep

import "github.com/kgraph/kg/extract"

// confidence estimates how likely a clause fact is right from what makes
// dependency extractions go wrong: subjects found far from their verb,
// long or loosely attached arguments, and many arguments.
func (rd *reader) confidence(c *clause, f extract.Fact, a arg) float64 {
	x := 0.75
	switch c.how {
	case fromRelative, fromConjunct:
		x -= 0.05
	case fromController:
		x -= 0.1
	case fromModified:
		x -= 0.15
	case fromAdverbial:
		x -= 0.25
	}
	switch {
	case a.role == roleComp || a.role == roleXcomp:
		x -= 0.1
	case a.bare:
		x -= 0.15
	}
	if n := f.Subject.Len(); n > 6 {
		x -= 0.1
	}
	if n := f.Object.Len(); n > 20 {
		x -= 0.2
	} else if n > 10 {
		x -= 0.1
	}
	if n := len(f.Args); n > 1 {
		x -= 0.05 * float64(n-1)
	}
	if c.source >= 0 {
		x -= 0.05
	}
	return clamp(x)
}

// apposConfidence scores an apposition: short ones are more often right.
func (rd *reader) apposConfidence(head, appos int, obj extract.Span) float64 {
	x := 0.65
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
