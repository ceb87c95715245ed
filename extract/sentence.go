package extract

import (
	"github.com/kgraph/kg/extract/entity"
	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/text"
)

// Sentence is one analysed sentence: the input of every extractor.
type Sentence struct {
	Article    string
	Index      int    // sentence index in the article
	Start, End int    // byte span in the article text
	Text       string // the sentence as written
	Tokens     []text.Token
	Words      []nlp.Word       // one per token: tags, lemmas and, when parsed, heads
	Mentions   []entity.Mention // recognised entities and literals, in order, non-overlapping
	Parsed     bool             // Words carry heads and relations
}

// Span is a half-open range of token indices [From, To).
type Span struct{ From, To int }

// Len returns the number of tokens in the span.
func (s Span) Len() int { return s.To - s.From }

// Contains reports whether token i is in the span.
func (s Span) Contains(i int) bool { return i >= s.From && i < s.To }

// Fact is what an extractor reads from a sentence: a relation between two
// token spans.
type Fact struct {
	Subject, Object Span
	Relation        []int  // token indices of the relation words
	Lemma           string // relation as a lemma phrase: "authorize", "run out of"
	Surface         string // relation as written
	Negated         bool
	Modality        string
	Confidence      float64
	// Args are the further arguments of an n-ary relation (time, place,
	// manner: "at Kettering", "in 1941"), with their prepositions, in
	// text order. Binary extractors leave it empty.
	Args []Span
	// Attribution is the source of reported content: the speaker in
	// "Zelensky said that ...", whose claim the fact is. Its zero value
	// means the text itself asserts the fact.
	Attribution Span
}

// Extractor reads facts from analysed sentences. Implementations must be
// safe for concurrent use.
type Extractor interface {
	Name() string
	Version() string
	// NeedsParse reports whether Extract uses heads and relations; the
	// pipeline parses only when some chosen extractor needs it.
	NeedsParse() bool
	Extract(s *Sentence) []Fact
}

// WordsIn returns the surface words of span sp, joined by single spaces
// (or no space where the text has none).
func (s *Sentence) WordsIn(sp Span) string {
	if sp.From >= sp.To || sp.To > len(s.Tokens) {
		return ""
	}
	start := s.Tokens[sp.From].Start - s.Start
	end := s.Tokens[sp.To-1].End - s.Start
	return collapseSpace(s.Text[start:end])
}

func collapseSpace(s string) string {
	out := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			space = true
			continue
		}
		if space && len(out) > 0 {
			out = append(out, ' ')
		}
		space = false
		out = append(out, c)
	}
	return string(out)
}
