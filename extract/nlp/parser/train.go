package parser

import (
	"fmt"
	"io"
	"math/rand/v2"
	"slices"

	"github.com/kgraph/kg/extract/nlp/cluster"
	"github.com/kgraph/kg/extract/nlp/perceptron"
)

// Sentence is a tagged training or evaluation sentence with its gold tree
// (Heads 1-based with 0 for the root, as in CoNLL-U).
type Sentence struct {
	Forms, UPOS, XPOS []string
	Super             []string // predicted supertags (see Supertags); nil to train without them
	Heads             []int
	Rels              []string
}

// TrainOptions control Train.
type TrainOptions struct {
	Epochs        int               // passes over the data
	Seed          uint64            // shuffling and exploration seed
	Explore       float64           // probability of following a wrong prediction (from epoch 2)
	RelabelEpochs int               // if > 0, train a relabeller for this many epochs
	Labeler       bool              // unlabelled transitions plus a labeller (see label.go)
	Dev           []Sentence        // if set, attachment scores on Dev are logged each epoch
	Clusters      *cluster.Clusters // word clusters for features; may be nil
	Log           io.Writer         // progress log; nil for none
}

// Train learns a parser from sents. Non-projective trees are made
// projective by lifting before training.
func Train(sents []Sentence, opt TrainOptions) *Parser {
	p := &Parser{labels: labelSet(sents), clusters: opt.Clusters, super: len(sents) > 0 && sents[0].Super != nil}
	p.root = slices.Index(p.labels, RootLabel)
	labelOf := map[string]int{}
	for i, l := range p.labels {
		labelOf[l] = i
	}
	golds := make([]gold, len(sents))
	for i, s := range sents {
		golds[i] = makeGold(s, labelOf)
	}
	nclass := 1 + 2*len(p.labels)
	var lt *perceptron.Trainer
	if opt.Labeler {
		nclass = 3
		lt = perceptron.NewTrainer(len(p.labels))
	}
	tr := perceptron.NewTrainer(nclass)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x9a55))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	t := &trainer{p: p, tr: tr, lt: lt, rng: rng, scores: make([]float64, tr.NClass()), costs: make([]int, tr.NClass())}
	if lt != nil {
		t.lscores = make([]float64, lt.NClass())
	}
	for ep := 1; ep <= opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		t.explore = 0
		if ep > 1 {
			t.explore = opt.Explore
		}
		t.correct, t.total = 0, 0
		for _, si := range order {
			t.sentence(&sents[si], &golds[si])
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "parser epoch %d: train transitions %.2f%%", ep, 100*float64(t.correct)/float64(max(t.total, 1)))
			if opt.Dev != nil {
				p.compile(tr, lt)
				uas, las := p.Accuracy(opt.Dev)
				fmt.Fprintf(opt.Log, " dev UAS %.2f LAS %.2f", uas, las)
			}
			fmt.Fprintln(opt.Log)
		}
	}
	p.compile(tr, lt)
	if opt.RelabelEpochs > 0 {
		p.relabeler = p.trainRelabeler(sents, labelOf, opt)
		if opt.Log != nil && opt.Dev != nil {
			uas, las := p.Accuracy(opt.Dev)
			fmt.Fprintf(opt.Log, "with relabeller: dev UAS %.2f LAS %.2f\n", uas, las)
		}
	}
	return p
}

func (p *Parser) compile(tr, lt *perceptron.Trainer) {
	p.model = tr.Compile()
	if lt != nil {
		p.labeler = lt.Compile()
	}
}

