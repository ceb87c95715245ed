package tagger

import (
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/kgraph/kg/extract/nlp/cluster"
	"github.com/kgraph/kg/extract/nlp/perceptron"
)

// Sentence is a training or evaluation sentence.
type Sentence struct {
	Forms, UPOS, XPOS []string
	// Input optionally gives one input tag per token (for example XPOS
	// when training a supertagger); if the first sentence has it, the
	// tagger uses input-tag features and TagWith must be given them.
	Input []string
}

// TrainOptions control Train.
type TrainOptions struct {
	Epochs     int               // passes over the data
	Seed       uint64            // shuffling seed
	Folds      int               // if > 1, jackknife first-pass tags over this many folds (see OnJackknife)
	SecondPass bool              // train a second pass on the jackknifed tags (needs Folds > 1)
	Dev        []Sentence        // if set, accuracy on Dev is logged after each epoch
	Log        io.Writer         // progress log; nil for none
	Clusters   *cluster.Clusters // word clusters for features; may be nil
	// OnJackknife, if set and Folds > 1, receives the first-pass tags
	// predicted for training sentence i by the model not trained on it.
	OnJackknife func(i int, upos, xpos []string)
}

// minAmbCount is the minimum training frequency of a word for it to get an
// ambiguity class; rarer words are treated like unseen ones so that the
// model learns to tag them from their spelling.
const minAmbCount = 5

// Train learns a tagger from sents.
func Train(sents []Sentence, opt TrainOptions) *Tagger {
	t := &Tagger{clusters: opt.Clusters, input: len(sents) > 0 && sents[0].Input != nil}
	classOf := t.buildClasses(sents)
	t.amb = ambiguity(sents, classOf)
	data := make([]example, len(sents))
	for i, s := range sents {
		data[i] = t.example(s, classOf)
	}
	t.model = t.trainPass(data, opt, "tagger")
	if opt.Folds < 2 {
		return t
	}
	for k := range opt.Folds {
		sub := &Tagger{upos: t.upos, xpos: t.xpos, amb: t.amb, clusters: t.clusters, input: t.input}
		var rest []example
		for i := range data {
			if i%opt.Folds != k {
				rest = append(rest, data[i])
			}
		}
		fold := opt
		fold.Seed, fold.Log = opt.Seed+uint64(k)+1, nil
		sub.model = sub.trainPass(rest, fold, "")
		for i := k; i < len(data); i += opt.Folds {
			out := make([]int, len(data[i].toks))
			sub.pass(sub.model, data[i].toks, nil, out, make([]int32, len(t.upos)), nil, nil)
			data[i].guide = make([]uint64, len(out))
			for j, c := range out {
				data[i].guide[j] = uint64(c) + 3
			}
			if opt.OnJackknife != nil {
				upos, xpos := make([]string, len(out)), make([]string, len(out))
				for j, c := range out {
					upos[j], xpos[j] = t.upos[c], t.xpos[c]
				}
				opt.OnJackknife(i, upos, xpos)
			}
		}
	}
	if opt.SecondPass {
		t.second = t.trainPass(data, opt, "tagger second pass")
	}
	return t
}

// example is a training sentence with precomputed token attributes.
type example struct {
	toks  []token
	gold  []int
	guide []uint64 // jackknifed first-pass classes + 3, for the second pass
}

func (t *Tagger) example(s Sentence, classOf map[string]int) example {
	ex := example{toks: t.tokens(s.Forms, s.Input), gold: make([]int, len(s.Forms))}
	for i := range s.Forms {
		ex.gold[i] = classOf[s.UPOS[i]+"\t"+s.XPOS[i]]
	}
	return ex
}

// trainPass trains one pass; examples with a guide train the second pass.
func (t *Tagger) trainPass(data []example, opt TrainOptions, name string) *perceptron.Model {
	tr := perceptron.NewTrainer(len(t.upos))
	order := make([]int, len(data))
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
			ex := &data[si]
			p1, p2 := uint64(1), uint64(1)
			for i := range ex.toks {
				buf = features(buf[:0], ex.toks, i, p1, p2, ex.guide, t.input)
				clear(scores)
				tr.Score(buf, scores)
				pred := argmax64(scores)
				tr.Tick()
				if gold := ex.gold[i]; pred != gold {
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
			fmt.Fprintf(opt.Log, "%s epoch %d: train %.2f%%", name, ep, 100*float64(correct)/float64(total))
			if opt.Dev != nil {
				m := tr.Compile()
				eval := *t
				if data[0].guide != nil {
					eval.second = m
				} else {
					eval.model, eval.second = m, nil
				}
				u, x := eval.Accuracy(opt.Dev)
				fmt.Fprintf(opt.Log, " dev UPOS %.2f%% XPOS %.2f%%", u, x)
			}
			fmt.Fprintln(opt.Log)
		}
	}
	return tr.Compile()
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

// ambiguity maps the norm hash of each word seen at least minAmbCount
// times to a hash of the set of classes it was seen with.
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
		u, x := t.TagWith(s.Forms, s.Input)
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
