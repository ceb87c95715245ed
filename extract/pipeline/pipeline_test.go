package pipeline

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/extract/dep"
	"github.com/kgraph/kg/extract/entity"
	"github.com/kgraph/kg/extract/input"
	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/pattern"
	"github.com/kgraph/kg/extract/text"
	"github.com/kgraph/kg/graph"
)

func newTestPipeline(t *testing.T) *Pipeline {
	t.Helper()
	return newTestPipelineWith(t, Options{})
}

// newTestPipelineWith returns a pipeline with o's settings, the default
// model and gazetteer and o's extractors, or the pattern extractor.
func newTestPipelineWith(t *testing.T, o Options) *Pipeline {
	t.Helper()
	an, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	lx, err := entity.Default()
	if err != nil {
		t.Fatal(err)
	}
	o.Analyzer, o.Lexicon = an, lx
	if o.Extractors == nil {
		o.Extractors = []extract.Extractor{pattern.Extractor{}}
	}
	p, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// process extracts text with the pattern extractor, whose statements'
// spans hold their predicates' words, and checks every statement.
func process(t *testing.T, text string) graph.Document {
	t.Helper()
	d := processWith(t, newTestPipeline(t), text)
	for _, st := range d.Statements {
		if got := text[st.Prov.Start:st.Prov.End]; !strings.Contains(got, strings.Fields(st.Predicate.Surface)[0]) {
			t.Errorf("span %q does not hold the predicate %q", got, st.Predicate.Surface)
		}
	}
	return d
}

// depPipeline returns a test pipeline with kg's default extractor.
func depPipeline(t *testing.T) *Pipeline {
	t.Helper()
	return newTestPipelineWith(t, Options{Extractors: []extract.Extractor{dep.Extractor{}}})
}

// processWith extracts text with p and checks that every statement is
// valid.
func processWith(t *testing.T, p *Pipeline, text string) graph.Document {
	t.Helper()
	d, err := p.Process(input.Article{ID: "t", Text: text, Origin: "test"})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range d.Statements {
		if err := st.Validate(); err != nil {
			t.Errorf("invalid statement %+v: %v", st, err)
		}
	}
	return d
}

func has(d graph.Document, subj, lemma, obj string) bool {
	for _, st := range d.Statements {
		if st.Subject.Text == subj && st.Predicate.Lemma == lemma && st.Object.Text == obj {
			return true
		}
	}
	return false
}

func TestDefiniteDescription(t *testing.T) {
	d := process(t, "Ukrainian President Volodymyr Zelensky spoke in Vilnius on Monday.\n"+
		"The talks lasted an hour.\nThe Ukrainian leader urged patience.")
	if !has(d, "Volodymyr Zelensky", "urge", "patience") {
		t.Errorf("the Ukrainian leader was not resolved to Zelensky: %+v", d.Statements)
	}
	if !has(d, "Volodymyr Zelensky", "hold title", "Ukrainian President") {
		t.Errorf("no title statement: %+v", d.Statements)
	}
}

func TestAcronymAndShortNames(t *testing.T) {
	d := process(t, "Rheinmetall CEO Armin Papperger praised the Army Tactical Missile Systems (ATACMs).\n"+
		"Papperger said the ATACMS worked.")
	var papperger, atacms graph.Entity
	for _, e := range d.Entities {
		switch e.Label {
		case "Armin Papperger":
			papperger = e
		case "ATACMS":
			atacms = e
		}
	}
	if papperger.Type != graph.Person || !strings.Contains(strings.Join(papperger.Aliases, "|"), "Papperger") {
		t.Errorf("Papperger = %+v", papperger)
	}
	if atacms.Type != graph.Weapon || !strings.Contains(strings.Join(atacms.Aliases, "|"), "ATACMs") {
		t.Errorf("ATACMS = %+v", atacms)
	}
	for _, e := range d.Entities {
		if e.Label == "Papperger" || e.Label == "ATACMs" {
			t.Errorf("short form became its own entity: %+v", e)
		}
	}
}

func TestProvenance(t *testing.T) {
	text := "Cruft line\n\nAdvertisement\n\nUS President Joe Biden has authorized Ukraine to use ATACMS.\n"
	d := process(t, text)
	if !has(d, "Joe Biden", "authorize", "Ukraine") {
		t.Fatalf("statements: %+v", d.Statements)
	}
	for _, st := range d.Statements {
		if st.Prov.Article != "t" || st.Prov.Extractor == "" || st.Prov.Confidence <= 0 {
			t.Errorf("provenance %+v", st.Prov)
		}
	}
	if len(d.Sentences) == 0 || !strings.Contains(d.Sentences[len(d.Sentences)-1].Text, "authorized") {
		t.Errorf("cited sentences %+v", d.Sentences)
	}
	if d.Article.Hash == "" {
		t.Error("no content hash")
	}
}

func TestDedupe(t *testing.T) {
	st := func(lemma, obj string, conf float64, x string) graph.Statement {
		return graph.Statement{Subject: graph.Term{ID: "https://e/a", Text: "A", Type: graph.Person},
			Predicate: graph.Predicate{Lemma: lemma}, Object: graph.Literal(graph.Text, obj),
			Prov: graph.Provenance{Sentence: 1, Confidence: conf, Extractor: x}}
	}
	in := []graph.Statement{
		st("authorize", "Ukraine", 0.6, "dep"),
		st("be", "US President", 0.8, "dep"),
		st("authorize", "Ukraine", 0.9, "pattern"),
		st("hold title", "US President", 0.85, "titles"),
		st("authorize", "Kyiv", 0.5, "dep"),
	}
	in[2].Attribution = graph.Term{ID: "https://e/z", Text: "Z", Type: graph.Person}
	in[0].Modality = "may"
	got := dedupe(in)
	if got[0].Modality != "may" || got[0].Attribution.Text != "Z" {
		t.Errorf("merged statement lost the modality or the speaker: %+v", got[0])
	}
	var desc []string
	for _, s := range got {
		desc = append(desc, fmt.Sprintf("%s %s %.2f %s", s.Predicate.Lemma, s.Object.Text, s.Prov.Confidence, s.Prov.Extractor))
	}
	want := []string{"authorize Ukraine 0.90 pattern", "hold title US President 0.85 titles", "authorize Kyiv 0.50 dep"}
	if strings.Join(desc, "; ") != strings.Join(want, "; ") {
		t.Errorf("dedupe:\n got %q\nwant %q", desc, want)
	}
}

// TestConceptPhraseKeepsUTF8 lowers a sentence-initial capital that takes
// more than one byte without cutting it in half.
func TestConceptPhraseKeepsUTF8(t *testing.T) {
	d := process(t, "Économistes warned the government.\nÜberraschende Zahlen surprised analysts.")
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	s := &extract.Sentence{Text: "Économistes warned", Tokens: []text.Token{{Text: "Économistes", Start: 0, End: 12}, {Text: "warned", Start: 13, End: 19}},
		Words: []nlp.Word{{Form: "Économistes", UPOS: "NOUN"}, {Form: "warned", UPOS: "VERB"}}}
	if got := conceptPhrase(s, extract.Span{From: 0, To: 2}); got != "économistes warned" {
		t.Errorf("conceptPhrase = %q", got)
	}
}

func TestConfidenceRounded(t *testing.T) {
	d := process(t, "US President Joe Biden has authorized Ukraine to use ATACMS. Zelensky said the missiles will speak.")
	for _, st := range d.Statements {
		if c := st.Prov.Confidence; math.Abs(c*1000-math.Round(c*1000)) > 1e-6 {
			t.Errorf("confidence %v has more than three decimals", c)
		}
	}
}
