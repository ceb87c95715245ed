package carb

import (
	"fmt"
	"math"
	"slices"
	"sort"
)

// A Point is one point of the precision/recall curve: the scores when only
// system extractions with confidence at least Confidence are kept.
type Point struct {
	Confidence float64
	P, R       float64
	// F1 is the harmonic mean of P and R, or 0 when both are 0 (where the
	// reference computes NaN and leaves the point out of the search for
	// the best F1).
	F1 float64
	// Kept is the number of system extractions kept and scored (the
	// precision denominator); P is 1 by convention when it is 0.
	Kept int
}

// Result is the outcome of Score.
type Result struct {
	// AUC is the area under the precision/recall curve, with the point
	// (R=0, P=1) appended, by the trapezoidal rule.
	AUC float64
	// P, R and F1 are the point of Curve with the highest F1 (the one with
	// the lowest confidence among ties), and Threshold its confidence.
	// All four are 0 when no point has P+R > 0, for instance when the
	// system has no output.
	P, R, F1, Threshold float64
	// Curve has one point per distinct system confidence, in increasing
	// order of confidence.
	Curve []Point

	Gold   int // gold extractions scored
	System int // system extractions scored (their sentence is a gold sentence)
	// Unmatched counts system extractions whose sentence matches no gold
	// sentence: they add thresholds to the curve but are not scored.
	Unmatched int
	// GoldShadowed and SystemShadowed count extractions dropped because a
	// different spelling of the same sentence key appeared later in the
	// input (see the package documentation).
	GoldShadowed, SystemShadowed int
}

// String formats the result's headline numbers rounded to three decimals
// as the reference rounds them (numpy.round: half to even).
func (r Result) String() string {
	return fmt.Sprintf("AUC %.3f  P %.3f  R %.3f  F1 %.3f",
		round3(r.AUC), round3(r.P), round3(r.R), round3(r.F1))
}

func round3(x float64) float64 { return math.RoundToEven(x*1000) / 1000 }

// sums accumulates, per threshold, the precision and recall numerators and
// denominators over all gold sentences.
type sums struct {
	p, r   []float64
	pl, rl []int
}

// Score scores system extractions against gold extractions with CaRB's
// default matcher (binary lenient tuple match); see the package
// documentation for the rules. System extractions whose confidence is NaN
// are ignored (ReadSystem never returns them).
func Score(gold, system []Extraction) Result {
	var res Result
	nan := func(e Extraction) bool { return math.IsNaN(e.Confidence) }
	if slices.ContainsFunc(system, nan) {
		system = slices.DeleteFunc(slices.Clone(system), nan)
	}
	gs, gShadow := groupBySentence(gold)
	ss, sShadow := groupBySentence(system)
	res.GoldShadowed, res.SystemShadowed = gShadow, sShadow

	sysByKey := make(map[string][]Extraction, len(ss))
	var thresholds []float64
	for _, g := range ss {
		sysByKey[g.key] = g.ex
		for _, e := range g.ex {
			thresholds = append(thresholds, e.Confidence)
		}
	}
	thresholds = distinctSorted(thresholds)

	n := len(thresholds)
	acc := sums{p: make([]float64, n), r: make([]float64, n), pl: make([]int, n), rl: make([]int, n)}
	goldKeys := make(map[string]bool, len(gs))
	for _, g := range gs {
		goldKeys[g.key] = true
		pred := sysByKey[g.key]
		res.Gold += len(g.ex)
		res.System += len(pred)
		scoreSentence(g.ex, pred, thresholds, &acc)
	}
	for _, g := range ss {
		if !goldKeys[g.key] {
			res.Unmatched += len(g.ex)
		}
	}
	res.Curve = curve(thresholds, &acc)
	res.AUC = area(res.Curve)
	res.P, res.R, res.F1, res.Threshold = best(res.Curve)
	return res
}

// distinctSorted returns the distinct values of xs in increasing order.
func distinctSorted(xs []float64) []float64 {
	sort.Float64s(xs)
	return slices.Compact(xs)
}

// curve turns the accumulated sums into precision/recall points. Precision
// is 1 where no prediction is kept; recall is 0 where there is no gold.
func curve(thresholds []float64, acc *sums) []Point {
	pts := make([]Point, len(thresholds))
	for c, t := range thresholds {
		pt := Point{Confidence: t, P: 1, Kept: acc.pl[c]}
		if acc.pl[c] > 0 {
			pt.P = acc.p[c] / float64(acc.pl[c])
		}
		if acc.rl[c] > 0 {
			pt.R = acc.r[c] / float64(acc.rl[c])
		}
		if pt.P+pt.R != 0 {
			pt.F1 = 2 * pt.P * pt.R / (pt.P + pt.R)
		}
		pts[c] = pt
	}
	return pts
}

// best returns the first point with the highest F1 among the points with
// P+R > 0, or zeros if there is none.
func best(pts []Point) (p, r, f1, threshold float64) {
	bi := -1
	for i, pt := range pts {
		if pt.P+pt.R == 0 {
			continue
		}
		if bi < 0 || pt.F1 > pts[bi].F1 {
			bi = i
		}
	}
	if bi < 0 {
		return 0, 0, 0, 0
	}
	b := pts[bi]
	return b.P, b.R, b.F1, b.Confidence
}

// area integrates precision over recall by the trapezoidal rule along the
// curve in order of increasing confidence (decreasing recall), followed by
// the point (R=0, P=1). It is 0 for an empty curve.
func area(pts []Point) float64 {
	if len(pts) == 0 {
		return 0
	}
	a := 0.0
	for i := range pts {
		x1, y1 := 0.0, 1.0
		if i+1 < len(pts) {
			x1, y1 = pts[i+1].R, pts[i+1].P
		}
		a += (pts[i].R - x1) * (pts[i].P + y1) / 2
	}
	return a
}
