// Package conllu reads and writes the CoNLL-U format of Universal
// Dependencies (https://universaldependencies.org/format.html).
//
// A file is a sequence of sentences separated by blank lines. Each sentence
// is zero or more comment lines starting with '#' followed by one or more
// token lines of exactly ten tab-separated fields:
//
//	ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC
//
// ID is a positive integer for a syntactic word, a range "3-4" for a
// multiword token, or a decimal "8.1" for an empty node of the enhanced
// graph. Words must be numbered 1, 2, 3, ... within a sentence; HEAD is a
// word index in 0..len(words) (0 is the root) or "_" when absent.
//
// Reader returns a *SyntaxError carrying the 1-based line number of the
// offending line for any malformed input. Writer emits sentences in the
// same format, interleaving multiword-token and empty-node lines at the
// positions they were read from, so that Read followed by Write reproduces
// a well-formed file line for line (modulo trailing blank lines).
package conllu

import (
	"fmt"
	"strings"
)

// Word is one syntactic word (a line with an integer ID).
type Word struct {
	ID     int // 1-based position in the sentence
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int // 0 for the root; -1 when the field is "_"
	Deprel string
	Deps   string
	Misc   string
}

// MultiToken is a multiword-token range line such as "3-4 don't".
// It is written just before word First.
type MultiToken struct {
	First, Last int
	Form        string
	Misc        string
}

// EmptyNode is an enhanced-graph empty node such as "8.1". It is kept
// verbatim (all ten fields) and written just after word After.
type EmptyNode struct {
	After  int        // the integer part of the ID
	Fields [10]string // Fields[0] is the ID, e.g. "8.1"
}

// Sentence is one CoNLL-U sentence.
type Sentence struct {
	Line     int      // line number of the sentence's first line (1-based); 0 if built in memory
	Comments []string // comment lines without the leading "#", e.g. " text = ..."
	Words    []Word
	Multi    []MultiToken
	Empty    []EmptyNode
}

// SyntaxError reports malformed CoNLL-U input.
type SyntaxError struct {
	Line int    // 1-based line number
	Msg  string // what is wrong
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("conllu: line %d: %s", e.Line, e.Msg)
}

// Text returns the value of the "# text = ..." comment, or "" if none.
func (s *Sentence) Text() string {
	return s.Comment("text")
}

// Comment returns the value of a "# key = value" comment, or "" if absent.
func (s *Sentence) Comment(key string) string {
	for _, c := range s.Comments {
		k, v, ok := cutKV(c)
		if ok && k == key {
			return v
		}
	}
	return ""
}

func cutKV(c string) (key, value string, ok bool) {
	k, v, ok := strings.Cut(c, "=")
	return strings.TrimSpace(k), strings.TrimSpace(v), ok
}
