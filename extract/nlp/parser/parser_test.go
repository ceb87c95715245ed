package parser

import (
	"bufio"
	"bytes"
	"strings"
	"testing"
)

func TestKind(t *testing.T) {
	for label := 0; label < 5; label++ {
		for _, kind := range []int{left, right} {
			if k, l := kindOf(classOf(kind, label)); k != kind || l != label {
				t.Errorf("kindOf(classOf(%d, %d)) = %d, %d", kind, label, k, l)
			}
		}
	}
	if k, _ := kindOf(classOf(shift, 3)); k != shift {
		t.Errorf("kindOf(classOf(shift)) = %d", k)
	}
}

// toy sentences: "form/UPOS/XPOS/head/rel" tokens.
func toyData() []Sentence {
	var out []Sentence
	for _, s := range []string{
		"the/DET/DT/2/det dog/NOUN/NN/3/nsubj barks/VERB/VBZ/0/root ./PUNCT/./3/punct",
		"a/DET/DT/2/det cat/NOUN/NN/3/nsubj sees/VERB/VBZ/0/root the/DET/DT/5/det dog/NOUN/NN/3/obj ./PUNCT/./3/punct",
		"dogs/NOUN/NNS/2/nsubj bark/VERB/VBP/0/root at/ADP/IN/5/case the/DET/DT/5/det cat/NOUN/NN/2/obl ./PUNCT/./2/punct",
		"cats/NOUN/NNS/2/nsubj sleep/VERB/VBP/0/root",
	} {
		var x Sentence
		for _, tok := range strings.Fields(s) {
			f := strings.Split(tok, "/")
			h := 0
			for _, c := range f[3] {
				h = 10*h + int(c-'0')
			}
			x.Forms, x.UPOS, x.XPOS = append(x.Forms, f[0]), append(x.UPOS, f[1]), append(x.XPOS, f[2])
			x.Heads, x.Rels = append(x.Heads, h), append(x.Rels, f[4])
		}
		out = append(out, x)
	}
	return out
}

func TestTrainToy(t *testing.T) {
	for _, tc := range []struct {
		relabel int
		labeler bool
	}{{0, false}, {5, false}, {0, true}, {5, true}} {
		data := toyData()
		p := Train(data, TrainOptions{Epochs: 10, Seed: 1, Explore: 0.9, RelabelEpochs: tc.relabel, Labeler: tc.labeler})
		if (p.relabeler != nil) != (tc.relabel > 0) || (p.labeler != nil) != tc.labeler {
			t.Errorf("%+v: relabeller present = %t, labeller present = %t", tc, p.relabeler != nil, p.labeler != nil)
		}
		if tc.labeler && p.model.NClass() != 3 {
			t.Errorf("%+v: transition model has %d classes, want 3", tc, p.model.NClass())
		}
		checkToy(t, p, data)
	}
}

func checkToy(t *testing.T, p *Parser, data []Sentence) {
	t.Helper()
	if uas, las := p.Accuracy(data); uas != 100 || las != 100 {
		t.Errorf("training accuracy UAS %.1f LAS %.1f, want 100", uas, las)
	}
	var buf bytes.Buffer
	if _, err := p.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	p2, err := Read(bufio.NewReader(&buf), nil)
	if err != nil {
		t.Fatal(err)
	}
	if uas, las := p2.Accuracy(data); uas != 100 || las != 100 {
		t.Errorf("after round trip: UAS %.1f LAS %.1f, want 100", uas, las)
	}
	if h, r := p.Parse(nil, nil, nil, nil); len(h) != 0 || len(r) != 0 {
		t.Errorf("Parse(nil) = %v, %v", h, r)
	}
}

func TestReadErrors(t *testing.T) {
	for _, in := range []string{"", magic, magic + "\x01root\n", magic + "\x01nsubj\n"} {
		if _, err := Read(bufio.NewReader(strings.NewReader(in)), nil); err == nil {
			t.Errorf("Read(%q) succeeded, want error", in)
		}
	}
}
