package pipeline

import "testing"

// TestVerblessSentencesNotParsed checks that a sentence without a verb is
// tagged, with its names recognised, but not parsed, and gives no statement
// read off a parse; a sentence with a verb is parsed.
func TestVerblessSentencesNotParsed(t *testing.T) {
	p := depPipeline(t)
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
	d := processWith(t, p, "Luoyang, Henan Province\nZelensky met Joe Biden in Kyiv.")
	for _, st := range d.Statements {
		if st.Prov.Sentence == 0 {
			t.Errorf("statement from the verbless sentence: %+v", st)
		}
	}
}
