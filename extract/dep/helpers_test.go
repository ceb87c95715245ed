package dep

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/text"
)

// parsed builds a parsed sentence from a hand-written parse, one word a
// line: "form lemma UPOS XPOS head relation" (head 1-based, 0 for the
// root), like the columns of CoNLL-U.
func parsed(t testing.TB, conll string) *extract.Sentence {
	t.Helper()
	var words []nlp.Word
	for _, line := range strings.Split(strings.TrimSpace(conll), "\n") {
		f := strings.Fields(line)
		if len(f) != 6 {
			t.Fatalf("bad parse line %q", line)
		}
		h, err := strconv.Atoi(f[4])
		if err != nil {
			t.Fatalf("bad head in %q", line)
		}
		words = append(words, nlp.Word{Form: f[0], Lemma: f[1], UPOS: f[2], XPOS: f[3], Head: h, Rel: f[5]})
	}
	return sentenceOf(words)
}

// sentenceOf lays words out as a sentence text with single spaces.
func sentenceOf(words []nlp.Word) *extract.Sentence {
	s := &extract.Sentence{Parsed: true, Words: words}
	var b strings.Builder
	for _, w := range words {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		s.Tokens = append(s.Tokens, text.Token{Text: w.Form, Start: b.Len(), End: b.Len() + len(w.Form)})
		b.WriteString(w.Form)
	}
	s.Text, s.End = b.String(), b.Len()
	return s
}

// show renders a fact as "subject | lemma | object" followed by its
// flags: "neg", the modality, "by=<speaker>" and "+<argument>".
func show(s *extract.Sentence, f extract.Fact, surface bool) string {
	rel := f.Lemma
	if surface {
		rel = f.Surface
	}
	parts := []string{s.WordsIn(f.Subject), rel, s.WordsIn(f.Object)}
	if f.Negated {
		parts = append(parts, "neg")
	}
	if f.Modality != "" {
		parts = append(parts, f.Modality)
	}
	if f.Attribution.Len() > 0 {
		parts = append(parts, "by="+s.WordsIn(f.Attribution))
	}
	for _, a := range f.Args {
		parts = append(parts, "+"+s.WordsIn(a))
	}
	return strings.Join(parts, " | ")
}

// extractShown runs the extractor and renders its facts, sorted.
func extractShown(t testing.TB, x Extractor, s *extract.Sentence) []string {
	t.Helper()
	var got []string
	for _, f := range x.Extract(s) {
		if err := checkFact(s, f); err != nil {
			t.Errorf("%s: %v", s.Text, err)
		}
		got = append(got, show(s, f, x.OpenIE))
	}
	sort.Strings(got)
	return got
}

// checkFact checks the invariants every fact keeps.
func checkFact(s *extract.Sentence, f extract.Fact) error {
	n := len(s.Tokens)
	in := func(sp extract.Span) bool { return sp.From >= 0 && sp.From <= sp.To && sp.To <= n }
	if !in(f.Subject) || !in(f.Object) || !in(f.Attribution) || f.Subject.Len() == 0 || f.Object.Len() == 0 {
		return fmt.Errorf("span out of range: %+v", f)
	}
	for _, a := range f.Args {
		if !in(a) || a.Len() == 0 {
			return fmt.Errorf("argument out of range: %+v", f)
		}
	}
	for _, i := range f.Relation {
		if i < 0 || i >= n {
			return fmt.Errorf("relation word out of range: %+v", f)
		}
	}
	if f.Lemma == "" || !(f.Confidence > 0 && f.Confidence <= 1) {
		return fmt.Errorf("no lemma or confidence out of (0,1]: %+v", f)
	}
	return nil
}
