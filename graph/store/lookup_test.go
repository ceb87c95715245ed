package store_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/kgraph/kg/graph/store"
	"github.com/kgraph/kg/graph/storetest"
)

// TestHasArticle asks for stored articles with their hash and another,
// and for an article never stored, on each embedded backend.
func TestHasArticle(t *testing.T) {
	ctx := context.Background()
	for name, loc := range map[string]func(dir string) string{
		"memory":  func(string) string { return "memory" },
		"bolt":    func(dir string) string { return filepath.Join(dir, "kg.db") },
		"leveldb": func(dir string) string { return "leveldb:" + filepath.Join(dir, "kg.leveldb") },
	} {
		t.Run(name, func(t *testing.T) {
			s, err := store.Open(ctx, loc(t.TempDir()), store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			docs := storetest.Documents(s.Namespace())
			if _, err := s.Write(ctx, docs); err != nil {
				t.Fatal(err)
			}
			for _, d := range docs {
				for _, tc := range []struct {
					id, hash string
					want     bool
				}{
					{d.Article.ID, d.Article.Hash, true},
					{d.Article.ID, "other" + d.Article.Hash, false},
					{"never-" + d.Article.ID, d.Article.Hash, false},
				} {
					got, err := s.HasArticle(ctx, tc.id, tc.hash)
					if err != nil || got != tc.want {
						t.Errorf("HasArticle(%q, %.12q...) = %v, %v; want %v", tc.id, tc.hash, got, err, tc.want)
					}
				}
			}
		})
	}
}
