package main

import (
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/kgraph/kg/graph/storetest"
)

// sortedQuads exports a store as N-Quads, sorted.
func sortedQuads(t *testing.T, db string) string {
	t.Helper()
	code, out, stderr := kg(t, "", "--db", db, "export", "--format", "nquads")
	if code != 0 {
		t.Fatalf("export %s: %s", db, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// TestPostgresBuild builds the seeds into PostgreSQL and checks the graph
// equals the one an embedded store holds.
func TestPostgresBuild(t *testing.T) {
	pg := storetest.FreshPostgres(t)
	if code, _, stderr := kg(t, "", "--db", pg, "build", "-q", "../../data/articles"); code != 0 {
		t.Fatalf("build into PostgreSQL: %s", stderr)
	}
	if a, b := sortedQuads(t, seedStore(t)), sortedQuads(t, pg); a != b {
		t.Error("PostgreSQL holds another graph than bolt for the same build")
	}
}

// TestPostgresConcurrentBuilds runs two kg processes on disjoint halves of
// the seeds at once against one database; the result must equal one
// process building everything.
func TestPostgresConcurrentBuilds(t *testing.T) {
	pg := storetest.FreshPostgres(t)
	bin := filepath.Join(t.TempDir(), "kg")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	seeds, _ := filepath.Glob("../../data/articles/*.txt")
	halves := [][]string{seeds[:2], seeds[2:]}
	var wg sync.WaitGroup
	errs := make([]error, 2)
	outs := make([][]byte, 2)
	for i, h := range halves {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command(bin, append([]string{"--db", pg, "build", "-q"}, h...)...)
			outs[i], errs[i] = cmd.CombinedOutput()
		}()
	}
	wg.Wait()
	for i := range errs {
		if errs[i] != nil {
			t.Fatalf("build process %d: %v\n%s", i, errs[i], outs[i])
		}
	}
	if a, b := sortedQuads(t, seedStore(t)), sortedQuads(t, pg); a != b {
		t.Error("two concurrent builds gave another graph than one build of everything")
	}
}
