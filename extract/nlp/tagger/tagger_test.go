package tagger

import (
	"bufio"
	"bytes"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract/nlp/perceptron"
)

func TestNorm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The", "the"}, {"1990s", "0000s"}, {"U.S.", "u.s."}, {"", ""}, {"ÉCOLE", "école"},
	}
	for _, tt := range tests {
		if got := Norm(tt.in); got != tt.want {
			t.Errorf("Norm(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestShape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Zelensky", "Xxxx"}, {"ATACMS", "XXX"}, {"300-kilometer", "ddd-xxx"}, {"n't", "x'x"}, {"", ""}, {"$", "$"},
	}
	for _, tt := range tests {
		if got := Shape(tt.in); got != tt.want {
			t.Errorf("Shape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func toyData() []Sentence {
	var out []Sentence
	for _, s := range []string{
		"the/DET/DT dog/NOUN/NN barks/VERB/VBZ ./PUNCT/.",
		"a/DET/DT cat/NOUN/NN sleeps/VERB/VBZ ./PUNCT/.",
		"the/DET/DT cats/NOUN/NNS sleep/VERB/VBP ./PUNCT/.",
		"dogs/NOUN/NNS bark/VERB/VBP loudly/ADV/RB ./PUNCT/.",
	} {
		var x Sentence
		for _, tok := range strings.Fields(s) {
			f := strings.Split(tok, "/")
			x.Forms, x.UPOS, x.XPOS = append(x.Forms, f[0]), append(x.UPOS, f[1]), append(x.XPOS, f[2])
		}
		out = append(out, x)
	}
	return out
}

func TestTrainToy(t *testing.T) {
	data := toyData()
	for _, folds := range []int{0, 2} {
		tg := Train(data, TrainOptions{Epochs: 10, Seed: 1, Folds: folds, SecondPass: folds > 1})
		if u, x := tg.Accuracy(data); u != 100 || x != 100 {
			t.Errorf("folds %d: training accuracy UPOS %.1f XPOS %.1f, want 100", folds, u, x)
		}
		var buf bytes.Buffer
		if _, err := tg.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		tg2, err := Read(bufio.NewReader(&buf), nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range data {
			u1, x1 := tg.Tag(s.Forms)
			u2, x2 := tg2.Tag(s.Forms)
			if strings.Join(u1, " ")+strings.Join(x1, " ") != strings.Join(u2, " ")+strings.Join(x2, " ") {
				t.Errorf("folds %d: tags differ after round trip: %v %v vs %v %v", folds, u1, x1, u2, x2)
			}
		}
	}
}

func TestReadErrors(t *testing.T) {
	for _, in := range []string{"", "kgtagger1\n", "nonsense\nxx", magic + "\x00"} {
		if _, err := Read(bufio.NewReader(strings.NewReader(in)), nil); err == nil {
			t.Errorf("Read(%q) succeeded, want error", in)
		}
	}
}

// TestSureMargin checks the second pass's shortcut with a second pass
// that always answers the last class: with an unreachable margin it
// re-tags every token; with a margin every first-pass win clears, it keeps
// the first pass's tags.
func TestSureMargin(t *testing.T) {
	data := toyData()
	tg := Train(data, TrainOptions{Epochs: 10, Seed: 1})
	last := len(tg.upos) - 1
	tr := perceptron.NewTrainer(len(tg.upos))
	tr.Update([]uint64{perceptron.F1(0, 0)}, last, 1) // the bias feature
	tr.Tick()                                         // so that the average keeps it
	two := *tg
	two.second = tr.Compile()
	for _, s := range append(data, Sentence{Forms: strings.Fields("the cats bark loudly .")}) {
		first, _ := tg.Tag(s.Forms)
		all, _ := two.WithSureMargin(1e12).Tag(s.Forms)
		kept, _ := two.WithSureMargin(1e-12).Tag(s.Forms)
		for i := range s.Forms {
			if all[i] != tg.upos[last] {
				t.Errorf("%v: unreachable margin: token %d tagged %s, want the second pass's %s", s.Forms, i, all[i], tg.upos[last])
			}
			if kept[i] != first[i] {
				t.Errorf("%v: tiny margin: token %d tagged %s, want the first pass's %s", s.Forms, i, kept[i], first[i])
			}
		}
	}
}

func TestArgmax32(t *testing.T) {
	for _, tc := range []struct {
		in           []int32
		best, margin int
	}{
		{[]int32{5}, 0, 0},
		{[]int32{1, 7, 3}, 1, 4},
		{[]int32{7, 1, 7}, 0, 0},
		{[]int32{-3, -1, -2}, 1, 1},
	} {
		best, margin := argmax32(tc.in)
		if best != tc.best || int(margin) != tc.margin {
			t.Errorf("argmax32(%v) = %d, %d, want %d, %d", tc.in, best, margin, tc.best, tc.margin)
		}
	}
}
