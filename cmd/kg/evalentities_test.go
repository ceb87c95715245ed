package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalEntities(t *testing.T) {
	gold := filepath.Join(t.TempDir(), "gold.iob2")
	os.WriteFile(gold, []byte("# newdoc id = d1\n# sent_id = 1\n1\tPresident\tO\n2\tJoe\tB-PER\n3\tBiden\tI-PER\n"+
		"4\tvisited\tO\n5\tKyiv\tB-LOC\n6\t.\tO\n\n"), 0o644)
	code, out, stderr := kg(t, "", "eval", "entities", "--iob2", gold)
	if code != 0 {
		t.Fatalf("eval entities exited %d: %s", code, stderr)
	}
	rows := map[string][]string{}
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Fields(line); len(f) >= 4 {
			rows[f[0]] = f[1:4] // gold, predicted, correct
		}
	}
	for _, tt := range []struct {
		row  string
		want string
	}{
		{"PER", "1 1 1"},
		{"LOC", "1 1 1"},
		{"typed", "2 2 2"},
		{"untyped", "2 2 2"},
	} {
		if got := strings.Join(rows[tt.row], " "); got != tt.want {
			t.Errorf("row %s: gold, predicted, correct = %q, want %q\n%s", tt.row, got, tt.want, out)
		}
	}
	os.WriteFile(gold, []byte("1\tKyiv\tB-LOC\n2\tsaid\n"), 0o644)
	if code, _, stderr := kg(t, "", "eval", "entities", "--iob2", gold); code == 0 || !strings.Contains(stderr, "gold.iob2:2") {
		t.Errorf("malformed IOB2: exit %d, stderr %q", code, stderr)
	}
}
