// Command train learns kg's tagger, lemmatiser and dependency parser from a
// Universal Dependencies treebank and writes the gzip-compressed model file
// that package nlp embeds.
//
// Usage:
//
//	go run ./extract/nlp/train -treebank ../shared/treebanks/UD_English-EWT -out extract/nlp/model/en_ewt.kgm.gz
//
// The tagger's second pass and the parser are trained on jackknifed tags
// (each fold of the training set tagged by a first-pass tagger trained on
// the other folds) so that they learn to cope with tagging errors. Training is deterministic for a given -seed and runs
// on one core; the dev set is used only for progress reporting.
//
// Beside the model it writes the sure tags (en_ewt.kgm.gz ->
// en_ewt.sure.tsv; see nlp.SureTags): the forms whose tag or supertag the
// training split settles. -sure-only writes just that file.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/nlp/cluster"
	"github.com/kgraph/kg/extract/nlp/conllu"
	"github.com/kgraph/kg/extract/nlp/lemma"
	"github.com/kgraph/kg/extract/nlp/parser"
	"github.com/kgraph/kg/extract/nlp/tagger"
)

type options struct {
	treebank, out string
	seed          uint64
	tagEpochs     int
	folds         int
	parseEpochs   int
	explore       float64
	corpus        string
	clusters      *cluster.Clusters
	prune         int
	super         bool
	superTwoPass  bool
	relabel       int
	tagPrune      int
	labeler       bool
	cache         string
	sureMin       int
	surePurity    float64
	sureOnly      bool
}

func main() {
	var o options
	flag.StringVar(&o.treebank, "treebank", "../shared/treebanks/UD_English-EWT", "directory holding *-ud-{train,dev,test}.conllu")
	flag.StringVar(&o.out, "out", "", "model file to write (gzip); empty to only report scores")
	flag.Uint64Var(&o.seed, "seed", 1, "random seed")
	flag.IntVar(&o.tagEpochs, "tag-epochs", 7, "tagger training epochs")
	flag.IntVar(&o.folds, "folds", 5, "jackknife folds for the tagger's second pass and the parser's training tags (0: one pass, gold tags for the parser)")
	flag.IntVar(&o.parseEpochs, "parse-epochs", 6, "parser training epochs")
	flag.Float64Var(&o.explore, "explore", 0.9, "parser error-exploration probability")
	flag.StringVar(&o.corpus, "corpus", "../shared/corpora/wikinews_en", "directory of *.jsonl.gz unlabelled text for word clusters (EWT train text is added); empty for none")
	flag.IntVar(&o.prune, "prune", 100, "drop parser weights below this magnitude (int16 units) from the saved model")
	flag.IntVar(&o.tagPrune, "tag-prune", 200, "drop tagger and supertagger weights below this magnitude from the saved model")
	flag.BoolVar(&o.super, "super", true, "train a supertagger (relation + head side) whose tags the parser uses as features")
	flag.BoolVar(&o.superTwoPass, "super-two-pass", false, "give the supertagger a second pass like the tagger's")
	flag.IntVar(&o.relabel, "relabel-epochs", 0, "epochs of the parser's relabeller (0: none)")
	flag.BoolVar(&o.labeler, "labeler", false, "unlabelled transitions plus an arc labeller (faster) instead of labelled transitions")
	flag.StringVar(&o.cache, "cache", "", "stage cache file: reuse the clusters, taggers and jackknifed tags stored there, or store them there (for parser experiments)")
	flag.IntVar(&o.sureMin, "sure-min", 20, "sure tags: forms seen at least this often in training ...")
	flag.Float64Var(&o.surePurity, "sure-purity", 0.995, "... with one class at least this fraction of the time (docs/nlp.md)")
	flag.BoolVar(&o.sureOnly, "sure-only", false, "only derive the sure tags and write them beside -out, without training")
	flag.Parse()
	runtime.GOMAXPROCS(1)
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(o options) error {
	start := time.Now()
	sure, err := sureTags(o)
	if err != nil || o.sureOnly {
		return err
	}
	split := map[string][]*conllu.Sentence{}
	for _, name := range []string{"train", "dev", "test"} {
		s, err := load(o.treebank, name)
		if err != nil {
			return err
		}
		split[name] = s
	}
	train, dev := split["train"], split["dev"]
	fmt.Printf("loaded %d train, %d dev, %d test sentences\n", len(train), len(dev), len(split["test"]))

	ptrain, pdev := parseSents(train), parseSents(dev)
	cl, tg, st, err := taggers(o, train, dev, ptrain, pdev, start)
	if err != nil {
		return err
	}
	o.clusters = cl
	ps := parser.Train(ptrain, parser.TrainOptions{Epochs: o.parseEpochs, Seed: o.seed, Explore: o.explore, RelabelEpochs: o.relabel,
		Labeler: o.labeler, Dev: pdev, Log: os.Stdout, Clusters: cl})
	fmt.Printf("parser: %d features, %d weights (%s)\n", ps.Model().NFeatures(), ps.Model().NWeights(), since(start))
	if o.prune > 0 {
		ps = ps.Prune(o.prune)
		fmt.Printf("pruned parser: %d features, %d weights\n", ps.Model().NFeatures(), ps.Model().NWeights())
	}

	if o.tagPrune > 0 {
		tg = tg.Prune(o.tagPrune)
		if st != nil {
			st = st.Prune(o.tagPrune)
		}
	}
	p := nlp.New(cl, tg, lemma.Train(lemmaExamples(train)), st, ps)
	if o.out != "" {
		if err := save(p, o.out); err != nil {
			return err
		}
	}
	if p, err = p.WithSureTags(sure); err != nil { // evaluate as shipped
		return err
	}
	for _, name := range []string{"dev", "test"} {
		path, _ := splitPath(o.treebank, name)
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		sc, err := nlp.Evaluate(p, f)
		f.Close()
		if err != nil {
			return err
		}
		fmt.Printf("%s: %s\n", name, sc)
	}
	fmt.Printf("total time %s\n", since(start))
	return nil
}

// taggers returns the word clusters, the tagger and the supertagger (nil
// without -super), and sets jackknifed tags on ptrain and predicted ones on
// pdev, from the stage cache when there is one.
func taggers(o options, train, dev []*conllu.Sentence, ptrain, pdev []parser.Sentence, start time.Time) (*cluster.Clusters, *tagger.Tagger, *tagger.Tagger, error) {
	if o.cache != "" && o.super {
		if _, err := os.Stat(o.cache); err == nil {
			fmt.Printf("reusing clusters, taggers and tags from %s\n", o.cache)
			return readCache(o.cache, ptrain, pdev)
		}
	}
	var cl *cluster.Clusters
	if o.corpus != "" {
		text, err := readCorpus(o.corpus)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("read corpus: %w", err)
		}
		for _, s := range train {
			toks := make([]string, len(s.Words))
			for i, w := range s.Words {
				toks[i] = tagger.Norm(w.Form)
			}
			text = append(text, toks)
		}
		cl = cluster.Train(text, cluster.DefaultOptions())
		fmt.Printf("clusters: %d words (%s)\n", cl.Len(), since(start))
	}
	o.clusters = cl
	tg := tagger.Train(tagSents(train), tagger.TrainOptions{Epochs: o.tagEpochs, Seed: o.seed, Folds: o.folds, SecondPass: o.folds > 1,
		Dev: tagSents(dev), Log: os.Stdout, Clusters: cl,
		OnJackknife: func(i int, upos, xpos []string) { ptrain[i].UPOS, ptrain[i].XPOS = upos, xpos }})
	fmt.Printf("tagger: %d features, %d weights (%s)\n", tg.Model().NFeatures(), tg.Model().NWeights(), since(start))
	retag(tg, pdev)
	if !o.super {
		return cl, tg, nil, nil
	}
	st := trainSupertagger(ptrain, pdev, o)
	fmt.Printf("supertagger: %d features, %d weights (%s)\n", st.Model().NFeatures(), st.Model().NWeights(), since(start))
	if o.cache != "" {
		if err := writeCache(o.cache, cl, tg, st, ptrain, pdev); err != nil {
			return nil, nil, nil, err
		}
	}
	return cl, tg, st, nil
}

