package perceptron

import (
	"bufio"
	"bytes"
	"testing"
)

// toy is a linearly separable 3-class problem over hashed features.
func toy() (feats [][]uint64, gold []int) {
	words := []string{"red", "green", "blue"}
	for i := 0; i < 30; i++ {
		c := i % 3
		feats = append(feats, []uint64{F1(1, Hash(words[c])), F1(2, uint64(i%5)), F1(0, 0)})
		gold = append(gold, c)
	}
	return feats, gold
}

func train(t *testing.T) *Model {
	t.Helper()
	tr := NewTrainer(3)
	feats, gold := toy()
	scores := make([]float64, 3)
	for epoch := 0; epoch < 5; epoch++ {
		for i, f := range feats {
			clear(scores)
			tr.Score(f, scores)
			pred := 0
			for c := range scores {
				if scores[c] > scores[pred] {
					pred = c
				}
			}
			tr.Tick()
			if pred != gold[i] {
				tr.Update(f, gold[i], 1)
				tr.Update(f, pred, -1)
			}
		}
	}
	return tr.Compile()
}

func predict(m *Model, f []uint64) int {
	scores := make([]int32, m.NClass())
	m.Score(f, scores)
	best := 0
	for c := range scores {
		if scores[c] > scores[best] {
			best = c
		}
	}
	return best
}

func TestTrainCompile(t *testing.T) {
	m := train(t)
	feats, gold := toy()
	for i, f := range feats {
		if got := predict(m, f); got != gold[i] {
			t.Errorf("example %d: predicted %d, want %d", i, got, gold[i])
		}
	}
	if m.NFeatures() == 0 || m.NWeights() < m.NFeatures() {
		t.Errorf("NFeatures = %d, NWeights = %d", m.NFeatures(), m.NWeights())
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	m := train(t)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	m2, err := ReadModel(bufio.NewReader(bytes.NewReader(data)))
	if err != nil {
		t.Fatal(err)
	}
	feats, _ := toy()
	for _, f := range append(feats, []uint64{F1(9, 9)}) {
		a, b := make([]int32, 3), make([]int32, 3)
		m.Score(f, a)
		m2.Score(f, b)
		if a[0] != b[0] || a[1] != b[1] || a[2] != b[2] {
			t.Fatalf("scores differ after round trip: %v vs %v", a, b)
		}
	}
	var again bytes.Buffer
	m2.WriteTo(&again)
	if !bytes.Equal(again.Bytes(), data) {
		t.Error("re-encoding the decoded model gives different bytes")
	}
}

func TestPrune(t *testing.T) {
	m := train(t)
	if p := m.Prune(0); p.NWeights() != m.NWeights() {
		t.Errorf("Prune(0) kept %d weights, want %d", p.NWeights(), m.NWeights())
	}
	if p := m.Prune(40000); p.NWeights() != 0 || p.NFeatures() != 0 {
		t.Errorf("Prune(40000) kept %d weights in %d features, want none", p.NWeights(), p.NFeatures())
	}
}

func FuzzReadModel(f *testing.F) {
	var buf bytes.Buffer
	m := NewTrainer(4)
	m.Tick()
	m.Update([]uint64{1, 2, 3}, 2, 1)
	m.Update([]uint64{1, 5}, 0, -1)
	m.Compile().WriteTo(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte(magic))
	f.Add([]byte(magic + "\x03\x00\x02\x01\x01\x01\x00\x02"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ReadModel(bufio.NewReader(bytes.NewReader(data)))
		if err != nil {
			return
		}
		scores := make([]int32, m.NClass())
		m.Score([]uint64{1, 2, 3, 5, F1(0, 0)}, scores)
	})
}

// TestTinyLayout checks that a model of three classes, kept inline in its
// hash slots, scores exactly like the general layout used for more classes.
func TestTinyLayout(t *testing.T) {
	feats, gold := toy()
	models := make([]*Model, 2)
	for i, nclass := range []int{3, 4} { // class 3 is never seen
		tr := NewTrainer(nclass)
		for epoch := 0; epoch < 3; epoch++ {
			for j, f := range feats {
				tr.Tick()
				tr.Update(f, gold[j], 1)
				tr.Update(f, (gold[j]+1)%3, -0.5)
			}
		}
		models[i] = tr.Compile()
	}
	if models[0].tiny == nil || models[1].tiny != nil {
		t.Fatalf("layouts: 3 classes tiny=%v, 4 classes tiny=%v", models[0].tiny != nil, models[1].tiny != nil)
	}
	for _, f := range append(feats, []uint64{F1(9, 9)}) {
		a, b := make([]int32, 3), make([]int32, 4)
		models[0].Score(f, a)
		models[1].Score(f, b)
		if a[0] != b[0] || a[1] != b[1] || a[2] != b[2] || b[3] != 0 {
			t.Fatalf("tiny scores %v, general %v", a, b)
		}
	}
	if got, want := models[0].Prune(0).NWeights(), models[1].NWeights(); got != want {
		t.Errorf("tiny model keeps %d weights after Prune(0), general has %d", got, want)
	}
}
