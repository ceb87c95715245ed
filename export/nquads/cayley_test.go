package nquads_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/export/nquads"
)

// TestCayleyLoad loads the export as "cayley load -i kg.nq" does (format
// chosen by file extension, batched writes into a quad store) and checks
// that every line became a quad.
func TestCayleyLoad(t *testing.T) {
	var buf bytes.Buffer
	if err := nquads.Write(context.Background(), &buf, exporttest.Fixture(t), nquads.Options{}); err != nil {
		t.Fatal(err)
	}
	format := quad.FormatByExt(".nq")
	if format == nil {
		t.Fatal("no quad format for .nq")
	}
	qs := memstore.New()
	qw, err := writer.NewSingleReplication(qs, nil)
	if err != nil {
		t.Fatal(err)
	}
	w := cgraph.NewWriter(qw)
	if _, err := quad.CopyBatch(w, format.Reader(bytes.NewReader(buf.Bytes())), 100); err != nil {
		t.Fatalf("load: %v", err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	st, err := qs.Stats(context.Background(), true)
	if err != nil {
		t.Fatal(err)
	}
	if want := int64(strings.Count(buf.String(), "\n")); st.Quads.Value != want {
		t.Errorf("cayley loaded %d quads, want %d", st.Quads.Value, want)
	}
}
