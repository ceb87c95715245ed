package entity

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract/nlp"
)

func TestReadIOB(t *testing.T) {
	tests := []struct {
		name, in string
		want     []IOBSentence
	}{
		{"two sentences, two documents",
			"# newdoc id = d1\n# sent_id = s1\n1\tin\tO\t-\t-\n2\tTampa\tB-LOC\t-\tx\n3\tBay\tI-LOC\n\n" +
				"# newdoc id = d2\n1\tBush\tB-PER\n2\tsaid\tO\n",
			[]IOBSentence{
				{Doc: "d1", ID: "s1", Forms: []string{"in", "Tampa", "Bay"}, Gold: []Span{{1, 3, "LOC"}}},
				{Doc: "d2", Forms: []string{"Bush", "said"}, Gold: []Span{{0, 1, "PER"}}},
			}},
		{"I- after another label starts a span",
			"1\tA\tB-ORG\n2\tB\tI-PER\n3\tC\tI-PER\n4\tD\tO\n5\tE\tI-LOC\n",
			[]IOBSentence{{Forms: []string{"A", "B", "C", "D", "E"}, Gold: []Span{{0, 1, "ORG"}, {1, 3, "PER"}, {4, 5, "LOC"}}}}},
		{"B- after B- of the same label",
			"1\tA\tB-PER\n2\tB\tB-PER\n\n\n",
			[]IOBSentence{{Forms: []string{"A", "B"}, Gold: []Span{{0, 1, "PER"}, {1, 2, "PER"}}}}},
		{"empty", "", nil},
	}
	for _, tc := range tests {
		got, err := ReadIOB(strings.NewReader(tc.in), "x.iob2")
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tc.name, got, tc.want)
		}
	}
}

func TestReadIOBErrors(t *testing.T) {
	tests := []struct {
		in   string
		line int
	}{
		{"1\tA\tO\n2\tB\n", 2},
		{"# c\n1\tA\tX-PER\n", 2},
		{"1\tA\tB-\n", 1},
		{"1\t\tO\n", 1},
	}
	for _, tc := range tests {
		_, err := ReadIOB(strings.NewReader(tc.in), "x.iob2")
		var ie *IOBError
		if !errors.As(err, &ie) || ie.Line != tc.line || !strings.HasPrefix(err.Error(), fmt.Sprintf("x.iob2:%d: ", tc.line)) {
			t.Errorf("ReadIOB(%q) error = %v, want one on line %d", tc.in, err, tc.line)
		}
	}
}

func FuzzReadIOB(f *testing.F) {
	f.Add("# newdoc id = d\n1\tin\tO\n2\tTampa\tB-LOC\n3\tBay\tI-LOC\n\n1\tx\tI-PER\n")
	f.Add("1\tA\tB-\n")
	f.Add("\n\n#\n1\t\t\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadIOB(strings.NewReader(in), "f")
		if err != nil {
			return
		}
		for _, s := range sents {
			end := 0
			for _, sp := range s.Gold {
				if sp.From < end || sp.To <= sp.From || sp.To > len(s.Forms) || sp.Label == "" {
					t.Fatalf("bad span %+v in %+v", sp, s)
				}
				end = sp.To
			}
		}
	})
}

func TestScore(t *testing.T) {
	gold := [][]Span{{{0, 2, "PER"}, {3, 4, "LOC"}}, {{0, 1, "ORG"}}}
	pred := [][]Span{{{0, 2, "Person"}, {3, 4, "Thing"}, {5, 6, "Place"}}, {{0, 1, "Place"}}}
	sc := Score(gold, pred)
	want := map[string]Counts{"PER": {1, 1, 1}, "LOC": {1, 2, 0}, "ORG": {1, 0, 0}}
	if !reflect.DeepEqual(sc.ByLabel, want) {
		t.Errorf("ByLabel = %v, want %v", sc.ByLabel, want)
	}
	if want := (Counts{3, 4, 1}); sc.Typed != want {
		t.Errorf("Typed = %v, want %v", sc.Typed, want)
	}
	if want := (Counts{3, 3, 1}); sc.Committed != want {
		t.Errorf("Committed = %v, want %v", sc.Committed, want)
	}
	if want := (Counts{3, 4, 3}); sc.Untyped != want {
		t.Errorf("Untyped = %v, want %v", sc.Untyped, want)
	}
	if got, want := sc.Typed.F1(), 2.0/7; got != want {
		t.Errorf("typed F1 = %v, want %v", got, want)
	}
}

// wordTagger tags capitalised words PROPN and everything else NOUN.
type wordTagger struct{}

func (wordTagger) Tag(forms []string) []nlp.Word {
	out := make([]nlp.Word, len(forms))
	for i, f := range forms {
		out[i] = nlp.Word{Form: f, UPOS: "NOUN"}
		if capitalised(f) {
			out[i].UPOS = "PROPN"
		}
	}
	return out
}

func TestPredictResolvesAcrossSentences(t *testing.T) {
	lx := lexicon(t)
	sents := []IOBSentence{
		{Doc: "a", Forms: strings.Fields("Papperger spoke")},
		{Doc: "a", Forms: strings.Fields("CEO Armin Papperger said")},
		{Doc: "b", Forms: strings.Fields("Papperger spoke")},
	}
	got := lx.Predict(wordTagger{}, sents)
	want := [][]Span{{{0, 1, "Person"}}, {{1, 3, "Person"}}, {{0, 1, "Thing"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Predict = %v, want %v", got, want)
	}
}

func ExampleScore() {
	gold := [][]Span{{{From: 0, To: 2, Label: "PER"}, {From: 3, To: 4, Label: "LOC"}}}
	predicted := [][]Span{{{From: 0, To: 2, Label: "Person"}, {From: 3, To: 4, Label: "Organization"}}}
	sc := Score(gold, predicted)
	fmt.Printf("typed F1 %.2f, untyped F1 %.2f\n", sc.Typed.F1(), sc.Untyped.F1())
	// Output: typed F1 0.50, untyped F1 1.00
}
