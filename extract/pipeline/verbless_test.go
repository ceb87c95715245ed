package pipeline

import (
	"testing"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/extract/dep"
	"github.com/kgraph/kg/extract/entity"
	"github.com/kgraph/kg/extract/input"
	"github.com/kgraph/kg/extract/nlp"
)

// TestVerblessSentencesNotParsed checks that a sentence without a verb is
// tagged, with its names recognised, but not parsed, and gives no statement
// read off a parse; a sentence with a verb is parsed.
func TestVerblessSentencesNotParsed(t *testing.T) {
	an, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	lx, err := entity.Default()
	if err != nil {
		t.Fatal(err)
	}
	p, err := New(Options{Analyzer: an, Lexicon: lx, Extractors: []extract.Extractor{dep.Extractor{}}})
	if err != nil {
		t.Fatal(err)
	}
	sents := p.analyse("t", "Luoyang, Henan Province\nZelensky met Joe Biden in Kyiv.")
	if len(sents) != 2 {
		t.Fatalf("%d sentences, want 2", len(sents))
	}
	if s := sents[0]; s.Parsed || len(s.Words) == 0 || s.Words[0].UPOS == "" || len(s.Mentions) == 0 {
		t.Errorf("verbless sentence: parsed %t, %d words (first tagged %q), %d mentions; want tagged with mentions, not parsed",
			s.Parsed, len(s.Words), s.Words[0].UPOS, len(s.Mentions))
	}
	if !sents[1].Parsed {
		t.Error("sentence with a verb not parsed")
	}
	d, err := p.Process(input.Article{ID: "t", Text: "Luoyang, Henan Province\nZelensky met Joe Biden in Kyiv.", Origin: "test"})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range d.Statements {
		if st.Prov.Sentence == 0 {
			t.Errorf("statement from the verbless sentence: %+v", st)
		}
	}
}
