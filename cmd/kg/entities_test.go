package main

import (
	"strings"
	"testing"
)

// TestEntitiesConcepts checks that kg entities lists the named entities
// unless --type is given, and that --type Concept lists the concepts and
// nothing else.
func TestEntitiesConcepts(t *testing.T) {
	db := seedStore(t)
	list := func(args ...string) [][]string {
		t.Helper()
		code, out, stderr := kg(t, "", append([]string{"--db", db, "entities", "--format", "csv"}, args...)...)
		if code != 0 {
			t.Fatalf("kg entities %v exited %d: %s", args, code, stderr)
		}
		rows := readCSV(t, out)
		if len(rows) == 0 || strings.Join(rows[0], ",") != "id,label,type,aliases,mentions" {
			t.Fatalf("kg entities %v: header %v", args, rows)
		}
		return rows[1:]
	}
	isConcept := func(row []string) bool {
		return row[2] == "Concept" || strings.Contains(row[0], "/concept/")
	}

	named := list()
	if len(named) == 0 {
		t.Fatal("kg entities lists nothing on the seed store")
	}
	for _, row := range named {
		if isConcept(row) {
			t.Errorf("kg entities lists the concept %v", row)
		}
	}

	concepts := list("--type", "Concept")
	if len(concepts) == 0 {
		t.Fatal("kg entities --type Concept lists nothing on the seed store")
	}
	for _, row := range concepts {
		if row[2] != "Concept" || !strings.Contains(row[0], "/article/") || !strings.Contains(row[0], "/concept/") {
			t.Errorf("kg entities --type Concept lists %v", row)
		}
	}

	if people := list("--type", "person"); len(people) == 0 {
		t.Error("kg entities --type person lists nothing")
	} else {
		for _, row := range people {
			if row[2] != "Person" {
				t.Errorf("kg entities --type person lists %v", row)
			}
		}
	}
}
