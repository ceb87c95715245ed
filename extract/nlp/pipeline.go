package nlp

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/kgraph/kg/extract/nlp/lemma"
	"github.com/kgraph/kg/extract/nlp/model"
	"github.com/kgraph/kg/extract/nlp/tagger"
)

// Word is one analysed token.
type Word struct {
	Form  string // token text as given
	UPOS  string // universal part of speech, e.g. "NOUN"
	XPOS  string // Penn Treebank tag, e.g. "NNS"
	Lemma string
	Head  int    // 1-based index of the head word, 0 for the root
	Rel   string // UD relation, e.g. "nsubj", "obl:agent", "acl:relcl"
}

// Pipeline tags, lemmatises and parses sentences. It is safe for
// concurrent use.
type Pipeline struct {
	tagger *tagger.Tagger
	lemmas *lemma.Lemmatizer
}

// New assembles a pipeline from trained components.
func New(t *tagger.Tagger, l *lemma.Lemmatizer) *Pipeline {
	return &Pipeline{tagger: t, lemmas: l}
}

var loadDefault = sync.OnceValues(func() (*Pipeline, error) {
	p, err := Load(strings.NewReader(model.EnglishEWT()))
	if err != nil {
		return nil, fmt.Errorf("load embedded model: %w", err)
	}
	return p, nil
})

// Default returns the pipeline with the embedded English EWT model, loading
// it on first use.
func Default() (*Pipeline, error) { return loadDefault() }

const modelMagic = "kgnlp1\n"

// Load reads a gzip-compressed model file written by WriteTo.
func Load(r io.Reader) (*Pipeline, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("nlp: model: %w", err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != modelMagic {
		return nil, errors.New("nlp: model: bad header")
	}
	p := &Pipeline{}
	if p.tagger, err = tagger.Read(br); err != nil {
		return nil, fmt.Errorf("nlp: model: %w", err)
	}
	if p.lemmas, err = lemma.Read(br); err != nil {
		return nil, fmt.Errorf("nlp: model: %w", err)
	}
	return p, nil
}

// WriteTo writes the pipeline's model as a gzip-compressed file.
func (p *Pipeline) WriteTo(w io.Writer) (int64, error) {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(modelMagic)
	if _, err := p.tagger.WriteTo(bw); err != nil {
		return 0, fmt.Errorf("write tagger: %w", err)
	}
	if _, err := p.lemmas.WriteTo(bw); err != nil {
		return 0, fmt.Errorf("write lemmatiser: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	return 0, zw.Close()
}

// Tag returns one Word per form with UPOS, XPOS and Lemma filled in; Head
// and Rel are left zero.
func (p *Pipeline) Tag(forms []string) []Word {
	upos, xpos := p.tagger.Tag(forms)
	words := make([]Word, len(forms))
	for i, f := range forms {
		words[i] = Word{Form: f, UPOS: upos[i], XPOS: xpos[i], Lemma: p.lemmas.Lemma(f, xpos[i])}
	}
	return words
}
