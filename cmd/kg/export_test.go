package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportRoundTrip exports the seed graph as N-Quads and JSON-LD,
// imports each into an empty store, and checks that the new store exports
// exactly the same bytes in every format.
func TestImportRoundTrip(t *testing.T) {
	db := seedStore(t)
	dir := t.TempDir()
	formats := []string{"nquads", "ntriples", "jsonld", "graphml", "gexf", "cytoscape", "dot"}
	export := func(db, tag string) map[string][]byte {
		out := map[string][]byte{}
		for _, f := range formats {
			path := filepath.Join(dir, tag+"."+f)
			if code, _, stderr := kg(t, "", "--db", db, "export", "--format", f, "-o", path); code != 0 {
				t.Fatalf("export %s: %s", f, stderr)
			}
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			out[f] = b
		}
		return out
	}
	want := export(db, "seed")
	for _, in := range []string{"nquads", "jsonld"} {
		file := filepath.Join(dir, "seed-import."+map[string]string{"nquads": "nq", "jsonld": "jsonld"}[in])
		if err := os.WriteFile(file, want[in], 0o644); err != nil {
			t.Fatal(err)
		}
		fresh := filepath.Join(t.TempDir(), "imported.db")
		code, _, stderr := kg(t, "", "--db", fresh, "import", file)
		if code != 0 || !strings.Contains(stderr, "quads from") {
			t.Fatalf("import %s exited %d: %s", in, code, stderr)
		}
		got := export(fresh, "imported-"+in)
		for _, f := range formats {
			if !bytes.Equal(got[f], want[f]) {
				t.Errorf("imported from %s, exported as %s: differs from the seed store's export", in, f)
			}
		}
	}
}

func TestImportErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.nq")
	os.WriteFile(bad, []byte("<http://ex.org/a> <http://ex.org/b> \"c\" .\n<http://ex.org/a> oops .\n"), 0o644)
	db := filepath.Join(t.TempDir(), "kg.db")
	for _, args := range [][]string{
		{"import", bad},
		{"import", filepath.Join(dir, "graph.ttl")},
		{"import", "-"},
		{"import", "--format", "turtle", bad},
	} {
		code, _, stderr := kg(t, "", append([]string{"--db", db}, args...)...)
		if code == 0 {
			t.Errorf("kg %v succeeded", args)
		}
		if args[1] == bad && !strings.Contains(stderr, "bad.nq:2:") {
			t.Errorf("kg %v: error %q does not give the line", args, stderr)
		}
	}
	code, _, stderr := kg(t, "<http://ex.org/a> <http://ex.org/b> \"c\" .\n", "--db", db, "import", "--format", "nquads", "-")
	if code != 0 || !strings.Contains(stderr, "read 1 quads from -") {
		t.Errorf("import from standard input: %d %s", code, stderr)
	}
}

// TestExportFormats exports the ego graph of Zelensky in every format and
// reads each with a standard parser.
func TestExportFormats(t *testing.T) {
	db := seedStore(t)
	dir := t.TempDir()
	parse := map[string]func([]byte) error{
		"graphml":   func(b []byte) error { return xml.Unmarshal(b, new(struct{})) },
		"gexf":      func(b []byte) error { return xml.Unmarshal(b, new(struct{})) },
		"svg":       func(b []byte) error { return xml.Unmarshal(b, new(struct{})) },
		"cytoscape": func(b []byte) error { return json.Unmarshal(b, new(any)) },
		"jsonld":    func(b []byte) error { return json.Unmarshal(b, new(any)) },
	}
	for _, f := range []string{"nquads", "ntriples", "jsonld", "graphml", "gexf", "cytoscape", "dot", "svg", "png"} {
		path := filepath.Join(dir, "zelensky."+f)
		code, _, stderr := kg(t, "", "--db", db, "export", "--format", f, "--around", "Zelensky", "--depth", "1", "-o", path)
		if code != 0 {
			t.Fatalf("export %s: %s", f, stderr)
		}
		if !strings.Contains(stderr, "around Volodymyr Zelensky") {
			t.Errorf("export %s: stderr does not report the selection: %q", f, stderr)
		}
		b, err := os.ReadFile(path)
		if err != nil || len(b) < 100 {
			t.Fatalf("export %s: %v, %d bytes", f, err, len(b))
		}
		if p := parse[f]; p != nil {
			if err := p(b); err != nil {
				t.Errorf("export %s does not parse: %v", f, err)
			}
		}
		if f != "png" && strings.Contains(string(b), "joe-biden") {
			t.Errorf("export %s of Zelensky's ego graph holds Joe Biden", f)
		}
	}
	out := filepath.Join(dir, "neo4j")
	if code, _, stderr := kg(t, "", "--db", db, "export", "--format", "neo4j", "--max-nodes", "40", "-o", out); code != 0 || !strings.Contains(stderr, "cut") {
		t.Fatalf("export neo4j: %d %s", code, stderr)
	}
	for _, name := range []string{"nodes.csv", "relationships.csv"} {
		f, err := os.Open(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil || len(rows) < 2 {
			t.Errorf("%s: %d rows, %v", name, len(rows), err)
		}
		if name == "nodes.csv" && len(rows) > 41 {
			t.Errorf("nodes.csv has %d nodes, bound 40", len(rows)-1)
		}
	}
	if code, _, _ := kg(t, "", "--db", db, "export", "--format", "neo4j"); code == 0 {
		t.Error("neo4j without -o accepted")
	}
	if code, _, _ := kg(t, "", "--db", db, "export", "--format", "graphml", "--around", "Nobody Atall"); code == 0 {
		t.Error("--around an unknown entity accepted")
	}
}
