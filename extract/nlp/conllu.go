package nlp

import (
	"fmt"
	"io"

	"github.com/kgraph/kg/extract/nlp/conllu"
)

// Sentence is a sentence read from or written as CoNLL-U.
type Sentence struct {
	Comments []string // comment lines without the leading '#'
	Words    []Word
}

// Forms returns the word forms of s.
func (s *Sentence) Forms() []string {
	forms := make([]string, len(s.Words))
	for i, w := range s.Words {
		forms[i] = w.Form
	}
	return forms
}

// ReadCoNLLU reads all sentences of a CoNLL-U file. Multiword-token lines
// and empty nodes are skipped. Malformed input yields an error wrapping a
// *conllu.SyntaxError with the line number.
func ReadCoNLLU(r io.Reader) ([]Sentence, error) {
	cs, err := conllu.NewReader(r).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("read CoNLL-U: %w", err)
	}
	out := make([]Sentence, len(cs))
	for i, s := range cs {
		out[i].Comments = s.Comments
		out[i].Words = make([]Word, len(s.Words))
		for j, w := range s.Words {
			out[i].Words[j] = Word{Form: w.Form, UPOS: w.UPOS, XPOS: w.XPOS, Lemma: w.Lemma, Head: w.Head, Rel: w.Deprel}
		}
	}
	return out, nil
}

// WriteCoNLLU writes sentences in CoNLL-U format; FEATS, DEPS and MISC are
// written as "_".
func WriteCoNLLU(w io.Writer, sents ...Sentence) error {
	cs := make([]*conllu.Sentence, len(sents))
	for i, s := range sents {
		c := &conllu.Sentence{Comments: s.Comments, Words: make([]conllu.Word, len(s.Words))}
		for j, wd := range s.Words {
			c.Words[j] = conllu.Word{ID: j + 1, Form: wd.Form, Lemma: wd.Lemma, UPOS: wd.UPOS, XPOS: wd.XPOS,
				Head: wd.Head, Deprel: wd.Rel}
		}
		cs[i] = c
	}
	if err := conllu.Write(w, cs...); err != nil {
		return fmt.Errorf("write CoNLL-U: %w", err)
	}
	return nil
}
