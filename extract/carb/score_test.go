package carb

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// at returns e for sentence s with confidence c.
func at(s string, c float64, e Extraction) Extraction {
	e.Sentence, e.Confidence = s, c
	return e
}

func TestScore(t *testing.T) {
	const s1, s2 = "He served as PM .", "It rained ."
	g1 := at(s1, 1, ex("served as", "He", "the first Prime Minister"))
	g2 := at(s1, 1, ex("was born in", "He", "Sydney"))
	g3 := at(s2, 1, ex("rained", "It"))
	junk := ex("ate", "cats", "fish")
	tests := []struct {
		name          string
		gold, sys     []Extraction
		p, r, f1, thr float64
		auc           float64
		points        int
	}{
		// At 0.9 only g1 is found: P 1, R 1/2. At 0.5 g2 is found with
		// recall 4/5 (relation 2 of 3): P 1, R 0.9, F1 18/19.
		// AUC = (0.9-0.5)*(1+1)/2 + (0.5-0)*(1+1)/2 = 0.9.
		{
			name: "two thresholds",
			gold: []Extraction{g1, g2},
			sys:  []Extraction{at(s1, 0.9, g1), at(s1, 0.5, ex("born in", "He", "Sydney"))},
			p:    1, r: 0.9, f1: 18.0 / 19, thr: 0.5, auc: 0.9, points: 2,
		},
		// A duplicate prediction matches no second gold tuple: P 1/2, R 1.
		// AUC = (1-0)*(0.5+1)/2.
		{
			name: "one-to-one precision",
			gold: []Extraction{g1},
			sys:  []Extraction{at(s1, 1, g1), at(s1, 1, g1)},
			p:    0.5, r: 1, f1: 2.0 / 3, thr: 1, auc: 0.75, points: 1,
		},
		// s2 has no output: its gold tuple has recall 0.
		{
			name: "sentence without output",
			gold: []Extraction{g1, g3},
			sys:  []Extraction{at(s1, 1, g1)},
			p:    1, r: 0.5, f1: 2.0 / 3, thr: 1, auc: 0.5, points: 1,
		},
		// The sentence is matched without spaces, punctuation and PTB escapes.
		{
			name: "sentence key",
			gold: []Extraction{at("He ( Bob ) left .", 1, ex("left", "He"))},
			sys:  []Extraction{at("He -LRB- Bob -RRB- left", 0.3, ex("left", "He"))},
			p:    1, r: 1, f1: 1, thr: 0.3, auc: 1, points: 1,
		},
		// At 0.8 nothing scores (P 0, R 0: not a candidate); at 0.2 g1 is
		// found among two predictions: P 1/2, R 1. AUC = (1-0)*(0.5+0)/2 +
		// (0-0)*(0+1)/2.
		{
			name: "wrong prediction on top",
			gold: []Extraction{g1},
			sys:  []Extraction{at(s1, 0.8, junk), at(s1, 0.2, g1)},
			p:    0.5, r: 1, f1: 2.0 / 3, thr: 0.2, auc: 0.25, points: 2,
		},
		{
			name: "all wrong",
			gold: []Extraction{g1, g3},
			sys:  []Extraction{at(s1, 0.8, junk), at(s2, 0.4, junk)},
			p:    0, r: 0, f1: 0, thr: 0, auc: 0, points: 2,
		},
		// An unmatched sentence adds the threshold 0.7 with the same point as
		// 0.9; the lower threshold wins the tie.
		{
			name: "unmatched sentence adds a threshold",
			gold: []Extraction{g3},
			sys:  []Extraction{at(s2, 0.9, g3), at("Elsewhere .", 0.7, junk)},
			p:    1, r: 1, f1: 1, thr: 0.7, auc: 1, points: 2,
		},
		// Only the predictions of the later spelling (trailing space) count.
		{
			name: "shadowed spelling",
			gold: []Extraction{g1, g2},
			sys:  []Extraction{at(s1, 1, g1), at(s1+" ", 1, g2)},
			p:    1, r: 0.5, f1: 2.0 / 3, thr: 1, auc: 0.5, points: 1,
		},
		{
			name: "no output",
			gold: []Extraction{g1, g3},
		},
		{
			name: "NaN confidence ignored",
			gold: []Extraction{g3},
			sys:  []Extraction{at(s2, math.NaN(), g3)},
		},
		// Without gold nothing is kept for scoring: precision 1, recall 0,
		// F1 0, which the reference reports as the best point.
		{
			name: "no gold",
			sys:  []Extraction{at(s2, 1, g3)},
			p:    1, thr: 1, points: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Score(tt.gold, tt.sys)
			if !near(got.P, tt.p) || !near(got.R, tt.r) || !near(got.F1, tt.f1) || got.Threshold != tt.thr {
				t.Errorf("P %.4f R %.4f F1 %.4f at %g, want P %.4f R %.4f F1 %.4f at %g",
					got.P, got.R, got.F1, got.Threshold, tt.p, tt.r, tt.f1, tt.thr)
			}
			if !near(got.AUC, tt.auc) || len(got.Curve) != tt.points {
				t.Errorf("AUC %.4f with %d points, want %.4f with %d", got.AUC, len(got.Curve), tt.auc, tt.points)
			}
		})
	}
}

