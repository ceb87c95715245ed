package parser

import (
	"github.com/kgraph/kg/extract/nlp/cluster"
	"github.com/kgraph/kg/extract/nlp/perceptron"
	"github.com/kgraph/kg/extract/nlp/tagger"
)

// Atom values for missing positions and the root.
const (
	absent = 1
	rootID = 2
)

// sentence holds per-word feature atoms; index 0 is the root.
type sentence struct {
	w, p, u, c, c6 []uint64 // normalised form, XPOS, UPOS, cluster and its 6-bit prefix
	st             []uint64 // supertag
}

func newSentence(forms, upos, xpos, super []string, cl *cluster.Clusters) *sentence {
	n := len(forms)
	s := &sentence{w: make([]uint64, n+1), p: make([]uint64, n+1), u: make([]uint64, n+1),
		c: make([]uint64, n+1), c6: make([]uint64, n+1), st: make([]uint64, n+1)}
	s.w[0], s.p[0], s.u[0], s.c[0], s.c6[0], s.st[0] = rootID, rootID, rootID, rootID, rootID, rootID
	for i := range super {
		s.st[i+1] = perceptron.Hash(super[i])
	}
	for i, f := range forms {
		s.w[i+1] = perceptron.Hash(tagger.Norm(f))
		s.p[i+1] = perceptron.Hash(xpos[i])
		s.u[i+1] = perceptron.Hash(upos[i])
		path := cl.Lookup(s.w[i+1])
		s.c[i+1], s.c6[i+1] = path.Key(), path.Prefix(6).Key()
	}
	return s
}

// ctx gathers the atoms of one position.
type ctx struct {
	w, p, u, l, c, c6, st uint64
}

func (x *sentence) at(st *state, i int) ctx {
	if i == none {
		return ctx{absent, absent, absent, absent, absent, absent, absent}
	}
	l := uint64(absent)
	if st.label[i] != none {
		l = uint64(st.label[i]) + 3
	}
	return ctx{x.w[i], x.p[i], x.u[i], l, x.c[i], x.c6[i], x.st[i]}
}

func capped(v, c int) uint64 {
	if v > c {
		v = c
	}
	return uint64(v) + 3
}

func dist(a, b int) uint64 {
	if a == none || b == none || a == 0 {
		return absent
	}
	d := b - a
	switch {
	case d < 0:
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d) + 3
	case d <= 7:
		return 8
	case d <= 12:
		return 9
	default:
		return 10
	}
}

func (st *state) kids(i int) (lc1, lc2, rc1, rc2 int, nl, nr int, ls, rs uint64) {
	if i == none {
		return none, none, none, none, 0, 0, 0, 0
	}
	return st.lc1[i], st.lc2[i], st.rc1[i], st.rc2[i], st.nl[i], st.nr[i], st.lset[i], st.rset[i]
}

