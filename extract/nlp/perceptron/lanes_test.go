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

// TestAddLanes checks the lane additions used for scoring (the AVX2 ones
// on amd64 machines that have it) against the word-at-a-time ones, on rows
// whose lengths are and are not whole vectors and whose sums wrap.
func TestAddLanes(t *testing.T) {
	if !hasAVX2 {
		t.Log("no AVX2 here: both sides are the Go additions")
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{1, 3, 4, 8, 52, 54, 56, 128} {
		rows := make([][]uint64, 4)
		for i := range rows {
			rows[i] = make([]uint64, n)
			for j := range rows[i] {
				rows[i][j] = rng.Uint64()
			}
		}
		got, want := make([]uint64, n), make([]uint64, n)
		for j := range got {
			got[j] = rng.Uint64()
			want[j] = got[j]
		}
		addLanes4(got, rows[0], rows[1], rows[2], rows[3])
		addLanes1(got, rows[1])
		addLanes4Go(want, rows[0], rows[1], rows[2], rows[3])
		addLanes1Go(want, rows[1])
		for j := range got {
			if got[j] != want[j] {
				t.Errorf("%d words: word %d = %#x, want %#x", n, j, got[j], want[j])
			}
		}
	}
}

// TestLaneWords checks that rows of lanes are whole 32-byte vectors with
// room for every class.
func TestLaneWords(t *testing.T) {
	for _, tc := range []struct{ nclass, want int }{{1, 4}, {7, 4}, {8, 4}, {9, 8}, {102, 52}, {107, 56}, {255, 128}} {
		if got := laneWords(tc.nclass); got != tc.want {
			t.Errorf("laneWords(%d) = %d, want %d", tc.nclass, got, tc.want)
		}
	}
}

// BenchmarkAddLanes adds four rows of a parser's width (56 words) to an
// accumulator: with the dispatching addLanes4 (AVX2 where the machine has
// it) and with the Go loop.
func BenchmarkAddLanes(b *testing.B) {
	const words = 56
	rng := rand.New(rand.NewPCG(5, 6))
	var rows [4][]uint64
	for i := range rows {
		rows[i] = make([]uint64, words)
		for j := range rows[i] {
			rows[i][j] = rng.Uint64() >> 17
		}
	}
	acc := make([]uint64, words)
	for _, bc := range []struct {
		name string
		add  func(l, r0, r1, r2, r3 []uint64)
	}{{"dispatch", addLanes4}, {"go", addLanes4Go}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				bc.add(acc, rows[0], rows[1], rows[2], rows[3])
			}
		})
	}
}
