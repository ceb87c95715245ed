package parser

import "github.com/kgraph/kg/extract/nlp/perceptron"

// A parser with a labeller decides transitions without labels (three
// classes: shift, left, right) and names each arc's relation when it is
// built, with a second classifier. In the arc-hybrid system a word is
// popped only when it can take no more dependents, so the labeller sees the
// dependent's complete subtree and the head's dependents so far. Three-way
// transition scores need one memory access per feature instead of a row of
// a hundred weights, which makes parsing several times faster.

// arc returns the head and dependent of a left or right transition in st.
func (st *state) arc(kind int) (h, d int) {
	d = st.s(0)
	if kind == left {
		return st.b, d
	}
	return st.s(1), d
}

// labelFeatures appends the features of the relation of the arc h -> d.
func labelFeatures(buf []uint64, x *sentence, st *state, h, d int) []uint64 {
	f1, f2, f3 := perceptron.F1, perceptron.F2, perceptron.F3
	dir := uint64(1)
	if h > d {
		dir = 2
	}
	dst := dist(min(h, d), max(h, d))
	dw, dp, du, dc, dst6 := x.w[d], x.p[d], x.u[d], x.c[d], x.st[d]
	hw, hp, hu := x.w[h], x.p[h], x.u[h]
	lc, rc := x.at(st, st.lc1[d]), x.at(st, st.rc1[d])
	lc2 := x.at(st, st.lc2[d])
	prev, next := x.at(st, d-1), x.at(st, nextWord(x, d))
	nk := capped(st.nl[d]+st.nr[d], 4)
	b := x.at(st, st.bf(0))
	return append(buf,
		f1(300, 0),
		f1(301, dp), f1(302, dw), f1(303, du), f1(304, dst6), f1(305, dc),
		f1(306, hp), f1(307, hw), f1(308, hu),
		f3(309, dp, hp, dir), f3(310, dw, hp, dir), f3(311, dp, hw, dir), f3(312, dw, hw, dir),
		perceptron.Feat(313, du, hu, dir, dst), f3(314, dc, x.c[h], dir), f3(315, dp, dir, dst),
		f3(316, dst6, hp, dir), f2(317, dst6, dp), f2(318, dst6, dw), f2(319, x.c6[d], x.c6[h]),
		f3(320, dp, prev.p, next.p), f2(321, dp, prev.w), f2(322, dp, next.w), f2(323, dp, nk),
		// the dependent's finished subtree: case markers, auxiliaries, subjects
		f3(324, dp, st.lset[d], dir), f3(325, dp, st.rset[d], dir), f2(326, dw, st.lset[d]),
		f3(327, dp, lc.w, lc.l), f3(328, dp, rc.w, rc.l), f3(329, lc.w, lc.l, hp),
		f3(330, dp, lc2.w, lc2.l), f3(331, lc.w, lc2.w, dp),
		// what the head already governs: a second nominal after a subject is an object
		f3(332, dp, st.lset[h], dir), f3(333, dp, st.rset[h], dir), f3(334, hp, st.lset[h], dir),
		f3(335, dst6, st.lset[h], st.rset[h]),
		// supertags, children's tags, the next buffer word
		f2(336, x.st[h], dst6), f3(337, dp, hp, x.st[h]), f3(338, dp, rc.p, rc.l), f3(339, dp, lc.p, lc.l),
		f3(340, dp, capped(st.nl[h], 3), capped(st.nr[h], 3)), f2(341, dp, b.p), f3(342, dw, dir, dst),
		f3(343, du, hu, b.u), f2(344, lc.l, rc.l),
	)
}

// nextWord returns d+1, or none past the end of the sentence.
func nextWord(x *sentence, d int) int {
	if d+1 >= len(x.w) {
		return none
	}
	return d + 1
}

// chooseKind returns the valid transition kind with the highest score.
func chooseKind(st *state, scores []int32) int {
	best := -1
	for k := shift; k <= right; k++ {
		if st.valid(k) && (best < 0 || scores[k] > scores[best]) {
			best = k
		}
	}
	return best
}

// bestLabel returns the highest-scoring label other than root.
func (p *Parser) bestLabel(scores []int32) int {
	best := -1
	for c, v := range scores {
		if c != p.root && (best < 0 || v > scores[best]) {
			best = c
		}
	}
	return best
}
