// Package pipeline runs kg's extraction for whole articles: text front end,
// tagging (and parsing when an extractor needs it), entity recognition,
// the chosen extractors side by side, and resolution of every argument to
// an entity or a literal. Its output is a graph.Document per article.
package pipeline

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/extract/entity"
	"github.com/kgraph/kg/extract/input"
	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/text"
	"github.com/kgraph/kg/graph"
)

// Analyzer tags token forms (nlp.Pipeline implements it).
type Analyzer interface {
	Tag(forms []string) []nlp.Word
}

// Parser is an Analyzer that also parses what it tagged; extractors that
// need heads and relations need one.
type Parser interface {
	Analyzer
	ParseTagged(words []nlp.Word) []nlp.Word
}

// Pipeline turns articles into documents. It is safe for concurrent use.
type Pipeline struct {
	nlp        Analyzer
	lexicon    *entity.Lexicon
	extractors []extract.Extractor
	ns         graph.Namespace
	parse      bool
	maxTokens  int
	limitName  string // how warnings name maxTokens
}

// Options configure a Pipeline.
type Options struct {
	Analyzer   Analyzer
	Lexicon    *entity.Lexicon
	Extractors []extract.Extractor
	Namespace  graph.Namespace
	// MaxSentenceTokens is the longest sentence, in tokens, that is
	// analysed; longer ones are kept as text but give no statements, and
	// Build warns of each. 0 means DefaultMaxSentenceTokens.
	MaxSentenceTokens int
	// MaxSentenceTokensName is how warnings name that limit, such as the
	// command-line flag that sets it; empty means "the sentence length
	// limit".
	MaxSentenceTokensName string
}

// New checks the options and returns a pipeline.
func New(o Options) (*Pipeline, error) {
	if o.Analyzer == nil || o.Lexicon == nil {
		return nil, errors.New("pipeline needs an analyzer and a lexicon")
	}
	if len(o.Extractors) == 0 {
		return nil, errors.New("pipeline needs at least one extractor")
	}
	if o.MaxSentenceTokens < 0 {
		return nil, fmt.Errorf("sentence length limit %d is negative", o.MaxSentenceTokens)
	}
	p := &Pipeline{nlp: o.Analyzer, lexicon: o.Lexicon, extractors: o.Extractors, ns: o.Namespace,
		maxTokens: cmp.Or(o.MaxSentenceTokens, DefaultMaxSentenceTokens),
		limitName: cmp.Or(o.MaxSentenceTokensName, "the sentence length limit")}
	for _, x := range o.Extractors {
		p.parse = p.parse || x.NeedsParse()
	}
	if _, ok := o.Analyzer.(Parser); p.parse && !ok {
		return nil, errors.New("an extractor needs a dependency parse, and the analyzer cannot parse")
	}
	return p, nil
}

// Process reads one article into a document. Sentences over the length
// limit give no statements; Build warns of them, Process does not.
func (p *Pipeline) Process(a input.Article) (graph.Document, error) {
	d, _, err := p.process(prepare(a))
	return d, err
}

// prepared is an article with its normalised text and content hash: enough
// to tell whether the store already holds it, before any extraction.
type prepared struct {
	input.Article
	doc, hash string
}

func prepare(a input.Article) prepared {
	doc := text.Normalize(a.Text)
	sum := sha256.Sum256([]byte(doc))
	return prepared{Article: a, doc: doc, hash: hex.EncodeToString(sum[:])}
}

// process extracts a document from a, and returns with it a warning for
// each sentence over the length limit.
func (p *Pipeline) process(a prepared) (graph.Document, []string, error) {
	if a.ID == "" {
		return graph.Document{}, nil, fmt.Errorf("%s: article has no id", a.Origin)
	}
	sents := p.analyse(a.ID, a.doc)
	d := graph.Document{Article: graph.Article{ID: a.ID, Title: a.Title, URL: a.URL, Date: a.Date,
		Hash: a.hash, Sentences: len(sents)}}
	r := newResolver(p.lexicon, p.lexicon.NewArticle(p.ns), sents)
	for _, s := range sents {
		for _, x := range p.extractors {
			for _, f := range x.Extract(s) {
				if st, ok := r.statement(s, f, x); ok {
					d.Statements = append(d.Statements, st)
				}
			}
		}
		d.Statements = append(d.Statements, r.titles(s)...)
	}
	d.Entities, d.Statements = r.finish(dedupe(d.Statements))
	d.Sentences = cited(sents, d.Statements)
	if err := d.Validate(); err != nil {
		return graph.Document{}, nil, fmt.Errorf("article %s: %w", a.ID, err)
	}
	return d, p.longSentences(a.Origin, sents), nil
}

// analyse splits, tags and recognises mentions.
func (p *Pipeline) analyse(id, doc string) []*extract.Sentence {
	split := text.Split(doc)
	out := make([]*extract.Sentence, 0, len(split))
	for _, ts := range split {
		s := &extract.Sentence{Article: id, Index: ts.Index, Start: ts.Start, End: ts.End,
			Text: doc[ts.Start:ts.End], Tokens: ts.Tokens}
		if len(ts.Tokens) > 0 && len(ts.Tokens) <= p.maxTokens {
			forms := make([]string, len(ts.Tokens))
			for i, t := range ts.Tokens {
				forms[i] = t.Text
			}
			s.Words = p.nlp.Tag(forms)
			if p.parse && hasVerb(s.Words) {
				s.Words, s.Parsed = p.nlp.(Parser).ParseTagged(s.Words), true
			}
			s.Mentions = p.lexicon.Recognize(s.Words)
		}
		out = append(out, s)
	}
	return out
}

// hasVerb reports whether tagged words hold a verb or an auxiliary. A
// sentence without one (a headline, a caption, a list of names, a dateline,
// text in another language) is tagged but not parsed: what extractors read
// off such parses is almost all wrong (on the first 600 Wikinews articles
// 284 of 8,451 sentences, 1.1% of the tokens, gave 40 of 17,463 statements,
// such as "Die Toten Hosen Peter Maffay - be - -ha" and "ALMERIA - be -
// Spain"), and parsing is most of extraction's time. Names, titles and
// literals are still recognised.
func hasVerb(words []nlp.Word) bool {
	for _, w := range words {
		if w.UPOS == "VERB" || w.UPOS == "AUX" {
			return true
		}
	}
	return false
}

// cited returns the sentences the statements cite.
func cited(sents []*extract.Sentence, sts []graph.Statement) []graph.Sentence {
	seen := map[int]bool{}
	var out []graph.Sentence
	for _, st := range sts {
		i := st.Prov.Sentence
		if seen[i] {
			continue
		}
		seen[i] = true
		s := sents[i]
		out = append(out, graph.Sentence{Index: s.Index, Start: s.Start, End: s.End, Text: s.Text})
	}
	return out
}
