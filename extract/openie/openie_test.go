package openie

import (
	"errors"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/extract/carb"
	"github.com/kgraph/kg/extract/dep"
	"github.com/kgraph/kg/extract/nlp"
)

// tableParser returns hand-written parses for known sentences and a flat
// parse (every word a dependent of the first) for anything else.
type tableParser map[string][]nlp.Word

func (p tableParser) Parse(forms []string) []nlp.Word {
	if ws, ok := p[strings.Join(forms, " ")]; ok {
		return append([]nlp.Word(nil), ws...)
	}
	ws := make([]nlp.Word, len(forms))
	for i, f := range forms {
		ws[i] = nlp.Word{Form: f, UPOS: "X", XPOS: "FW", Lemma: f, Head: 1, Rel: "dep"}
	}
	if len(ws) > 0 {
		ws[0].Head, ws[0].Rel = 0, "root"
	}
	return ws
}

// parse reads "form lemma UPOS XPOS head rel" words separated by ";".
func parse(s string) []nlp.Word {
	var out []nlp.Word
	for _, w := range strings.Split(s, ";") {
		f := strings.Fields(w)
		h := 0
		for _, c := range f[4] {
			h = h*10 + int(c-'0')
		}
		out = append(out, nlp.Word{Form: f[0], Lemma: f[1], UPOS: f[2], XPOS: f[3], Head: h, Rel: f[5]})
	}
	return out
}

var parser = tableParser{
	"Britain , France and Germany signed the treaty .": parse(`Britain Britain PROPN NNP 6 nsubj; , , PUNCT , 3 punct;
		France France PROPN NNP 1 conj; and and CCONJ CC 5 cc; Germany Germany PROPN NNP 1 conj;
		signed sign VERB VBD 0 root; the the DET DT 8 det; treaty treaty NOUN NN 6 obj; . . PUNCT . 6 punct`),
	"The treaty was signed in Paris in 1990 .": parse(`The the DET DT 2 det; treaty treaty NOUN NN 4 nsubj:pass;
		was be AUX VBD 4 aux:pass; signed sign VERB VBN 0 root; in in ADP IN 6 case; Paris Paris PROPN NNP 4 obl;
		in in ADP IN 8 case; 1990 1990 NUM CD 4 obl; . . PUNCT . 4 punct`),
}

func TestRun(t *testing.T) {
	in := "Britain , France and Germany signed the treaty .\n\n  The treaty was signed in Paris in 1990 .  \r\nno parse for this line\n"
	got, err := Run(strings.NewReader(in), Options{Parser: parser, Extractor: dep.Extractor{OpenIE: true}})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Britain , France and Germany signed the treaty . | signed | Britain | the treaty",
		"Britain , France and Germany signed the treaty . | signed | France | the treaty",
		"Britain , France and Germany signed the treaty . | signed | Germany | the treaty",
		"The treaty was signed in Paris in 1990 . | was signed in | The treaty | Paris | in 1990",
	}
	var lines []string
	for _, x := range got {
		lines = append(lines, strings.Join(append([]string{x.Sentence, x.Relation}, x.Args...), " | "))
		if !(x.Confidence > 0 && x.Confidence <= 1) {
			t.Errorf("confidence %v out of (0, 1]", x.Confidence)
		}
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

// wordsOfInput checks that every argument and relation is a run of the
// input's words.
func TestWordsAreInputWords(t *testing.T) {
	line := "Britain , France and Germany signed the treaty ."
	got, err := Run(strings.NewReader(line), Options{Parser: parser, Extractor: dep.Extractor{OpenIE: true}})
	if err != nil || len(got) == 0 {
		t.Fatalf("got %v, %v", got, err)
	}
	padded := " " + line + " "
	for _, x := range got {
		for _, f := range append([]string{x.Relation}, x.Args...) {
			if !strings.Contains(padded, " "+f+" ") {
				t.Errorf("%q is not a run of the input's words", f)
			}
		}
	}
}

type shortParser struct{}

func (shortParser) Parse(forms []string) []nlp.Word { return make([]nlp.Word, len(forms)-1) }

func TestRunErrors(t *testing.T) {
	x := dep.Extractor{OpenIE: true}
	tests := []struct {
		name string
		in   string
		o    Options
		line int // 0: an error without a line
	}{
		{"no parser", "a b", Options{Extractor: x}, 0},
		{"no extractor", "a b", Options{Parser: parser}, 0},
		{"parser drops a word", "ok\nthis line", Options{Parser: shortParser{}, Extractor: x}, 1},
		{"line too long", "a\n" + strings.Repeat("w ", maxLine), Options{Parser: parser, Extractor: x}, 2},
	}
	for _, tc := range tests {
		_, err := Run(strings.NewReader(tc.in), tc.o)
		if err == nil {
			t.Errorf("%s: no error", tc.name)
			continue
		}
		var le *LineError
		if got := errors.As(err, &le); got != (tc.line > 0) || got && le.Line != tc.line {
			t.Errorf("%s: error %v, want line %d", tc.name, err, tc.line)
		}
	}
}

func TestMaxTokens(t *testing.T) {
	got, err := Run(strings.NewReader("Britain , France and Germany signed the treaty ."),
		Options{Parser: parser, Extractor: dep.Extractor{OpenIE: true}, MaxTokens: 5})
	if err != nil || len(got) != 0 {
		t.Errorf("got %v, %v; want nothing for a line over MaxTokens", got, err)
	}
}

func TestNewSentence(t *testing.T) {
	tests := []struct {
		line string
		want []string // "text@start"
	}{
		{"", nil},
		{"one", []string{"one@0"}},
		{"Pittsburgh 's  $ 4.25", []string{"Pittsburgh@0", "'s@11", "$@15", "4.25@17"}},
		{"a\tb", []string{"a@0", "b@2"}},
	}
	for _, tc := range tests {
		s := NewSentence(tc.line)
		var got []string
		for _, tk := range s.Tokens {
			got = append(got, tk.Text+"@"+itoa(tk.Start))
			if tc.line[tk.Start:tk.End] != tk.Text {
				t.Errorf("%q: token %q at %d:%d", tc.line, tk.Text, tk.Start, tk.End)
			}
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%q: got %q, want %q", tc.line, got, tc.want)
		}
	}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

func TestExtractions(t *testing.T) {
	s := NewSentence("Peskov , a spokesman , spoke")
	facts := []extract.Fact{
		{Subject: extract.Span{From: 0, To: 1}, Object: extract.Span{From: 3, To: 4}, Lemma: "be", Confidence: 0.5},
		{Subject: extract.Span{From: 0, To: 1}, Object: extract.Span{From: 2, To: 2}, Lemma: "speak", Surface: "spoke"},
		{Subject: extract.Span{From: 0, To: 1}, Object: extract.Span{From: 2, To: 4}, Surface: "was",
			Args: []extract.Span{{From: 5, To: 6}, {From: 1, To: 1}}},
	}
	got := Extractions(s, facts)
	want := []carb.Extraction{
		{Sentence: s.Text, Confidence: 0.5, Relation: "be", Args: []string{"Peskov", "spokesman"}},
		{Sentence: s.Text, Relation: "was", Args: []string{"Peskov", "a spokesman", "spoke"}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d extractions %v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i].Relation != want[i].Relation || strings.Join(got[i].Args, "|") != strings.Join(want[i].Args, "|") ||
			got[i].Confidence != want[i].Confidence || got[i].Sentence != want[i].Sentence {
			t.Errorf("extraction %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}
