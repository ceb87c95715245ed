package neo4j_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/export/neo4j"
)

// FuzzLabels exports one statement whose entity label, predicate, literal
// object and sentence are arbitrary text, and checks that encoding/csv
// reads both files back with the four texts exactly.
func FuzzLabels(f *testing.F) {
	for _, seed := range [][4]string{
		{"Joe Biden", "authorize", "Ukraine", "Biden authorized Ukraine."},
		{"Odd \"name\"\nwith <tags> & \\ \u57fa\u8f85", "say", "a,b", "\"quoted\"\r\nline"},
		{" leading space", "\"", "\n", "\r"},
		{"\x00\x01", "\xff", ";|", "#comment"},
	} {
		f.Add(seed[0], seed[1], seed[2], seed[3])
	}
	f.Fuzz(func(t *testing.T, label, lemma, value, text string) {
		if !exporttest.Valid(label, lemma, value, text) {
			t.Skip("the store takes no empty subject, predicate or object, nor invalid UTF-8")
		}
		s := exporttest.Store(t, exporttest.OneStatement(label, lemma, value, text))
		var nodes, rels bytes.Buffer
		if _, _, err := neo4j.Write(context.Background(), &nodes, &rels, s, neo4j.Options{}); err != nil {
			t.Fatal(err)
		}
		nr, rr, err := files(nodes.Bytes(), rels.Bytes())
		if err != nil {
			t.Fatalf("%v\n%s\n%s", err, nodes.Bytes(), rels.Bytes())
		}
		got := map[string]string{"predicate": rr[0][3], "text": rr[0][12]}
		for _, row := range nr {
			got[map[bool]string{true: "value", false: "label"}[row[4] == ""]] = row[2]
		}
		for k, want := range map[string]string{"label": label, "value": value, "predicate": lemma, "text": text} {
			if got[k] != readAs(want) {
				t.Errorf("%s: read %q, want %q", k, got[k], readAs(want))
			}
		}
	})
}

// readAs is what encoding/csv reads back of a field s that neo4j.Write
// wrote: s as valid UTF-8 (neo4j-admin reads UTF-8), with \r\n read as
// \n.
func readAs(s string) string {
	return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\r\n", "\n")
}