func labelSet(sents []Sentence) []string {
	set := map[string]bool{RootLabel: true}
	for _, s := range sents {
		for _, r := range s.Rels {
			set[r] = true
		}
	}
	labels := make([]string, 0, len(set))
	for l := range set {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	return labels
}

func makeGold(s Sentence, labelOf map[string]int) gold {
	n := len(s.Forms)
	h := make([]int, n+1)
	l := make([]int, n+1)
	for i := range n {
		h[i+1] = s.Heads[i]
		l[i+1] = labelOf[s.Rels[i]]
	}
	h[0] = -1
	ph := projectivize(h)
	ph[0] = -1
	return gold{head: ph, label: l}
}

type trainer struct {
	p              *Parser
	tr             *perceptron.Trainer
	lt             *perceptron.Trainer // labeller; nil for labelled transitions
	lscores        []float64
	rng            *rand.Rand
	explore        float64
	st             state
	buf            []uint64
	scores         []float64
	costs          []int
	correct, total int
}

func (t *trainer) sentence(s *Sentence, g *gold) {
	x := newSentence(s.Forms, s.UPOS, s.XPOS, s.Super, t.p.clusters)
	st := &t.st
	st.reset(len(s.Forms))
	if t.lt != nil {
		t.unlabelled(x, g)
		return
	}
	for !st.done() {
		t.buf = features(t.buf[:0], x, st, t.p.super)
		clear(t.scores)
		t.tr.Score(t.buf, t.scores)
		pred, zero := -1, -1
		for c := range t.scores {
			t.costs[c] = -1
			if !t.p.validClass(st, c) {
				continue
			}
			kind, label := kindOf(c)
			t.costs[c] = st.cost(g, kind, label)
			if pred < 0 || t.scores[c] > t.scores[pred] {
				pred = c
			}
			if t.costs[c] == 0 && (zero < 0 || t.scores[c] > t.scores[zero]) {
				zero = c
			}
		}
		next := t.learn(pred, zero)
		st.apply(kindOf(next))
	}
}

// learn counts one decision and updates the classifier when the
// predicted class pred costs gold arcs and a zero-cost class exists; it
// returns the class to follow: pred, or with probability 1-explore the
// zero-cost one (error exploration).
func (t *trainer) learn(pred, zero int) int {
	t.tr.Tick()
	t.total++
	if t.costs[pred] == 0 {
		t.correct++
		return pred
	}
	if zero < 0 {
		return pred
	}
	t.tr.Update(t.buf, zero, 1)
	t.tr.Update(t.buf, pred, -1)
	if t.rng.Float64() >= t.explore {
		return zero
	}
	return pred
}

// unlabelled trains the transition classifier and the labeller on one
// sentence: transitions by the dynamic oracle without labels, and the
// label of every arc that the gold tree has, as the arc is built.
func (t *trainer) unlabelled(x *sentence, g *gold) {
	st := &t.st
	for !st.done() {
		t.buf = features(t.buf[:0], x, st, t.p.super)
		clear(t.scores)
		t.tr.Score(t.buf, t.scores)
		pred, zero := -1, -1
		for k := shift; k <= right; k++ {
			t.costs[k] = -1
			if !st.valid(k) {
				continue
			}
			t.costs[k] = st.cost(g, k, g.label[st.s(0)])
			if pred < 0 || t.scores[k] > t.scores[pred] {
				pred = k
			}
			if t.costs[k] == 0 && (zero < 0 || t.scores[k] > t.scores[zero]) {
				zero = k
			}
		}
		next := t.learn(pred, zero)
		st.apply(next, t.trainLabel(x, g, next))
	}
}

// trainLabel predicts the relation of the arc that kind builds, learning
// from the gold label when the arc is in the gold tree.
func (t *trainer) trainLabel(x *sentence, g *gold, kind int) int {
	st := &t.st
	if kind == shift {
		return 0
	}
	h, d := st.arc(kind)
	if h == 0 {
		return t.p.root
	}
	t.buf = labelFeatures(t.buf[:0], x, st, h, d)
	clear(t.lscores)
	t.lt.Score(t.buf, t.lscores)
	pred := -1
	for c, v := range t.lscores {
		if c != t.p.root && (pred < 0 || v > t.lscores[pred]) {
			pred = c
		}
	}
	if g.head[d] != h {
		return pred
	}
	t.lt.Tick()
	if gold := g.label[d]; pred != gold {
		t.lt.Update(t.buf, gold, 1)
		t.lt.Update(t.buf, pred, -1)
	}
	return pred
}

// Accuracy returns unlabelled and labelled attachment scores (percent,
// punctuation included) on sents.
func (p *Parser) Accuracy(sents []Sentence) (uas, las float64) {
	var u, l, n int
	for _, s := range sents {
		heads, rels := p.Parse(s.Forms, s.UPOS, s.XPOS, s.Super)
		for i := range heads {
			n++
			if heads[i] == s.Heads[i] {
				u++
				if rels[i] == s.Rels[i] {
					l++
				}
			}
		}
	}
	return 100 * float64(u) / float64(max(n, 1)), 100 * float64(l) / float64(max(n, 1))
}