func TestScoreCounts(t *testing.T) {
	gold := []Extraction{
		at("A b .", 1, ex("b", "A")),
		at("A b . ", 1, ex("b", "A", "x")), // same key, later spelling
		at("C d .", 1, ex("d", "C")),
	}
	sys := []Extraction{
		at("A b", 1, ex("b", "A")),
		at("C d .", 1, ex("d", "C")),
		at("C d", 1, ex("d", "C")),
		at("C d", 1, ex("d", "C")),
		at("E f .", 1, ex("f", "E")),
	}
	got := Score(gold, sys)
	want := Result{Gold: 2, System: 3, Unmatched: 1, GoldShadowed: 1, SystemShadowed: 1}
	if got.Gold != want.Gold || got.System != want.System || got.Unmatched != want.Unmatched ||
		got.GoldShadowed != want.GoldShadowed || got.SystemShadowed != want.SystemShadowed {
		t.Errorf("counts gold %d system %d unmatched %d shadowed %d/%d, want %d %d %d %d/%d",
			got.Gold, got.System, got.Unmatched, got.GoldShadowed, got.SystemShadowed,
			want.Gold, want.System, want.Unmatched, want.GoldShadowed, want.SystemShadowed)
	}
}

// TestNoOutput checks that a system with no output scores 0 on everything.
func TestNoOutput(t *testing.T) {
	gold := []Extraction{at("A b .", 1, ex("b", "A", "c"))}
	for _, sys := range [][]Extraction{nil, {}} {
		got := Score(gold, sys)
		if got.AUC != 0 || got.P != 0 || got.R != 0 || got.F1 != 0 || len(got.Curve) != 0 || got.Gold != 1 {
			t.Errorf("Score(gold, %v) = %+v, want zeros with 1 gold", sys, got)
		}
	}
}

func TestGreedyPrecision(t *testing.T) {
	tests := []struct {
		name   string
		scores [][]pairScore
		kept   []int
		want   float64
	}{
		// The greedy pick (g1,p1)=1 leaves (g2,p2)=0, though 0.9+0.8 exists.
		{"greedy not optimal", [][]pairScore{{{p: 1}, {p: 0.9}}, {{p: 0.8}, {p: 0}}}, []int{0, 1}, 1},
		// Ties go to the first pair: (g1,p1), then (g2,p2)=0.2.
		{"first of ties", [][]pairScore{{{p: 0.5}, {p: 0.5}}, {{p: 0.5}, {p: 0.2}}}, []int{0, 1}, 0.7},
		{"fewer gold than kept", [][]pairScore{{{p: 0.3}, {p: 0.6}}}, []int{0, 1}, 0.6},
		{"only kept columns", [][]pairScore{{{p: 1}, {p: 0.4}}}, []int{1}, 0.4},
		{"nothing kept", [][]pairScore{{{p: 1}}}, nil, 0},
	}
	for _, tt := range tests {
		if got := greedyPrecision(tt.scores, tt.kept); !near(got, tt.want) {
			t.Errorf("%s: greedyPrecision = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// naiveCurve computes the curve the slow way: every threshold from scratch.
func naiveCurve(gold, sys []Extraction) []Point {
	gs, _ := groupBySentence(gold)
	ss, _ := groupBySentence(sys)
	byKey := map[string][]Extraction{}
	var thr []float64
	for _, g := range ss {
		byKey[g.key] = g.ex
		for _, e := range g.ex {
			thr = append(thr, e.Confidence)
		}
	}
	thr = distinctSorted(thr)
	acc := sums{p: make([]float64, len(thr)), r: make([]float64, len(thr)), pl: make([]int, len(thr)), rl: make([]int, len(thr))}
	for c, t := range thr {
		for _, g := range gs {
			pred := byKey[g.key]
			scores := scoreMatrix(g.ex, pred)
			var kept []int
			for j, e := range pred {
				if e.Confidence >= t {
					kept = append(kept, j)
				}
			}
			acc.p[c] += greedyPrecision(scores, kept)
			acc.pl[c] += len(kept)
			acc.r[c] += bestRecall(scores, kept)
			acc.rl[c] += len(g.ex)
		}
	}
	return curve(thr, &acc)
}

// TestCurveAgainstNaive compares Score's incremental curve with a
// threshold-by-threshold computation on random inputs.
func TestCurveAgainstNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	words := []string{"a", "b", "c", "is", "be", "said", "the"}
	phrase := func() string {
		n := 1 + rng.IntN(3)
		s := words[rng.IntN(len(words))]
		for range n - 1 {
			s += " " + words[rng.IntN(len(words))]
		}
		return s
	}
	random := func(n int, conf bool) []Extraction {
		out := make([]Extraction, n)
		for i := range out {
			e := Extraction{Sentence: fmt.Sprintf("S%d .", rng.IntN(4)), Confidence: 1, Relation: phrase()}
			if conf {
				e.Confidence = float64(rng.IntN(5)) / 4
			}
			for range rng.IntN(4) {
				e.Args = append(e.Args, phrase())
			}
			out[i] = e
		}
		return out
	}
	for i := range 300 {
		gold, sys := random(1+rng.IntN(8), false), random(rng.IntN(12), true)
		got, want := Score(gold, sys).Curve, naiveCurve(gold, sys)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("case %d: curve %v, want %v", i, got, want)
		}
	}
}

func TestResultString(t *testing.T) {
	r := Result{AUC: 0.12345, P: 0.0625, R: 0.9995, F1: 1}
	// numpy.round(0.0625, 3) is 0.062 (half to even)
	if got, want := r.String(), "AUC 0.123  P 0.062  R 1.000  F1 1.000"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}
