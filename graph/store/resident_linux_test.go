package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
)

// residentKB returns the resident size of the mapping that starts at start
// (its Rss in /proc/self/smaps). mincore cannot tell: for a file it reports
// the page cache, which a release leaves alone.
func residentKB(t *testing.T, start uintptr) int {
	t.Helper()
	b, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Fatal(err)
	}
	header := fmt.Sprintf("%x-", start)
	in := false
	for line := range strings.Lines(string(b)) {
		switch {
		case strings.HasPrefix(line, header):
			in = true
		case in && strings.HasPrefix(line, "Rss:"):
			var kb int
			if _, err := fmt.Sscanf(line, "Rss: %d kB", &kb); err != nil {
				t.Fatalf("smaps: %q: %v", line, err)
			}
			return kb
		}
	}
	t.Fatalf("no mapping at %#x in /proc/self/smaps", start)
	return 0
}

func allQuads(t *testing.T, s *Store) []string {
	t.Helper()
	var out []string
	err := s.Quads(context.Background(), func(q quad.Quad) error {
		out = append(out, q.NQuad())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// TestReleaseMapped checks that releasing a bolt store's map takes its
// pages out of resident memory, only above the limit, and that the store
// reads the same afterwards; and that the watcher releases them by itself.
func TestReleaseMapped(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "kg.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.AddQuads(ctx, synthQuads(20000)); err != nil {
		t.Fatal(err)
	}
	start := s.mapped.db.Info().Data
	before := allQuads(t, s)
	held := residentKB(t, start)
	if held < 400 {
		t.Fatalf("only %d kB resident after reading the store; the test needs more", held)
	}

	m := &mappedFile{db: s.mapped.db, limit: 1 << 62} // nothing is above it
	m.check()
	if got := residentKB(t, start); got < held {
		t.Errorf("below the limit: resident %d kB -> %d kB, want unchanged", held, got)
	}
	m.limit = 0
	m.check()
	released := residentKB(t, start)
	t.Logf("resident map: %d kB read, %d kB after release", held, released)
	if released > held/10 {
		t.Errorf("above the limit: resident %d kB -> %d kB, want at most a tenth", held, released)
	}
	if after := allQuads(t, s); !slices.Equal(after, before) {
		t.Errorf("store reads %d quads after release, %d before", len(after), len(before))
	}
	if got := residentKB(t, start); got < held/2 {
		t.Fatalf("reading again made %d kB resident, want about %d", got, held)
	}

	m = &mappedFile{db: s.mapped.db, limit: 0, stop: make(chan struct{}), done: make(chan struct{})}
	go m.watch(time.Millisecond)
	deadline := time.Now().Add(10 * time.Second)
	for residentKB(t, start) > held/10 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	m.close()
	if got := residentKB(t, start); got > held/10 {
		t.Errorf("the watcher left %d kB of %d resident", got, held)
	}
}
