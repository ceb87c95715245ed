package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/extract/entity"
	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/pattern"
)

// TestLongSentenceWarning builds an article whose second sentence is over
// the length limit: it gives no statements, is counted and warned of with
// its place and the limit's name, and the build goes on as a success.
func TestLongSentenceWarning(t *testing.T) {
	p := newTestPipelineWith(t, Options{MaxSentenceTokens: 12, MaxSentenceTokensName: "--max-sentence-tokens"})
	short := "US President Joe Biden has authorized Ukraine to use ATACMS."                               // 11 tokens
	long := "Ukrainian President Volodymyr Zelensky met Polish President Andrzej Duda in Kyiv on Monday." // 14 tokens
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(short+"\n"+long+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var errs strings.Builder
	docs, rep := build(t, p, dir, BuildOptions{Errors: &errs})
	want := "kg: warning: " + filepath.Join(dir, "a.txt") + `: sentence 2 (byte offset 61, "Ukrainian President Volodymyr Zelensky…"): ` +
		"14 tokens exceeds --max-sentence-tokens (12); not analysed\n"
	if errs.String() != want {
		t.Errorf("warnings:\n got %q\nwant %q", errs.String(), want)
	}
	if rep.LongSentences != 1 || rep.Skipped != 0 || rep.Articles != 1 || rep.Sentences != 2 {
		t.Errorf("report %+v, want 1 article of 2 sentences, 1 long, none skipped", rep)
	}
	if len(docs) != 1 || len(docs[0].Statements) == 0 {
		t.Fatalf("the short sentence gave no statements: %+v", docs)
	}
	for _, st := range docs[0].Statements {
		if st.Prov.Sentence != 0 {
			t.Errorf("a statement from the long sentence: %+v", st)
		}
	}

	errs.Reset()
	p.maxTokens = DefaultMaxSentenceTokens
	_, rep = build(t, p, dir, BuildOptions{Errors: &errs})
	if rep.LongSentences != 0 || errs.Len() != 0 {
		t.Errorf("under the default limit: report %+v, warnings %q", rep, errs.String())
	}
}

func TestNegativeSentenceLimit(t *testing.T) {
	_, err := New(Options{Analyzer: fakeAnalyzer{}, Lexicon: &entity.Lexicon{}, Extractors: []extract.Extractor{pattern.Extractor{}},
		MaxSentenceTokens: -1})
	if err == nil {
		t.Error("a negative limit was accepted")
	}
}

type fakeAnalyzer struct{}

func (fakeAnalyzer) Tag(forms []string) []nlp.Word { return make([]nlp.Word, len(forms)) }

func TestOpening(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Short one.", "Short one."},
		{"  spaced\n\tout  ", "spaced out"},
		{"The following is a list of the countries that took part in the talks", "The following is a list of the…"},
		{strings.Repeat("x", 50), strings.Repeat("x", 40) + "…"},
		{strings.Repeat("é", 30), strings.Repeat("é", 20) + "…"},
		{"word" + strings.Repeat(" ", 100) + "tail", "word…"},
	}
	for _, tt := range tests {
		if got := opening(tt.in); got != tt.want {
			t.Errorf("opening(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
