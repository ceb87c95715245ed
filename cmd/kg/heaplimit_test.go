package main

import (
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

// TestBuildHeapLimit checks that kg build gives its soft heap limit back
// when it returns (the tests run many commands in one process) and refuses
// a negative one.
func TestBuildHeapLimit(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	const before = 3 << 30
	prev := debug.SetMemoryLimit(before)
	defer debug.SetMemoryLimit(prev)
	db := filepath.Join(t.TempDir(), "kg.db")
	if code, _, stderr := kg(t, "Kyiv said no.\n", "--db", db, "build", "--quiet", "--heap-limit", "100", "-"); code != 0 {
		t.Fatalf("build exited %d: %s", code, stderr)
	}
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("memory limit after build = %d, want %d as before", got, before)
	}
	code, _, stderr := kg(t, "", "--db", db, "build", "--heap-limit", "-5", "-")
	if code == 0 || !strings.Contains(stderr, "--heap-limit") {
		t.Errorf("negative limit: exit %d, stderr %q", code, stderr)
	}
}
