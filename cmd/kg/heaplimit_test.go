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

// TestHeapSettings checks the limit and the collector's target the build
// sets, and that the environment's GOMEMLIMIT and GOGC win.
func TestHeapSettings(t *testing.T) {
	const limit, percent = 3 << 30, 100
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(limit))
	defer debug.SetGCPercent(debug.SetGCPercent(percent))
	tests := []struct {
		name        string
		mib         int
		env         map[string]string
		wantLimit   int64
		wantPercent int
	}{
		{"default", 512, nil, 512 << 20, buildGCPercent},
		{"no limit", 0, nil, limit, percent},
		{"GOGC set", 512, map[string]string{"GOGC": "50"}, 512 << 20, percent},
		{"GOMEMLIMIT set", 512, map[string]string{"GOMEMLIMIT": "1GiB"}, limit, percent},
	}
	for _, tc := range tests {
		restore := heapSettings(tc.mib, func(k string) string { return tc.env[k] })
		gotLimit, gotPercent := debug.SetMemoryLimit(-1), debug.SetGCPercent(-1)
		debug.SetGCPercent(gotPercent) // SetGCPercent(-1) turned the collector off
		restore()
		if gotLimit != tc.wantLimit || gotPercent != tc.wantPercent {
			t.Errorf("%s: limit %d, GC percent %d; want %d, %d", tc.name, gotLimit, gotPercent, tc.wantLimit, tc.wantPercent)
		}
		if l, p := debug.SetMemoryLimit(-1), debug.SetGCPercent(percent); l != limit || p != percent {
			t.Errorf("%s: after restoring, limit %d, GC percent %d; want %d, %d", tc.name, l, p, limit, percent)
		}
	}
}
