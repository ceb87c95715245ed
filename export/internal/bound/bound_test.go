package bound

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// graph builds degrees from edges (a self-loop counts once).
func graph(n int, edges ...[2]int32) ([]int, []Edge) {
	deg := make([]int, n)
	var es []Edge
	for _, e := range edges {
		es = append(es, Edge{e[0], e[1]})
		deg[e[0]]++
		if e[1] != e[0] {
			deg[e[1]]++
		}
	}
	return deg, es
}

func byIndex(i, j int) bool { return i < j }

func kept(keep []bool) []int {
	var out []int
	for i, k := range keep {
		if k {
			out = append(out, i)
		}
	}
	return out
}

func TestKeep(t *testing.T) {
	// Two stars: hub 0 with leaves 1-4, hub 5 with leaves 6-7; 8-9 a pair;
	// 0 and 5 linked.
	deg, edges := graph(10, [2]int32{0, 1}, [2]int32{0, 2}, [2]int32{0, 3}, [2]int32{0, 4},
		[2]int32{5, 6}, [2]int32{5, 7}, [2]int32{0, 5}, [2]int32{8, 9})
	tests := []struct {
		max  int
		want []int
	}{
		{-1, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
		{10, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
		{0, nil},
		{1, []int{0}},                      // no edge fits: the best node alone
		{2, []int{0, 5}},                   // the edge between the hubs first
		{4, []int{0, 1, 2, 5}},             // then the leaves of the bigger hub
		{8, []int{0, 1, 2, 3, 4, 5, 6, 7}}, // the pair is cut, not left half
		{9, []int{0, 1, 2, 3, 4, 5, 6, 7}}, // one slot left: no edge fits it
	}
	for _, tc := range tests {
		if got := kept(Keep(deg, edges, tc.max, byIndex)); !slices.Equal(got, tc.want) {
			t.Errorf("Keep(max %d) = %v, want %v", tc.max, got, tc.want)
		}
	}
}

// TestKeepProperties checks on random graphs that the bound holds, that no
// kept node is isolated among the kept ones, and that the choice does not
// depend on the order of the edges.
func TestKeepProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 200; round++ {
		n := 1 + r.IntN(40)
		var pairs [][2]int32
		for range r.IntN(3 * n) {
			pairs = append(pairs, [2]int32{int32(r.IntN(n)), int32(r.IntN(n))})
		}
		deg, edges := graph(n, pairs...)
		max := r.IntN(n + 2)
		keep := Keep(deg, edges, max, byIndex)
		got := kept(keep)
		if len(got) > max {
			t.Fatalf("kept %d nodes, max %d", len(got), max)
		}
		if len(got) > 1 {
			linked := make([]bool, n)
			for _, e := range edges {
				if keep[e.From] && keep[e.To] { // a self-loop is drawn too
					linked[e.From], linked[e.To] = true, true
				}
			}
			for _, i := range got {
				if !linked[i] && n > max {
					t.Fatalf("node %d kept without an edge (max %d, edges %v)", i, max, edges)
				}
			}
		}
		shuffled := slices.Clone(edges)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if again := kept(Keep(deg, shuffled, max, byIndex)); !slices.Equal(got, again) {
			t.Fatalf("edge order changed the choice: %v, then %v", got, again)
		}
	}
}
