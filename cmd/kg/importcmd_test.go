package main

import (
	"context"
	"errors"
	"testing"

	"github.com/kgraph/kg/export/load"
	"github.com/kgraph/kg/graph/store"
)

// TestImportFailure checks what kg import says an import that failed on
// one of several files left stored.
func TestImportFailure(t *testing.T) {
	bad := &load.Error{Path: "b.nq", Line: 3, Err: errors.New("bad statement")}
	part := &load.Error{Path: "b.nq", Err: &store.ImportError{Stored: 50000, Total: 120000, Err: context.Canceled}}
	none := &load.Error{Path: "b.nq", Err: &store.ImportError{Stored: 0, Total: 120000, Err: context.Canceled}}
	for _, tc := range []struct {
		name        string
		done, later int
		err         error
		want        string
	}{
		{"first file bad", 0, 2, bad, ""},
		{"first file not written", 0, 0, none, ""},
		{"later file bad", 2, 0, bad, "kg: 2 files imported before the error; b.nq was not imported"},
		{"later file bad, more after", 2, 3, bad,
			"kg: 2 files imported before the error; b.nq was not imported; the 3 files after it were not tried"},
		{"first file in part", 0, 0, part,
			"kg: 0 files imported before the error; of b.nq, 50000 of 120000 quads were stored (importing it again completes it)"},
		{"later file in part, more after", 1, 1, part,
			"kg: 1 files imported before the error; of b.nq, 50000 of 120000 quads were stored (importing it again completes it); the 1 files after it were not tried"},
		{"later file, no batch written", 1, 0, none, "kg: 1 files imported before the error; b.nq was not imported"},
	} {
		if got := importFailure(tc.done, "b.nq", tc.later, tc.err); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
