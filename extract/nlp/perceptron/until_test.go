package perceptron

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// randomModel has nfeat features with weights for a random set of nclass
// classes each: some dense, most sparse.
func randomModel(nclass, nfeat int, rng *rand.Rand) (*Model, []uint64) {
	b := newBuilder(nclass, 1)
	feats := make([]uint64, nfeat)
	for i := range feats {
		k := uint32(i + 1)
		feats[i] = uint64(k)
		var cls []uint8
		var ws []int16
		for c := range nclass {
			if i%7 == 0 || rng.IntN(10) == 0 {
				cls, ws = append(cls, uint8(c)), append(ws, int16(rng.IntN(2001)-1000))
			}
		}
		b.add(k, cls, ws)
	}
	return b.build(), feats
}

// TestScoreUntil checks that scoring in steps adds what Score adds for the
// features it reaches, stops at the first step done accepts, and reports
// how many features it added; for a model with many classes (hash slots
// and dense rows) and one with few (the inline table).
func TestScoreUntil(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, nclass := range []int{103, 3} {
		m, feats := randomModel(nclass, 100, rng)
		feats = append(feats, 1<<40) // a feature the model does not have
		steps := []int{10, 40, 70}
		tests := []struct {
			stopAt int // step index done accepts; -1 never
			want   int // features added
		}{
			{-1, len(feats)},
			{0, 10},
			{1, 40},
			{2, 70},
		}
		for _, tc := range tests {
			got := make([]int32, nclass)
			calls := 0
			n := m.ScoreUntil(feats, steps, got, func(s []int32) bool {
				partial := make([]int32, nclass)
				m.Score(feats[:steps[calls]], partial)
				if !slices.Equal(s, partial) {
					t.Errorf("nclass %d: scores at step %d differ from Score of the first %d features", nclass, calls, steps[calls])
				}
				calls++
				return calls-1 == tc.stopAt
			})
			want := make([]int32, nclass)
			m.Score(feats[:tc.want], want)
			if n != tc.want || !slices.Equal(got, want) {
				t.Errorf("nclass %d, stop at step %d: added %d features, want %d; scores equal to Score's: %t",
					nclass, tc.stopAt, n, tc.want, slices.Equal(got, want))
			}
		}
	}
}
