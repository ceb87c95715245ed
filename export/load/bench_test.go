package load_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/export/jsonld"
	"github.com/kgraph/kg/export/load"
	"github.com/kgraph/kg/graph/store"
)

// BenchmarkFileJSONLD imports kg's JSON-LD export of a generated graph of
// 300 articles into a new memory store: "stream" with File, which reads
// such a document a chunk of nodes at a time in two passes, "whole" as
// File read every JSON-LD document before (Read, then AddQuads).
func BenchmarkFileJSONLD(b *testing.B) {
	ctx := context.Background()
	var doc bytes.Buffer
	if err := jsonld.Write(ctx, &doc, exporttest.Generate(300)); err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "kg.jsonld")
	if err := os.WriteFile(path, doc.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		add  func(s *store.Store) error
	}{
		{"stream", func(s *store.Store) error {
			_, err := load.File(ctx, s, path, "")
			return err
		}},
		{"whole", func(s *store.Store) error {
			f, err := os.Open(path)
			if err != nil {
				return err
			}
			defer f.Close()
			qs, err := load.Read(f, path, load.JSONLD)
			if err != nil {
				return err
			}
			return s.AddQuads(ctx, qs)
		}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(doc.Len()))
			for b.Loop() {
				s, err := store.Open(ctx, "memory", store.Options{})
				if err != nil {
					b.Fatal(err)
				}
				if err := bc.add(s); err != nil {
					b.Fatal(err)
				}
				s.Close()
			}
		})
	}
}
