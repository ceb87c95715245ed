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
	tr := perceptron.NewTrainer(1 + 2*len(p.labels))
	rng := rand.New(rand.NewPCG(opt.Seed, 0x9a55))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	t := &trainer{p: p, tr: tr, rng: rng, scores: make([]float64, tr.NClass()), costs: make([]int, tr.NClass())}
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
				p.model = tr.Compile()
				uas, las := p.Accuracy(opt.Dev)
				fmt.Fprintf(opt.Log, " dev UAS %.2f LAS %.2f", uas, las)
			}
			fmt.Fprintln(opt.Log)
		}
	}
	p.model = tr.Compile()
	if opt.RelabelEpochs > 0 {
		p.relabeler = p.trainRelabeler(sents, labelOf, opt)
		if opt.Log != nil && opt.Dev != nil {
			uas, las := p.Accuracy(opt.Dev)
			fmt.Fprintf(opt.Log, "with relabeller: dev UAS %.2f LAS %.2f\n", uas, las)
		}
	}
	return p
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
		t.tr.Tick()
		t.total++
		next := pred
		if t.costs[pred] == 0 {
			t.correct++
		} else if zero >= 0 {
			t.tr.Update(t.buf, zero, 1)
			t.tr.Update(t.buf, pred, -1)
			if t.rng.Float64() >= t.explore {
				next = zero
			}
		}
		st.apply(kindOf(next))
	}
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
