// Command train learns kg's tagger, lemmatiser and dependency parser from a
// Universal Dependencies treebank and writes the gzip-compressed model file
// that package nlp embeds.
//
// Usage:
//
//	go run ./extract/nlp/train -treebank ../shared/treebanks/UD_English-EWT -out extract/nlp/model/en_ewt.kgm.gz
//
// Training is deterministic for a given -seed and uses one core.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/nlp/conllu"
	"github.com/kgraph/kg/extract/nlp/lemma"
	"github.com/kgraph/kg/extract/nlp/tagger"
)

func main() {
	treebank := flag.String("treebank", "../shared/treebanks/UD_English-EWT", "directory holding *-ud-{train,dev,test}.conllu")
	out := flag.String("out", "", "model file to write (gzip)")
	seed := flag.Uint64("seed", 1, "random seed")
	tagEpochs := flag.Int("tag-epochs", 10, "tagger training epochs")
	flag.Parse()
	runtime.GOMAXPROCS(1)
	if err := run(*treebank, *out, *seed, *tagEpochs); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(dir, out string, seed uint64, tagEpochs int) error {
	start := time.Now()
	train, err := load(dir, "train")
	if err != nil {
		return err
	}
	dev, err := load(dir, "dev")
	if err != nil {
		return err
	}
	fmt.Printf("loaded %d train, %d dev sentences\n", len(train), len(dev))
	tg := tagger.Train(tagSents(train), tagger.TrainOptions{Epochs: tagEpochs, Seed: seed, Dev: tagSents(dev), Log: os.Stdout})
	fmt.Printf("tagger: %d features, %d weights (%s)\n", tg.Model().NFeatures(), tg.Model().NWeights(), time.Since(start).Round(time.Second))
	lm := lemma.Train(lemmaExamples(train))
	p := nlp.New(tg, lm)
	if out != "" {
		if err := save(p, out); err != nil {
			return err
		}
	}
	for _, split := range []string{"dev", "test"} {
		sents, err := load(dir, split)
		if err != nil {
			return err
		}
		u, x, l := tagScores(p, sents)
		fmt.Printf("%s: UPOS %.2f XPOS %.2f lemma %.2f\n", split, u, x, l)
	}
	fmt.Printf("total time %s\n", time.Since(start).Round(time.Second))
	return nil
}

func save(p *nlp.Pipeline, out string) error {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if _, err := p.WriteTo(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", out, err)
	}
	if err := f.Close(); err != nil {
		return err
	}
	st, err := os.Stat(out)
	if err != nil {
		return err
	}
	fmt.Printf("wrote %s (%d bytes)\n", out, st.Size())
	return nil
}

func lemmaExamples(sents []*conllu.Sentence) []lemma.Example {
	var out []lemma.Example
	for _, s := range sents {
		for _, w := range s.Words {
			out = append(out, lemma.Example{Form: w.Form, XPOS: w.XPOS, Lemma: w.Lemma})
		}
	}
	return out
}

// tagScores returns UPOS, XPOS and lemma accuracy of p.Tag on sents.
func tagScores(p *nlp.Pipeline, sents []*conllu.Sentence) (upos, xpos, lem float64) {
	var nu, nx, nl, n int
	for _, s := range sents {
		forms := make([]string, len(s.Words))
		for i, w := range s.Words {
			forms[i] = w.Form
		}
		for i, w := range p.Tag(forms) {
			g := s.Words[i]
			n++
			if w.UPOS == g.UPOS {
				nu++
			}
			if w.XPOS == g.XPOS {
				nx++
			}
			if w.Lemma == g.Lemma {
				nl++
			}
		}
	}
	pc := func(k int) float64 { return 100 * float64(k) / float64(max(n, 1)) }
	return pc(nu), pc(nx), pc(nl)
}

func load(dir, split string) ([]*conllu.Sentence, error) {
	matches, err := filepath.Glob(filepath.Join(dir, "*-ud-"+split+".conllu"))
	if err != nil || len(matches) != 1 {
		return nil, fmt.Errorf("find %s split in %s: %d matches, %v", split, dir, len(matches), err)
	}
	f, err := os.Open(matches[0])
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := conllu.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", matches[0], err)
	}
	return sents, nil
}

func tagSents(sents []*conllu.Sentence) []tagger.Sentence {
	out := make([]tagger.Sentence, len(sents))
	for i, s := range sents {
		for _, w := range s.Words {
			out[i].Forms = append(out[i].Forms, w.Form)
			out[i].UPOS = append(out[i].UPOS, w.UPOS)
			out[i].XPOS = append(out[i].XPOS, w.XPOS)
		}
	}
	return out
}
