package store_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/kgraph/kg/graph/store"
	"github.com/kgraph/kg/graph/storetest"
)

func TestMemory(t *testing.T) {
	storetest.Run(t, storetest.Backend{Fresh: func(*testing.T) string { return "memory" }})
}

func TestBolt(t *testing.T) {
	storetest.Run(t, storetest.Backend{
		Fresh:      func(t *testing.T) string { return filepath.Join(t.TempDir(), "kg.db") },
		Persistent: true,
	})
}

func TestLevelDB(t *testing.T) {
	storetest.Run(t, storetest.Backend{
		Fresh:      func(t *testing.T) string { return "leveldb:" + filepath.Join(t.TempDir(), "kg.leveldb") },
		Persistent: true,
	})
}

func TestBoltLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kg.db")
	s, err := store.Open(context.Background(), path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = store.Open(context.Background(), path, store.Options{})
	if !errors.Is(err, store.ErrLocked) {
		t.Errorf("second open: %v, want %v", err, store.ErrLocked)
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	for _, loc := range []string{dir, "ftp://x/y", "postgres://localhost/kg"} {
		if s, err := store.Open(context.Background(), loc, store.Options{}); err == nil {
			s.Close()
			t.Errorf("open %q succeeded", loc)
		}
	}
	if _, err := store.Open(context.Background(), "memory", store.Options{Base: "relative/"}); err == nil {
		t.Error("relative base accepted")
	}
}
