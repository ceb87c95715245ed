package tagger

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestSureTags(t *testing.T) {
	// "the" is DET 5 of 5 times, "that" DET 3 and PRON 2 times, "dog" NOUN
	// twice, "runs" VERB 4 times and NOUN once.
	var sents []Sentence
	add := func(n int, form, upos, xpos string) {
		for range n {
			sents = append(sents, Sentence{Forms: []string{form}, UPOS: []string{upos}, XPOS: []string{xpos}})
		}
	}
	add(5, "the", "DET", "DT")
	add(3, "that", "DET", "DT")
	add(2, "that", "PRON", "WDT")
	add(2, "dog", "NOUN", "NN")
	add(4, "runs", "VERB", "VBZ")
	add(1, "runs", "NOUN", "NNS")
	tests := []struct {
		min    int
		purity float64
		want   []string
	}{
		{5, 1, []string{"the DET"}},
		{5, 0.8, []string{"runs VERB", "the DET"}},
		{2, 0.6, []string{"dog NOUN", "runs VERB", "that DET", "the DET"}},
		{6, 0.5, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range SureTags(sents, tt.min, tt.purity) {
			got = append(got, s.Form+" "+s.UPOS)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("SureTags(min %d, purity %.1f) = %q, want %q", tt.min, tt.purity, got, tt.want)
		}
	}
}

func TestSureTagsInput(t *testing.T) {
	sents := []Sentence{
		{Forms: []string{"that", "that"}, UPOS: []string{"det/R", "mark/R"}, XPOS: []string{"_", "_"}, Input: []string{"DET|DT", "SCONJ|IN"}},
		{Forms: []string{"that"}, UPOS: []string{"det/R"}, XPOS: []string{"_"}, Input: []string{"DET|DT"}},
	}
	got := SureTags(sents, 1, 1)
	want := []SureTag{
		{Form: "that", Input: "DET|DT", UPOS: "det/R", XPOS: "_"},
		{Form: "that", Input: "SCONJ|IN", UPOS: "mark/R", XPOS: "_"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("SureTags = %+v, want %+v", got, want)
	}
}

// TestWithSure gives "dog" a class the model would never choose for it:
// a tagger with the sure tag must return that class (it did not score the
// token), and the tagger without it the model's.
func TestWithSure(t *testing.T) {
	tg := Train(toyData(), TrainOptions{Epochs: 10, Seed: 1, Folds: 2, SecondPass: true}).WithSureMargin(30)
	forms := strings.Fields("the dog barks .")
	sure, err := tg.WithSure([]SureTag{{Form: "dog", UPOS: "VERB", XPOS: "VBZ"}, {Form: "Dog", UPOS: "ADV", XPOS: "RB"}})
	if err != nil {
		t.Fatal(err)
	}
	if upos, xpos := sure.Tag(forms); upos[1] != "VERB" || xpos[1] != "VBZ" {
		t.Errorf("with the sure tag: %v %v, want dog VERB VBZ", upos, xpos)
	}
	if upos, _ := tg.Tag(forms); upos[1] != "NOUN" {
		t.Errorf("without the sure tag: %v, want dog NOUN", upos)
	}
	none, err := sure.WithSure(nil)
	if err != nil {
		t.Fatal(err)
	}
	if upos, _ := none.Tag(forms); upos[1] != "NOUN" {
		t.Errorf("after WithSure(nil): %v, want dog NOUN", upos)
	}
}

func TestWithSureErrors(t *testing.T) {
	tg := Train(toyData(), TrainOptions{Epochs: 2, Seed: 1})
	tests := []struct {
		tag  SureTag
		want string
	}{
		{SureTag{Form: "dog", UPOS: "NOUN", XPOS: "NNP"}, "unknown class NOUN|NNP"},
		{SureTag{Form: "dog", Input: "NOUN|NN", UPOS: "NOUN", XPOS: "NN"}, "does not fit"},
	}
	for _, tt := range tests {
		_, err := tg.WithSure([]SureTag{tt.tag})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("WithSure(%+v) error = %v, want one containing %q", tt.tag, err, tt.want)
		}
	}
}
