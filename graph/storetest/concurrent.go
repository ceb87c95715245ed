package storetest

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

// copies returns n copies of the fixture documents under new article ids.
func copies(ns graph.Namespace, n int) []graph.Document {
	var out []graph.Document
	for i := range n {
		for _, d := range Documents(ns) {
			id := fmt.Sprintf("%s-%d", d.Article.ID, i)
			d.Article.ID = id
			sts := make([]graph.Statement, len(d.Statements))
			for j, st := range d.Statements {
				st.Prov.Article = id
				sts[j] = st
			}
			d.Statements = sts
			out = append(out, d)
		}
	}
	return out
}

// testConcurrentReadWrite reads while batches are written, as a parallel
// build does: its workers ask whether articles are stored while the writer
// writes. Nothing may fail or crash, and every article is stored at the end.
func testConcurrentReadWrite(t *testing.T, b Backend) {
	s := Open(t, b)
	ctx := context.Background()
	docs := copies(s.Namespace(), 150)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	errs := make(chan error, 3)
	for r := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				d := docs[(i*7+r)%len(docs)]
				if _, err := s.HasArticle(ctx, d.Article.ID, d.Article.Hash); err != nil {
					errs <- fmt.Errorf("has article: %w", err)
					return
				}
				if r == 0 && i%5 == 0 {
					if err := s.Statements(ctx, store.Filter{}, func(store.Record) error { return nil }); err != nil {
						errs <- fmt.Errorf("statements: %w", err)
						return
					}
				}
			}
		}()
	}
	for i := 0; i < len(docs); i += 4 {
		write(t, s, docs[i:min(i+4, len(docs))])
	}
	close(stop)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for _, d := range docs {
		if ok, err := s.HasArticle(ctx, d.Article.ID, d.Article.Hash); err != nil || !ok {
			t.Errorf("article %s stored = %t, %v", d.Article.ID, ok, err)
		}
	}
}