// features appends the feature keys of the configuration; super adds the
// supertag features.
func features(buf []uint64, x *sentence, st *state, super bool) []uint64 {
	f1, f2, f3 := perceptron.F1, perceptron.F2, perceptron.F3
	s0i, s1i, s2i := st.s(0), st.s(1), st.s(2)
	b0i, b1i, b2i := st.bf(0), st.bf(1), st.bf(2)
	s0, s1, s2 := x.at(st, s0i), x.at(st, s1i), x.at(st, s2i)
	b0, b1, b2 := x.at(st, b0i), x.at(st, b1i), x.at(st, b2i)
	s0l1i, s0l2i, s0r1i, s0r2i, s0nl, s0nr, s0ls, s0rs := st.kids(s0i)
	s1l1i, _, s1r1i, s1r2i, s1nl, s1nr, _, s1rs := st.kids(s1i)
	b0l1i, b0l2i, _, _, b0nl, _, b0ls, _ := st.kids(b0i)
	s0l, s0l2, s0r, s0r2 := x.at(st, s0l1i), x.at(st, s0l2i), x.at(st, s0r1i), x.at(st, s0r2i)
	s1l, s1r, s1r2 := x.at(st, s1l1i), x.at(st, s1r1i), x.at(st, s1r2i)
	b0l, b0l2 := x.at(st, b0l1i), x.at(st, b0l2i)
	d01 := dist(s0i, b0i)
	d10 := dist(s1i, s0i)

	buf = append(buf,
		f1(0, 0),
		// single words
		f2(1, s0.w, s0.p), f1(2, s0.w), f1(3, s0.p), f1(4, s0.u),
		f2(5, b0.w, b0.p), f1(6, b0.w), f1(7, b0.p), f1(8, b0.u),
		f2(9, b1.w, b1.p), f1(10, b1.w), f1(11, b1.p),
		f2(12, b2.w, b2.p), f1(13, b2.w), f1(14, b2.p),
		f2(15, s1.w, s1.p), f1(16, s1.w), f1(17, s1.p), f1(18, s1.u),
		f1(19, s2.p), f1(20, s2.w),
		// word pairs
		perceptron.Feat(21, s0.w, s0.p, b0.w, b0.p),
		f3(22, s0.w, s0.p, b0.w), f3(23, s0.w, b0.w, b0.p),
		f3(24, s0.w, s0.p, b0.p), f3(25, s0.p, b0.w, b0.p),
		f2(26, s0.w, b0.w), f2(27, s0.p, b0.p), f2(28, b0.p, b1.p),
		perceptron.Feat(29, s1.w, s1.p, s0.w, s0.p),
		f3(30, s1.w, s1.p, s0.p), f3(31, s1.p, s0.w, s0.p),
		f2(32, s1.w, s0.w), f2(33, s1.p, s0.p), f2(34, s1.u, s0.u),
		f3(35, s1.w, s0.p, b0.p), f3(36, s1.p, s0.w, b0.p), f3(37, s1.p, s0.p, b0.w),
		// three tags
		f3(38, b0.p, b1.p, b2.p), f3(39, s0.p, b0.p, b1.p), f3(40, s1.p, s0.p, b0.p),
		f3(41, s0.p, s0l.p, b0.p), f3(42, s0.p, s0r.p, b0.p), f3(43, s0.p, b0.p, b0l.p),
		f3(44, s2.p, s1.p, s0.p), f3(45, s1.p, s1r.p, s0.p), f3(46, s1.p, s1l.p, s0.p),
		f3(47, s0.u, b0.u, b1.u), f3(48, s1.u, s0.u, b0.u),
		// distance
		f2(49, s0.w, d01), f2(50, s0.p, d01), f2(51, b0.w, d01), f2(52, b0.p, d01),
		f3(53, s0.w, b0.w, d01), f3(54, s0.p, b0.p, d01),
		f2(55, s1.p, d10), f3(56, s1.p, s0.p, d10), f3(57, s1.w, s0.w, d10), f2(58, s0.w, d10),
		// valency
		f2(59, s0.w, capped(s0nr, 4)), f2(60, s0.p, capped(s0nr, 4)),
		f2(61, s0.w, capped(s0nl, 4)), f2(62, s0.p, capped(s0nl, 4)),
		f2(63, b0.w, capped(b0nl, 4)), f2(64, b0.p, capped(b0nl, 4)),
		f2(65, s1.p, capped(s1nr, 4)), f2(66, s1.p, capped(s1nl, 4)),
		// children
		f1(67, s0l.w), f1(68, s0l.p), f1(69, s0l.l),
		f1(70, s0r.w), f1(71, s0r.p), f1(72, s0r.l),
		f1(73, b0l.w), f1(74, b0l.p), f1(75, b0l.l),
		f1(76, s1r.w), f1(77, s1r.p), f1(78, s1r.l),
		f1(79, s1l.p), f1(80, s1l.l),
		f2(81, s0l2.p, s0l2.l), f2(82, s0r2.p, s0r2.l), f2(83, b0l2.p, b0l2.l), f2(84, s1r2.p, s1r2.l),
		f3(85, s0.p, s0l.p, s0l2.p), f3(86, s0.p, s0r.p, s0r2.p), f3(87, b0.p, b0l.p, b0l2.p),
		f3(88, s0.p, s0l.l, s0r.l), f3(89, s0.w, s0l.l, s0r.l), f3(90, b0.p, b0l.l, b0l2.l),
		f3(91, s1.p, s1r.l, s1r2.l),
		// label sets
		f2(92, s0.w, s0rs), f2(93, s0.p, s0rs), f2(94, s0.w, s0ls), f2(95, s0.p, s0ls),
		f2(96, b0.w, b0ls), f2(97, b0.p, b0ls), f2(98, s1.p, s1rs),
		// lexical combinations with children
		f3(99, s0.p, s0r.w, b0.p), f3(100, s0.p, b0l.w, b0.p), f3(101, s1.p, s0.p, s0l.p),
		f3(102, s0.w, b0.p, b1.p), f3(103, s0.p, b0.w, b1.p),
		// clusters
		f1(104, s0.c), f1(105, b0.c), f1(106, b1.c), f1(107, s1.c),
		f2(108, s0.c, b0.c), f2(109, s0.c6, b0.c6), f3(110, s0.c, b0.p, d01), f3(111, s0.p, b0.c, d01),
		f2(112, s1.c, s0.c), f2(113, s1.c6, s0.c6), f3(114, s1.c, s0.p, d10), f3(115, s1.p, s0.c, d10),
		f2(116, s0.c6, s0r.c6), f2(117, b0.c6, b0l.c6), f3(118, s0.c6, b0.c6, b1.c6),
	)
	if super {
		buf = append(buf,
			f1(130, s0.st), f1(131, s1.st), f1(132, b0.st), f1(133, b1.st), f1(134, b2.st),
			f2(135, s0.st, b0.st), f2(136, s1.st, s0.st), f3(137, s0.st, b0.st, b1.st),
			f2(138, s0.st, b0.p), f2(139, s0.p, b0.st), f2(140, s0.w, s0.st), f2(141, b0.w, b0.st),
			f3(142, s1.st, s0.st, b0.st), f2(143, s0.st, d01), f2(144, b0.st, d01), f2(145, s1.st, d10),
			f2(146, s0.st, s0l.l), f2(147, s0.st, s0r.l), f2(148, b0.st, b0l.l), f2(149, s2.st, s1.st),
		)
	}
	return buf
}
