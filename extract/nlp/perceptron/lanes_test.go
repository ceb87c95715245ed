package perceptron

import (
	"math/rand/v2"
	"testing"
)

// TestLanes checks the two-lane addition of dense rows against plain sums,
// with extreme weights, an odd number of classes and more rows than the
// lanes can hold without folding.
func TestLanes(t *testing.T) {
	const nclass, nfeat = 5, maxRows + 5000
	rng := rand.New(rand.NewPCG(1, 2))
	b := newBuilder(nclass, 1)
	want := make([]int64, nclass)
	feats := make([]uint64, nfeat)
	for i := range feats {
		k := uint32(i + 1)
		feats[i] = uint64(k) // key32 of a value below 2^32 is the value itself
		cls := []uint8{0, 1, 2, 3, 4}
		ws := make([]int16, nclass)
		for c := range ws {
			switch rng.IntN(3) {
			case 0:
				ws[c] = 32767
			case 1:
				ws[c] = -32767
			default:
				ws[c] = int16(rng.IntN(2000) - 1000)
			}
			if ws[c] == 0 {
				ws[c] = 1
			}
			want[c] += int64(ws[c])
		}
		b.add(k, cls, ws)
	}
	m := b.build()
	if len(m.dense) != nfeat*nclass {
		t.Fatalf("%d dense weights, want every feature dense (%d)", len(m.dense), nfeat*nclass)
	}
	scores := make([]int32, nclass)
	m.Score(feats, scores)
	for c := range want {
		if int64(scores[c]) != want[c] {
			t.Errorf("class %d: score %d, want %d", c, scores[c], want[c])
		}
	}
}
