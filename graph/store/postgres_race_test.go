package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
	"github.com/kgraph/kg/graph/storetest"
)

// TestPostgresRemoveRace removes (or replaces with a version that no
// longer names it) the only article naming an entity in one process while
// another writes a new article naming it. The remover is
// held between its check ("nobody else mentions E") and its delete; the
// writer must wait for it and store E again, so that E keeps its name and
// type. Without the write lock the writer finishes inside the pause (its
// E quads already stored, so skipped) and the delete leaves the new
// article mentioning an entity without a name.
func TestPostgresRemoveRace(t *testing.T) {
	for _, op := range []string{"remove", "replace"} {
		t.Run(op, func(t *testing.T) { testRemoveRace(t, op) })
	}
}

func testRemoveRace(t *testing.T, op string) {
	dsn := storetest.FreshPostgres(t)
	ctx := context.Background()
	remover, writer := openStore(t, dsn), openStore(t, dsn)
	docs := storetest.Documents(remover.Namespace())
	first, second := docs[0], docs[1]
	shared := first.Entities[0]
	second.Entities = append(second.Entities, shared)
	if _, err := remover.Write(ctx, []graph.Document{first}); err != nil {
		t.Fatal(err)
	}
	// the new version of the first article no longer names shared
	changed := first
	changed.Article.Hash += "-changed"
	changed.Entities = first.Entities[1:]
	changed.Statements = nil

	checked, proceed := make(chan struct{}), make(chan struct{})
	store.SetBeforeDelete(remover, func() {
		close(checked)
		<-proceed
	})
	removed := make(chan error, 1)
	go func() {
		var err error
		if op == "remove" {
			_, err = remover.Remove(ctx, []string{first.Article.ID})
		} else {
			_, err = remover.Write(ctx, []graph.Document{changed})
		}
		removed <- err
	}()
	<-checked
	wrote := make(chan error, 1)
	go func() {
		_, err := writer.Write(ctx, []graph.Document{second})
		wrote <- err
	}()
	select {
	case err := <-wrote:
		t.Errorf("the write finished while the %s held its lock (err %v)", op, err)
		wrote <- err
	case <-time.After(500 * time.Millisecond):
	}
	close(proceed)
	if err := <-removed; err != nil {
		t.Fatal(err)
	}
	if err := <-wrote; err != nil {
		t.Fatal(err)
	}

	var found bool
	err := writer.Entities(ctx, store.EntityFilter{}, func(e store.EntityRecord) error {
		if e.ID == shared.ID {
			found = e.Label == shared.Label && e.Type == shared.Type
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !found {
		t.Errorf("entity %s lost its name or type: the second article mentions it", shared.ID)
	}
}

func openStore(t *testing.T, loc string) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), loc, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
