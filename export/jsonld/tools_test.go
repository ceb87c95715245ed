package jsonld_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/export/nquads"
	"github.com/kgraph/kg/graph/store"
)

// exports writes the JSON-LD and the N-Quads export of s to files and
// returns their paths.
func exports(t *testing.T, s *store.Store) (jsonldPath, nquadsPath string) {
	t.Helper()
	dir := t.TempDir()
	jsonldPath, nquadsPath = filepath.Join(dir, "kg.jsonld"), filepath.Join(dir, "kg.nq")
	var nq bytes.Buffer
	if err := nquads.Write(context.Background(), &nq, s, nquads.Options{}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(jsonldPath, exporttest.Export(t, format, s), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(nquadsPath, nq.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return jsonldPath, nquadsPath
}

func python(t *testing.T, py, script string, args ...string) string {
	t.Helper()
	out, err := exec.Command(py, append([]string{"-c", script}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", py, err, out)
	}
	return string(out)
}

// pyldCanon prints the URDNA2015 canonical N-Quads of a JSON-LD file and
// of an N-Quads file, separated by a line "----". pyld may not fetch
// anything: its document loader refuses every URL.
const pyldCanon = `import json, sys
from pyld import jsonld
def offline(url, options=None):
    raise jsonld.JsonLdError("refusing to load " + url, "jsonld.LoadDocumentError", code="loading document failed")
opts = {"algorithm": "URDNA2015", "format": "application/n-quads", "documentLoader": offline}
with open(sys.argv[1], encoding="utf-8") as f:
    doc = json.load(f)
with open(sys.argv[2], encoding="utf-8") as f:
    nq = f.read()
ds = jsonld.from_rdf(nq, {"format": "application/n-quads"})
sys.stdout.write(jsonld.normalize(doc, opts) + "----\n" + jsonld.normalize(ds, opts))
`

// TestPyLD checks with an independent JSON-LD processor that the JSON-LD
// export and the N-Quads export are the same dataset.
func TestPyLD(t *testing.T) {
	py := exporttest.Python(t, "pyld")
	for name, s := range map[string]*store.Store{
		"fixture":   exporttest.Fixture(t),
		"synthetic": exporttest.Store(t, exporttest.Synthetic(30)),
		"hash base": hashBase(t),
	} {
		j, n := exports(t, s)
		fromJSONLD, fromNQuads, ok := strings.Cut(python(t, py, pyldCanon, j, n), "----\n")
		if !ok {
			t.Fatalf("%s: unexpected pyld output", name)
		}
		if strings.Count(fromNQuads, "\n") < 50 {
			t.Fatalf("%s: pyld read only %d quads from the N-Quads", name, strings.Count(fromNQuads, "\n"))
		}
		if fromJSONLD != fromNQuads {
			t.Errorf("%s: canonical quads differ\nJSON-LD:\n%s\nN-Quads:\n%s", name, fromJSONLD, fromNQuads)
		}
	}
}

// rdflibCount parses a JSON-LD file and an N-Quads file with rdflib and
// prints the number of quads of each and whether the two sets are equal.
const rdflibCount = `import sys, rdflib
a, b = rdflib.ConjunctiveGraph(), rdflib.ConjunctiveGraph()
# rdflib names the default graph after the file unless told otherwise.
a.parse(sys.argv[1], format="json-ld", publicID="urn:x-kg:default")
b.parse(sys.argv[2], format="nquads", publicID="urn:x-kg:default")
qa = set((s, p, o, g.identifier) for s, p, o, g in a.quads())
qb = set((s, p, o, g.identifier) for s, p, o, g in b.quads())
print(len(a), len(b), qa == qb)
`

// TestRDFLib checks that rdflib reads the same quads from the JSON-LD
// export as from the N-Quads export.
func TestRDFLib(t *testing.T) {
	py := exporttest.Python(t, "rdflib")
	j, n := exports(t, exporttest.Fixture(t))
	got := strings.Fields(python(t, py, rdflibCount, j, n))
	if len(got) != 3 || got[0] != got[1] || got[0] == "0" || got[2] != "True" {
		t.Errorf("rdflib: JSON-LD quads, N-Quads quads, same set = %v", got)
	}
}
