package storetest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/kgraph/kg/graph/store"
)

// testGizmoProvenance checks the two traversals docs/model.md promises: the
// fact as one plain Out() step, and the statement node (with its provenance)
// reached from the fact through the label context.
func testGizmoProvenance(t *testing.T, b Backend) {
	s := Open(t, b)
	write(t, s, Documents(s.Namespace()))
	ns := s.Namespace()
	biden, rel := ns.Entity("Joe Biden"), ns.Relation("authorize")

	got := query(t, s, fmt.Sprintf(`g.V("<%s>").Out("<%s>").All()`, biden, rel))
	if len(got) != 1 || got[0]["id"] != "<"+string(ns.Entity("Ukraine"))+">" {
		t.Fatalf("fact traversal = %v", got)
	}

	q := fmt.Sprintf(`g.V("<%s>").LabelContext(g.V(), "stmt").Out("<%s>").All()`, biden, rel)
	got = query(t, s, q)
	if len(got) != 1 {
		t.Fatalf("label traversal = %v", got)
	}
	stmt, _ := got[0]["stmt"].(string)
	q = fmt.Sprintf(`g.V(%q).Out("<http://www.w3.org/ns/prov#wasDerivedFrom>").Out("<http://schema.org/text>").All()`, stmt)
	got = query(t, s, q)
	if len(got) != 1 || got[0]["id"] != "US President Joe Biden has authorized Ukraine to use ATACMS." {
		t.Errorf("provenance traversal from %s = %v", stmt, got)
	}
}

func query(t *testing.T, s *store.Store, q string) []map[string]interface{} {
	t.Helper()
	var buf bytes.Buffer
	if err := s.Query(context.Background(), "gizmo", q, 0, &buf); err != nil {
		t.Fatalf("query %s: %v", q, err)
	}
	var out []map[string]interface{}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatalf("query output %s: %v", buf.Bytes(), err)
	}
	return out
}
