// Package openie runs an extractor over tokenised text, one sentence per
// line, and returns Open IE tuples in the terms of the CaRB benchmark
// (Bhardwaj et al., 2019): a confidence, a relation phrase and two or
// more argument phrases per extraction.
//
// Each line is one sentence, already tokenised: its words are the
// space-separated fields of the line and are kept exactly as written, so
// every relation and argument of the output is a run of the input's words
// (a relation the text leaves implicit, such as the "be" of an
// apposition, is the one exception). Lines are tagged and parsed, names
// and literals are recognised, and the extractor's facts become
// extractions: arg1 is the subject span, the relation is the fact's
// surface form, arg2 the object span and further arguments follow. Empty
// lines yield nothing; a line with more than MaxTokens words is skipped
// and yields nothing. The extractions are carb.Extraction values, ready
// for carb.Score and carb.WriteSystem.
package openie

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/extract/carb"
	"github.com/kgraph/kg/extract/entity"
	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/text"
)

// Parser tags and parses a tokenised sentence (nlp.Pipeline is one).
type Parser interface {
	Parse(forms []string) []nlp.Word
}

// Recognizer finds entity and literal mentions (entity.Lexicon is one).
type Recognizer interface {
	Recognize(words []nlp.Word) []entity.Mention
}

// Options configure Run.
type Options struct {
	Parser     Parser            // required
	Extractor  extract.Extractor // required
	Recognizer Recognizer        // optional: without it sentences have no mentions
	// MaxTokens skips longer lines; 0 means 250.
	MaxTokens int
}

// LineError is a problem with one input line.
type LineError struct {
	Line int // 1-based
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// maxLine bounds the length of an input line.
const maxLine = 1 << 20

// Run reads sentences from r, one per line, and returns the extractions
// of every line in input order.
func Run(r io.Reader, o Options) ([]carb.Extraction, error) {
	if o.Parser == nil || o.Extractor == nil {
		return nil, fmt.Errorf("openie: a parser and an extractor are required")
	}
	limit := o.MaxTokens
	if limit <= 0 {
		limit = 250
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	var out []carb.Extraction
	n := 0
	for sc.Scan() {
		n++
		line := strings.Trim(sc.Text(), " \t\r")
		s := NewSentence(line)
		if len(s.Tokens) == 0 || len(s.Tokens) > limit {
			continue
		}
		forms := make([]string, len(s.Tokens))
		for i, t := range s.Tokens {
			forms[i] = t.Text
		}
		s.Words, s.Parsed = o.Parser.Parse(forms), true
		if len(s.Words) != len(forms) {
			return out, &LineError{Line: n, Err: fmt.Errorf("parser returned %d words for %d tokens", len(s.Words), len(forms))}
		}
		if o.Recognizer != nil {
			s.Mentions = o.Recognizer.Recognize(s.Words)
		}
		out = append(out, Extractions(s, o.Extractor.Extract(s))...)
	}
	if err := sc.Err(); err != nil {
		return out, &LineError{Line: n + 1, Err: err}
	}
	return out, nil
}

// NewSentence makes an unanalysed sentence of a tokenised line: one token
// per space-separated word, with byte offsets into the line.
func NewSentence(line string) *extract.Sentence {
	s := &extract.Sentence{Text: line, End: len(line)}
	for i := 0; i < len(line); {
		if line[i] == ' ' || line[i] == '\t' {
			i++
			continue
		}
		j := i
		for j < len(line) && line[j] != ' ' && line[j] != '\t' {
			j++
		}
		s.Tokens = append(s.Tokens, text.Token{Text: line[i:j], Start: i, End: j})
		i = j
	}
	return s
}

// Extractions turns a sentence's facts into tuples; facts with an empty
// relation or argument are left out.
func Extractions(s *extract.Sentence, facts []extract.Fact) []carb.Extraction {
	var out []carb.Extraction
	for _, f := range facts {
		rel := f.Surface
		if rel == "" {
			rel = f.Lemma
		}
		x := carb.Extraction{Sentence: s.Text, Confidence: f.Confidence, Relation: rel,
			Args: []string{s.WordsIn(f.Subject), s.WordsIn(f.Object)}}
		for _, a := range f.Args {
			if w := s.WordsIn(a); w != "" {
				x.Args = append(x.Args, w)
			}
		}
		if rel == "" || x.Args[0] == "" || x.Args[1] == "" {
			continue
		}
		out = append(out, x)
	}
	return out
}
