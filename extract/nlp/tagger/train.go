package tagger

import (
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/kgraph/kg/extract/nlp/perceptron"
)

// Sentence is a training or evaluation sentence.
type Sentence struct {
	Forms, UPOS, XPOS []string
}

// TrainOptions control Train.
type TrainOptions struct {
	Epochs int        // passes over the data
	Seed   uint64     // shuffling seed
	Dev    []Sentence // if set, UPOS accuracy on Dev is logged after each epoch
	Log    io.Writer  // progress log; nil for none
}

// Train learns a tagger from sents.
func Train(sents []Sentence, opt TrainOptions) *Tagger {
	t := &Tagger{}
	classOf := t.buildClasses(sents)
	t.amb = ambiguity(sents, classOf)
	tr := perceptron.NewTrainer(len(t.upos))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x7a66))
	scores := make([]float64, len(t.upos))
	var buf []uint64
	for ep := 1; ep <= opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			s := &sents[si]
			toks := make([]token, len(s.Forms))
			for i, f := range s.Forms {
				toks[i] = makeToken(f, t.amb)
			}
			p1, p2 := uint64(1), uint64(1)
			for i := range toks {
				gold := classOf[s.UPOS[i]+"\t"+s.XPOS[i]]
				buf = features(buf[:0], toks, i, p1, p2)
				clear(scores)
				tr.Score(buf, scores)
				pred := argmax64(scores)
				tr.Tick()
				if pred != gold {
					tr.Update(buf, gold, 1)
					tr.Update(buf, pred, -1)
				} else {
					correct++
				}
				total++
				p2, p1 = p1, uint64(pred)+3
			}
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "tagger epoch %d: train %.2f%%", ep, 100*float64(correct)/float64(total))
			if opt.Dev != nil {
				t.model = tr.Compile()
				u, x := t.Accuracy(opt.Dev)
				fmt.Fprintf(opt.Log, " dev UPOS %.2f%% XPOS %.2f%%", u, x)
			}
			fmt.Fprintln(opt.Log)
		}
	}
	t.model = tr.Compile()
	return t
}

func (t *Tagger) buildClasses(sents []Sentence) map[string]int {
	set := map[string]bool{}
	for _, s := range sents {
		for i := range s.Forms {
			set[s.UPOS[i]+"\t"+s.XPOS[i]] = true
		}
	}
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	classOf := make(map[string]int, len(keys))
	for i, k := range keys {
		u, x, _ := strings.Cut(k, "\t")
		t.upos, t.xpos = append(t.upos, u), append(t.xpos, x)
		classOf[k] = i
	}
	return classOf
}

// ambiguity maps each training word's norm hash to a hash of the set of
// classes it was seen with.
func ambiguity(sents []Sentence, classOf map[string]int) map[uint64]uint64 {
	sets := map[uint64][]int{}
	count := map[uint64]int{}
	for _, s := range sents {
		for _, f := range s.Forms {
			count[perceptron.Hash(Norm(f))]++
		}
	}
	for _, s := range sents {
		for i, f := range s.Forms {
			h := perceptron.Hash(Norm(f))
			if count[h] < minAmbCount {
				continue
			}
			c := classOf[s.UPOS[i]+"\t"+s.XPOS[i]]
			if !slices.Contains(sets[h], c) {
				sets[h] = append(sets[h], c)
			}
		}
	}
	amb := make(map[uint64]uint64, len(sets))
	for h, cs := range sets {
		slices.Sort(cs)
		a := uint64(3)
		for _, c := range cs {
			a = perceptron.Mix(a, uint64(c))
		}
		amb[h] = a
	}
	return amb
}

// minAmbCount is the minimum training frequency of a word for it to get an
// ambiguity class; rarer words are treated like unseen ones so that the
// model learns to tag them from their spelling.
var minAmbCount = 5

func argmax64(s []float64) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}

// Accuracy returns UPOS and XPOS accuracy (percent) on sents.
func (t *Tagger) Accuracy(sents []Sentence) (upos, xpos float64) {
	nu, nx, n := 0, 0, 0
	for _, s := range sents {
		u, x := t.Tag(s.Forms)
		for i := range u {
			if u[i] == s.UPOS[i] {
				nu++
			}
			if x[i] == s.XPOS[i] {
				nx++
			}
			n++
		}
	}
	return 100 * float64(nu) / float64(max(n, 1)), 100 * float64(nx) / float64(max(n, 1))
}
