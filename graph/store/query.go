package store

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo"   // registers "gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql" // registers "graphql"
	_ "github.com/cayleygraph/cayley/query/mql"     // registers "mql"
	"github.com/cayleygraph/quad"
)

// Languages lists the query languages Query accepts.
func Languages() []string {
	l := query.Languages()
	sort.Strings(l)
	return l
}

// Query runs q in lang and writes the results to w as a JSON array, at most
// limit results (0: no limit).
func (s *Store) Query(ctx context.Context, lang, q string, limit int, w io.Writer) error {
	defer s.guard.read()()
	if query.GetLanguage(lang) == nil {
		return fmt.Errorf("unknown query language %q (want one of %v)", lang, Languages())
	}
	it, err := query.Execute(ctx, s.qs, lang, q, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return fmt.Errorf("%s query: %w", lang, err)
	}
	defer it.Close()
	results := []interface{}{}
	for it.Next(ctx) {
		results = append(results, it.Result())
		if limit > 0 && len(results) >= limit {
			break
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("%s query: %w", lang, err)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(results)
}

// Quads calls fn for every quad in the store, in store order.
func (s *Store) Quads(ctx context.Context, fn func(quad.Quad) error) error {
	defer s.guard.read()()
	return s.scan(ctx, s.qs.QuadsAllIterator(), fn)
}
