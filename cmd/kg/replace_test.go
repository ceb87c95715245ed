package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildReplaceRemovesOrphans builds an article, then a new version
// that no longer names one of its entities: the summary counts the
// replaced article and the entity removed, and kg entities no longer lists
// it.
func TestBuildReplaceRemovesOrphans(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	art := filepath.Join(dir, "a.txt")
	os.WriteFile(art, []byte("Joe Biden met Andrzej Duda in Warsaw.\n"), 0o644)
	if code, _, stderr := kg(t, "", "--db", db, "build", art); code != 0 {
		t.Fatalf("first build exited %d: %s", code, stderr)
	}
	if _, out, _ := kg(t, "", "--db", db, "entities"); !strings.Contains(out, "Andrzej Duda") {
		t.Fatalf("first version: Duda not listed:\n%s", out)
	}
	os.WriteFile(art, []byte("Joe Biden met Olaf Scholz in Berlin.\n"), 0o644)
	code, _, stderr := kg(t, "", "--db", db, "build", art)
	if code != 0 || !strings.Contains(stderr, "1 replaced") || !strings.Contains(stderr, "kg: removed ") {
		t.Fatalf("second build exited %d: %s", code, stderr)
	}
	if _, out, _ := kg(t, "", "--db", db, "entities"); strings.Contains(out, "Andrzej Duda") || !strings.Contains(out, "Olaf Scholz") {
		t.Errorf("second version: entities\n%s", out)
	}
}
