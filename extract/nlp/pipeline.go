package nlp

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/kgraph/kg/extract/nlp/cluster"
	"github.com/kgraph/kg/extract/nlp/lemma"
	"github.com/kgraph/kg/extract/nlp/model"
	"github.com/kgraph/kg/extract/nlp/parser"
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
	clusters *cluster.Clusters
	tagger   *tagger.Tagger
	lemmas   *lemma.Lemmatizer
	super    *tagger.Tagger // supertagger for the parser; may be nil
	parser   *parser.Parser
}

// New assembles a pipeline from trained components; c must be the word
// clusters that t, st and p were trained with. st is the supertagger
// (trained with XPOS input tags, see tagger.Sentence.Input) whose output
// p was trained on, or nil.
func New(c *cluster.Clusters, t *tagger.Tagger, l *lemma.Lemmatizer, st *tagger.Tagger, p *parser.Parser) *Pipeline {
	return &Pipeline{clusters: c, tagger: t.WithSureMargin(sureMargin), lemmas: l, super: st, parser: p}
}

// sureMargin is the first-pass score lead above which the tagger's second
// pass keeps a token's tag. Chosen on EWT dev: at 30 the second pass skips
// 86% of the tokens and dev UPOS and XPOS are unchanged to two decimals;
// at 10 it skips 96% and loses 0.02 UPOS.
const sureMargin = 30

var loadDefault = sync.OnceValues(func() (*Pipeline, error) {
	p, err := Load(strings.NewReader(model.EnglishEWT()))
	if err != nil {
		return nil, fmt.Errorf("load embedded model: %w", err)
	}
	sure, err := ReadSureTags(strings.NewReader(model.EnglishEWTSure()))
	if err == nil {
		p, err = p.WithSureTags(sure)
	}
	if err != nil {
		return nil, fmt.Errorf("load embedded model: en_ewt.sure.tsv: %w", err)
	}
	return p, nil
})

// Default returns the pipeline with the embedded English EWT model and its
// sure tags, loading them on first use.
func Default() (*Pipeline, error) { return loadDefault() }

const (
	modelMagic   = "kgnlp3\n"
	modelMagicV2 = "kgnlp2\n" // no supertagger flag; still readable
)

func supertagFlag(br *bufio.Reader, magic string) (byte, error) {
	if magic == modelMagicV2 {
		return 0, nil
	}
	return br.ReadByte()
}

// Load reads a gzip-compressed model file written by WriteTo.
func Load(r io.Reader) (*Pipeline, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("nlp: model: %w", err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, head); err != nil || (string(head) != modelMagic && string(head) != modelMagicV2) {
		return nil, errors.New("nlp: model: bad header")
	}
	p := &Pipeline{}
	if p.clusters, err = cluster.Read(br); err != nil {
		return nil, fmt.Errorf("nlp: model: %w", err)
	}
	if p.tagger, err = tagger.Read(br, p.clusters); err != nil {
		return nil, fmt.Errorf("nlp: model: %w", err)
	}
	p.tagger = p.tagger.WithSureMargin(sureMargin)
	if p.lemmas, err = lemma.Read(br); err != nil {
		return nil, fmt.Errorf("nlp: model: %w", err)
	}
	switch flag, err := supertagFlag(br, string(head)); {
	case err != nil || flag > 1:
		return nil, errors.New("nlp: model: bad supertagger flag")
	case flag == 1:
		if p.super, err = tagger.Read(br, p.clusters); err != nil {
			return nil, fmt.Errorf("nlp: model: supertagger: %w", err)
		}
	}
	if p.parser, err = parser.Read(br, p.clusters); err != nil {
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
	if _, err := p.clusters.WriteTo(bw); err != nil {
		return 0, fmt.Errorf("write clusters: %w", err)
	}
	if _, err := p.tagger.WriteTo(bw); err != nil {
		return 0, fmt.Errorf("write tagger: %w", err)
	}
	if _, err := p.lemmas.WriteTo(bw); err != nil {
		return 0, fmt.Errorf("write lemmatiser: %w", err)
	}
	if p.super == nil {
		bw.WriteByte(0)
	} else {
		bw.WriteByte(1)
		if _, err := p.super.WriteTo(bw); err != nil {
			return 0, fmt.Errorf("write supertagger: %w", err)
		}
	}
	if _, err := p.parser.WriteTo(bw); err != nil {
		return 0, fmt.Errorf("write parser: %w", err)
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

// Parse returns one Word per form with tags, lemma, head and relation.
// The words form a single tree: exactly one word has Head 0.
func (p *Pipeline) Parse(forms []string) []Word {
	return p.ParseTagged(p.Tag(forms))
}

// ParseTagged parses words as Tag returned them, filling in Head and Rel
// in place, and returns them: Parse without tagging again, for callers
// that look at the tags first.
func (p *Pipeline) ParseTagged(words []Word) []Word {
	forms := make([]string, len(words))
	for i, w := range words {
		forms[i] = w.Form
	}
	upos := make([]string, len(words))
	xpos := make([]string, len(words))
	for i, w := range words {
		upos[i], xpos[i] = w.UPOS, w.XPOS
	}
	var super []string
	if p.super != nil {
		super, _ = p.super.TagWith(forms, parser.SupertagInput(upos, xpos))
	}
	heads, rels := p.parser.Parse(forms, upos, xpos, super)
	for i := range words {
		words[i].Head, words[i].Rel = heads[i], rels[i]
	}
	return words
}

// WithoutEarlyExit returns a copy of p whose parser scores every feature
// of every configuration instead of stopping once a transition clearly
// leads (parser/exit.go): slower, and the reference early exit is
// measured against.
func (p *Pipeline) WithoutEarlyExit() *Pipeline {
	q := *p
	q.parser = p.parser.WithoutEarlyExit()
	return &q
}

// Prune returns a copy of p with the tagger and supertagger weights of
// magnitude below tagMin and the parser weights below parseMin (quantised
// units) removed.
func (p *Pipeline) Prune(tagMin, parseMin int) *Pipeline {
	q := *p
	if tagMin > 0 {
		q.tagger = p.tagger.Prune(tagMin)
		if p.super != nil {
			q.super = p.super.Prune(tagMin)
		}
	}
	if parseMin > 0 {
		q.parser = p.parser.Prune(parseMin)
	}
	return &q
}

// Layout describes the sizes of the loaded models, for reports.
func (p *Pipeline) Layout() string {
	s := "tagger: " + p.tagger.Model().Layout()
	if p.super != nil {
		s += "\nsupertagger: " + p.super.Model().Layout()
	}
	return s + "\nparser: " + p.parser.Model().Layout()
}
