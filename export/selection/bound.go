package selection

import (
	"context"
	"fmt"

	"github.com/kgraph/kg/export/internal/bound"
	"github.com/kgraph/kg/graph/store"
)

// bound counts the statements selected so far and keeps the nodes
// bound.Keep chooses.
func (s *Selection) bound(ctx context.Context) error {
	index := map[string]int32{}
	var ids []string
	var degree []int
	var edges []bound.Edge
	node := func(id string) int32 {
		i, ok := index[id]
		if !ok {
			i = int32(len(ids))
			index[id] = i
			ids = append(ids, id)
			degree = append(degree, 0)
		}
		return i
	}
	err := s.src.Statements(ctx, s.opt.Filter, func(r store.Record) error {
		if !s.Match(r) {
			return nil
		}
		from, to := node(NodeID(r.Subject)), node(NodeID(r.Object))
		degree[from]++
		if to != from {
			degree[to]++
		}
		edges = append(edges, bound.Edge{From: from, To: to})
		return nil
	})
	if err != nil {
		return fmt.Errorf("count statements: %w", err)
	}
	keep := bound.Keep(degree, edges, s.opt.MaxNodes, func(i, j int) bool { return ids[i] < ids[j] })
	s.keep = make(map[string]bool, min(len(ids), s.opt.MaxNodes))
	for i, k := range keep {
		if k {
			s.keep[ids[i]] = true
		}
	}
	s.report.TotalNodes, s.report.TotalStatements = len(ids), len(edges)
	s.report.Nodes = len(s.keep)
	for _, e := range edges {
		if keep[e.From] && keep[e.To] {
			s.report.Statements++
		}
	}
	return nil
}
