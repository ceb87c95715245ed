package main

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/kgraph/kg/graph"
)

// TestFilterTypeHelp checks that the --type help of statements and export
// names every entity type and literal kind, and that kg statements accepts
// each type it names.
func TestFilterTypeHelp(t *testing.T) {
	db := seedStore(t)
	listed := regexp.MustCompile(`--type string +subject or object type \(([^)]*)\)`)
	for _, cmd := range []string{"statements", "export"} {
		_, out, _ := kg(t, "", cmd, "--help")
		m := listed.FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("kg %s --help gives no --type list:\n%s", cmd, out)
		}
		names := strings.Split(m[1], ", ")
		for _, want := range slices.Concat(graph.EntityTypes, []graph.Type{graph.Date, graph.Money, graph.Quantity, graph.Text}) {
			if !strings.Contains(", "+m[1]+", ", ", "+string(want)+", ") {
				t.Errorf("kg %s --help: --type lists %q, not %s", cmd, m[1], want)
			}
		}
		if cmd != "statements" {
			continue
		}
		for _, name := range names {
			if code, _, stderr := kg(t, "", "--db", db, "statements", "--type", name); code != 0 {
				t.Errorf("kg statements --type %s exited %d: %s", name, code, stderr)
			}
		}
	}
	_, out, _ := kg(t, "", "--db", db, "statements", "--type", "Concept", "--format", "csv")
	if rows := readCSV(t, out); len(rows) < 2 {
		t.Errorf("kg statements --type Concept lists no statements on the seed store")
	}
}
