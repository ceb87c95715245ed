// Package bound chooses which nodes of a graph to keep when a drawing or an
// export may hold at most a given number of them.
//
// The most connected nodes matter most, but keeping the n nodes of highest
// degree leaves many of them without an edge: a leaf is only worth drawing
// with the hub it hangs from. Keep therefore chooses edges rather than
// nodes. Edges are ranked by the degrees of their two ends (the sum, then
// the better-ranked end), and each edge is kept, with its ends, while the
// ends fit in the bound. The result is the neighbourhoods of the hubs, with
// no node left isolated (except a lone best node when no edge fits).
package bound

import (
	"cmp"
	"slices"
)

// Edge joins two nodes, numbered from 0. Self-loops and parallel edges are
// allowed.
type Edge struct{ From, To int32 }

// Keep returns which of the len(degree) nodes to keep: all of them when
// max < 0 or the graph is small enough, else at most max. degree is each
// node's number of connections (statements), which ranks the nodes; less
// breaks ties between nodes of equal degree and must be a strict order, so
// that the choice does not depend on the order of the input.
func Keep(degree []int, edges []Edge, max int, less func(i, j int) bool) []bool {
	n := len(degree)
	keep := make([]bool, n)
	if max < 0 || n <= max {
		for i := range keep {
			keep[i] = true
		}
		return keep
	}
	if max == 0 {
		return keep
	}
	rank := ranks(degree, less)
	order := slices.Clone(edges)
	slices.SortFunc(order, func(a, b Edge) int {
		sa, sb := degree[a.From]+degree[a.To], degree[b.From]+degree[b.To]
		if sa != sb {
			return cmp.Compare(sb, sa)
		}
		a1, a2 := minmax(rank[a.From], rank[a.To])
		b1, b2 := minmax(rank[b.From], rank[b.To])
		if a1 != b1 {
			return cmp.Compare(a1, b1)
		}
		return cmp.Compare(a2, b2)
	})
	kept := 0
	for _, e := range order {
		if kept == max {
			break
		}
		need := 0
		if !keep[e.From] {
			need++
		}
		if e.To != e.From && !keep[e.To] {
			need++
		}
		if need == 0 || kept+need > max {
			continue
		}
		keep[e.From], keep[e.To] = true, true
		kept += need
	}
	if kept == 0 {
		keep[slices.Index(rank, 0)] = true
	}
	return keep
}

// ranks returns each node's position when nodes are sorted by degree,
// highest first, ties broken by less.
func ranks(degree []int, less func(i, j int) bool) []int {
	byRank := make([]int, len(degree))
	for i := range byRank {
		byRank[i] = i
	}
	slices.SortFunc(byRank, func(i, j int) int {
		switch {
		case degree[i] != degree[j]:
			return cmp.Compare(degree[j], degree[i])
		case less(i, j):
			return -1
		case less(j, i):
			return 1
		}
		return 0
	})
	rank := make([]int, len(degree))
	for r, i := range byRank {
		rank[i] = r
	}
	return rank
}

func minmax(a, b int) (int, int) {
	if a < b {
		return a, b
	}
	return b, a
}
