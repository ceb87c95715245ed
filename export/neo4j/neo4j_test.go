package neo4j_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/export/neo4j"
	"github.com/kgraph/kg/graph/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// files reads the two CSV files and checks what neo4j-admin requires:
// the headers, full rows, unique node ids, relationships between
// existing nodes, and typed columns that parse as their types.
func files(nodes, rels []byte) ([][]string, [][]string, error) {
	nr, err := csv.NewReader(bytes.NewReader(nodes)).ReadAll()
	if err != nil {
		return nil, nil, fmt.Errorf("nodes.csv: %w", err)
	}
	rr, err := csv.NewReader(bytes.NewReader(rels)).ReadAll()
	if err != nil {
		return nil, nil, fmt.Errorf("relationships.csv: %w", err)
	}
	if len(nr) == 0 || !slices.Equal(nr[0], neo4j.NodeHeader) || len(rr) == 0 || !slices.Equal(rr[0], neo4j.RelationshipHeader) {
		return nil, nil, errors.New("missing or wrong headers")
	}
	ids := map[string]bool{}
	for _, row := range nr[1:] {
		if ids[row[0]] || row[0] == "" {
			return nil, nil, fmt.Errorf("node id %q repeated or empty", row[0])
		}
		ids[row[0]] = true
	}
	for _, row := range rr[1:] {
		if !ids[row[0]] || !ids[row[1]] || row[2] == "" {
			return nil, nil, fmt.Errorf("relationship %q: ends %q, %q or type %q", row[16], row[0], row[1], row[2])
		}
		if _, err := strconv.ParseFloat(row[5], 64); err != nil {
			return nil, nil, fmt.Errorf("confidence %q", row[5])
		}
		if _, err := strconv.ParseBool(row[6]); err != nil {
			return nil, nil, fmt.Errorf("negated %q", row[6])
		}
		for _, i := range []int{9, 10, 11} {
			if _, err := strconv.Atoi(row[i]); err != nil {
				return nil, nil, fmt.Errorf("%s %q", neo4j.RelationshipHeader[i], row[i])
			}
		}
	}
	return nr[1:], rr[1:], nil
}

// format writes both files into one stream for the suite: the length of
// nodes.csv as a uvarint, nodes.csv, relationships.csv.
var format = exporttest.Format{
	Export: func(ctx context.Context, w io.Writer, s *store.Store) error {
		var nodes, rels bytes.Buffer
		if _, _, err := neo4j.Write(ctx, &nodes, &rels, s, neo4j.Options{}); err != nil {
			return err
		}
		w.Write(binary.AppendUvarint(nil, uint64(nodes.Len())))
		w.Write(nodes.Bytes())
		_, err := w.Write(rels.Bytes())
		return err
	},
	Parse: func(out []byte) ([]string, error) {
		n, k := binary.Uvarint(out)
		if k <= 0 || int(n) > len(out)-k {
			return nil, errors.New("bad test framing")
		}
		nodes, rels, err := files(out[k:k+int(n)], out[k+int(n):])
		texts := []string{}
		for _, row := range append(nodes, rels...) {
			texts = append(texts, row...)
		}
		return texts, err
	},
}

func TestSuite(t *testing.T) {
	exporttest.Run(t, format)
}

func TestGolden(t *testing.T) {
	dir := t.TempDir()
	if _, _, err := neo4j.WriteDir(context.Background(), dir, exporttest.Fixture(t), neo4j.Options{}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{neo4j.NodesFile, neo4j.RelationshipsFile} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", "fixture-"+name)
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s (run go test -update and review the diff):\n%s", name, path, got)
		}
	}
}

func TestWriteDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	nodes, rels, err := neo4j.WriteDir(context.Background(), dir, exporttest.Store(t, exporttest.Repeated), neo4j.Options{})
	if err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if !slices.Equal(names, []string{neo4j.NodesFile, neo4j.RelationshipsFile}) {
		t.Errorf("directory holds %q", names)
	}
	nb, _ := os.ReadFile(filepath.Join(dir, neo4j.NodesFile))
	rb, _ := os.ReadFile(filepath.Join(dir, neo4j.RelationshipsFile))
	nr, rr, err := files(nb, rb)
	if err != nil {
		t.Fatal(err)
	}
	if len(nr) != nodes || len(rr) != rels || rels != 8 {
		t.Errorf("WriteDir says %d nodes and %d relationships; the files have %d and %d (want 8 relationships)", nodes, rels, len(nr), len(rr))
	}

	// A failed export leaves the directory as it was.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := neo4j.WriteDir(ctx, dir, exporttest.Fixture(t), neo4j.Options{}); err == nil {
		t.Fatal("cancelled export succeeded")
	}
	if again, _ := os.ReadFile(filepath.Join(dir, neo4j.NodesFile)); !bytes.Equal(again, nb) {
		t.Error("a failed export changed nodes.csv")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("a failed export left %d files", len(entries))
	}
}

func TestRelationshipType(t *testing.T) {
	tests := []struct{ lemma, want string }{
		{"authorize", "AUTHORIZE"},
		{"run out of", "RUN_OUT_OF"},
		{"hold title", "HOLD_TITLE"},
		{"say \"x\" & <y>", "SAY_X_Y"},
		{"\u57fa\u8f85 say", "\u57fa\u8f85_SAY"},
	}
	for _, tc := range tests {
		if got := neo4j.RelationshipType(tc.lemma); got != tc.want {
			t.Errorf("RelationshipType(%q) = %q, want %q", tc.lemma, got, tc.want)
		}
	}
}