func since(t time.Time) time.Duration { return time.Since(t).Round(time.Second) }

// trainSupertagger trains a tagger of parser.Supertags over (predicted)
// XPOS input, sets jackknifed supertags on the training sentences and
// predicted ones on dev.
func trainSupertagger(train, dev []parser.Sentence, o options) *tagger.Tagger {
	conv := func(ps []parser.Sentence) []tagger.Sentence {
		out := make([]tagger.Sentence, len(ps))
		for i, s := range ps {
			st := parser.Supertags(s.Heads, s.Rels)
			out[i] = tagger.Sentence{Forms: s.Forms, UPOS: st, XPOS: make([]string, len(st)), Input: parser.SupertagInput(s.UPOS, s.XPOS)}
			for j := range out[i].XPOS {
				out[i].XPOS[j] = "_"
			}
		}
		return out
	}
	st := tagger.Train(conv(train), tagger.TrainOptions{Epochs: o.tagEpochs, Seed: o.seed + 100, Folds: o.folds, SecondPass: o.superTwoPass,
		Dev: conv(dev), Log: os.Stdout, Clusters: o.clusters,
		OnJackknife: func(i int, upos, _ []string) { train[i].Super = upos }})
	for i := range dev {
		dev[i].Super, _ = st.TagWith(dev[i].Forms, parser.SupertagInput(dev[i].UPOS, dev[i].XPOS))
	}
	return st
}

func retag(tg *tagger.Tagger, sents []parser.Sentence) {
	for i := range sents {
		sents[i].UPOS, sents[i].XPOS = tg.Tag(sents[i].Forms)
	}
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

func splitPath(dir, split string) (string, error) {
	matches, err := filepath.Glob(filepath.Join(dir, "*-ud-"+split+".conllu"))
	if err != nil || len(matches) != 1 {
		return "", fmt.Errorf("find %s split in %s: %d matches, %v", split, dir, len(matches), err)
	}
	return matches[0], nil
}

func load(dir, split string) ([]*conllu.Sentence, error) {
	path, err := splitPath(dir, split)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := conllu.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
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

func parseSents(sents []*conllu.Sentence) []parser.Sentence {
	out := make([]parser.Sentence, len(sents))
	for i, s := range sents {
		for _, w := range s.Words {
			out[i].Forms = append(out[i].Forms, w.Form)
			out[i].UPOS = append(out[i].UPOS, w.UPOS)
			out[i].XPOS = append(out[i].XPOS, w.XPOS)
			out[i].Heads = append(out[i].Heads, w.Head)
			out[i].Rels = append(out[i].Rels, w.Deprel)
		}
	}
	return out
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
