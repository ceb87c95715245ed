package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/kgraph/kg/extract/nlp"
)

// sureTags derives the sure tags from the treebank's training split and,
// when -out is set, writes them beside the model (surePath).
func sureTags(o options) (nlp.SureTags, error) {
	path, err := splitPath(o.treebank, "train")
	if err != nil {
		return nlp.SureTags{}, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nlp.SureTags{}, err
	}
	train, err := nlp.ReadCoNLLU(f)
	f.Close()
	if err != nil {
		return nlp.SureTags{}, fmt.Errorf("%s: %w", path, err)
	}
	s := nlp.DeriveSureTags(train, o.sureMin, o.surePurity)
	fmt.Printf("sure tags: %d for the tagger, %d for the supertagger (seen >= %d times, one class >= %.3f)\n",
		len(s.Tag), len(s.Super), o.sureMin, o.surePurity)
	if o.out == "" {
		return s, nil
	}
	out := surePath(o.out)
	w, err := os.Create(out)
	if err != nil {
		return nlp.SureTags{}, err
	}
	err = nlp.WriteSureTags(w, s,
		" Sure tags of kg's English model (docs/nlp.md, \"Sure tags\"): derived from the training split of",
		" UD English EWT (CC BY-SA 4.0) by `go run ./extract/nlp/train -sure-only -out "+o.out+"`",
		fmt.Sprintf(" with -sure-min %d -sure-purity %g. Fields: table, form, input tag, UPOS, XPOS.", o.sureMin, o.surePurity))
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nlp.SureTags{}, fmt.Errorf("write %s: %w", out, err)
	}
	fmt.Printf("wrote %s\n", out)
	return s, nil
}

// surePath is the sure-tag file written beside the model file out:
// en_ewt.kgm.gz -> en_ewt.sure.tsv.
func surePath(out string) string {
	return strings.TrimSuffix(strings.TrimSuffix(out, ".gz"), ".kgm") + ".sure.tsv"
}
