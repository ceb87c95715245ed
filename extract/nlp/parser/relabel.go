package parser

import (
	"fmt"
	"math/rand/v2"

	"github.com/kgraph/kg/extract/nlp/perceptron"
)

// A relabeller re-decides the relation of every word once the whole tree
// is known, with features the transition system cannot see when it builds
// an arc: all children of the word (for example its case marker), its
// siblings (for example a passive auxiliary), its grandparent and its
// supertag.

// tree is a parsed sentence with children lists; index 0 is the root.
type tree struct {
	head []int   // head[d] for d in 1..n; head[0] = -1
	kids [][]int // children of each node in order
}

func newTree(heads []int) *tree {
	n := len(heads)
	t := &tree{head: make([]int, n+1), kids: make([][]int, n+1)}
	t.head[0] = -1
	for d := 1; d <= n; d++ {
		h := heads[d-1]
		t.head[d] = h
		t.kids[h] = append(t.kids[h], d)
	}
	return t
}

// maxBag bounds the number of child and sibling features per word.
const maxBag = 6

// relabelFeatures appends the features of word d's relation.
func relabelFeatures(buf []uint64, x *sentence, t *tree, d int) []uint64 {
	f1, f2, f3 := perceptron.F1, perceptron.F2, perceptron.F3
	h := t.head[d]
	dir := uint64(1)
	if h > d {
		dir = 2
	}
	dst := dist(min(h, d), max(h, d))
	if h == 0 {
		dst = absent
	}
	g := uint64(absent)
	if h > 0 {
		g = x.p[t.head[h]]
	}
	nb := func(i int) (uint64, uint64) {
		if i < 1 || i >= len(x.w) {
			return absent, absent
		}
		return x.w[i], x.p[i]
	}
	lw, lp := nb(d - 1)
	rw, rp := nb(d + 1)
	buf = append(buf,
		f1(200, 0),
		f1(201, x.p[d]), f1(202, x.w[d]), f1(203, x.u[d]), f1(204, x.st[d]),
		f1(205, x.p[h]), f1(206, x.w[h]), f1(207, x.u[h]),
		f3(208, x.p[d], x.p[h], dir), f3(209, x.w[d], x.p[h], dir), f3(210, x.p[d], x.w[h], dir),
		f3(211, x.w[d], x.w[h], dir), perceptron.Feat(212, x.u[d], x.u[h], dir, dst),
		f3(213, x.c[d], x.c[h], dir), f3(214, x.p[d], dir, dst), f3(215, x.p[d], x.p[h], g),
		f3(216, x.st[d], x.p[h], dir), f2(217, x.st[d], x.p[d]), f2(218, x.st[d], x.w[d]),
		f3(219, x.p[d], lp, rp), f2(220, x.p[d], lw), f2(221, x.p[d], rw),
		f2(222, x.p[d], capped(len(t.kids[d]), 4)), f2(223, x.c6[d], x.c6[h]),
	)
	for i, k := range t.kids[d] {
		if i == maxBag {
			break
		}
		side := uint64(1)
		if k > d {
			side = 2
		}
		buf = append(buf, f3(224, x.w[k], x.p[k], side), f3(225, x.p[d], x.p[k], side), f2(226, x.st[k], x.p[d]))
	}
	if h >= 0 {
		for i, s := range t.kids[h] {
			if i == maxBag {
				break
			}
			if s == d {
				continue
			}
			side := uint64(1)
			if s > d {
				side = 2
			}
			buf = append(buf, f3(227, x.w[s], x.p[d], side), f3(228, x.p[s], x.p[d], side), f2(229, x.st[s], x.p[d]))
		}
	}
	return buf
}

// relabel replaces rels (labels indices per word 1..n) using m.
func (p *Parser) relabel(x *sentence, heads []int, labels []int) {
	t := newTree(heads)
	scores := make([]int32, p.relabeler.NClass())
	buf := make([]uint64, 0, 64)
	for d := 1; d <= len(heads); d++ {
		if t.head[d] == 0 {
			labels[d] = p.root
			continue
		}
		buf = relabelFeatures(buf[:0], x, t, d)
		clear(scores)
		p.relabeler.Score(buf, scores)
		best := -1
		for c, v := range scores {
			if c != p.root && (best < 0 || v > scores[best]) {
				best = c
			}
		}
		labels[d] = best
	}
}

// trainRelabeler learns the relabeller from gold trees with predicted tags.
func (p *Parser) trainRelabeler(sents []Sentence, labelOf map[string]int, opt TrainOptions) *perceptron.Model {
	tr := perceptron.NewTrainer(len(p.labels))
	rng := rand.New(rand.NewPCG(opt.Seed, 0x7e1a))
	order := rng.Perm(len(sents))
	scores := make([]float64, len(p.labels))
	var buf []uint64
	for ep := 1; ep <= opt.RelabelEpochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			s := &sents[si]
			x := newSentence(s.Forms, s.UPOS, s.XPOS, s.Super, p.clusters)
			t := newTree(s.Heads)
			for d := 1; d <= len(s.Forms); d++ {
				if t.head[d] == 0 {
					continue
				}
				gold := labelOf[s.Rels[d-1]]
				buf = relabelFeatures(buf[:0], x, t, d)
				clear(scores)
				tr.Score(buf, scores)
				pred := -1
				for c, v := range scores {
					if c != p.root && (pred < 0 || v > scores[pred]) {
						pred = c
					}
				}
				tr.Tick()
				total++
				if pred == gold {
					correct++
					continue
				}
				tr.Update(buf, gold, 1)
				tr.Update(buf, pred, -1)
			}
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "relabeller epoch %d: train %.2f%%\n", ep, 100*float64(correct)/float64(max(total, 1)))
		}
	}
	return tr.Compile()
}
