package extsort

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"testing"
)

func collect(t *testing.T, s *Sorter) []string {
	t.Helper()
	var out []string
	if err := s.Each(func(r []byte) error { out = append(out, string(r)); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSort sorts random records with buffers from tiny (a run per
// record, merges of merges) to roomy (no run), and compares with an
// in-memory sort.
func TestSort(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 7, 500, 3000} {
		var recs []string
		for range n {
			b := make([]byte, r.IntN(12))
			for i := range b {
				b[i] = byte('a' + r.IntN(3)) // short and repetitive: many repeats
			}
			recs = append(recs, string(b))
		}
		want := slices.Compact(slices.Sorted(slices.Values(recs)))
		for _, limit := range []int{1, 40, 1 << 10, 1 << 20} {
			if limit == 1 && n > 500 {
				continue // 500 runs already merge runs of merges
			}
			dir := t.TempDir()
			s := New(dir, limit)
			for _, rec := range recs {
				if err := s.Add([]byte(rec)); err != nil {
					t.Fatal(err)
				}
			}
			got := collect(t, s)
			if !slices.Equal(got, want) {
				t.Errorf("%d records, limit %d: got %d records, want %d", n, limit, len(got), len(want))
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			if left, _ := os.ReadDir(dir); len(left) != 0 {
				t.Errorf("limit %d: %d temporary files left", limit, len(left))
			}
		}
	}
}

func TestMisuse(t *testing.T) {
	s := New(t.TempDir(), 0)
	defer s.Close()
	s.Add([]byte("x"))
	collect(t, s)
	if err := s.Add([]byte("y")); err == nil {
		t.Error("Add after Each accepted")
	}
	if err := s.Each(func([]byte) error { return nil }); err == nil {
		t.Error("second Each accepted")
	}
}

func TestStop(t *testing.T) {
	stop := errors.New("stop")
	for _, limit := range []int{1, 1 << 20} {
		s := New(t.TempDir(), limit)
		for i := range 10 {
			s.Add(fmt.Appendf(nil, "%02d", i))
		}
		n := 0
		err := s.Each(func([]byte) error {
			n++
			if n == 3 {
				return stop
			}
			return nil
		})
		if !errors.Is(err, stop) || n != 3 {
			t.Errorf("limit %d: Each went on after an error: %v, %d calls", limit, err, n)
		}
		s.Close()
	}
}

func BenchmarkSort(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 1))
	recs := make([][]byte, 100000)
	for i := range recs {
		recs[i] = fmt.Appendf(nil, "<https://example.org/kg/id/entity/%d> <p> \"%d\" .", r.IntN(1<<30), i)
	}
	for _, limit := range []int{1 << 20, 64 << 20} {
		b.Run(fmt.Sprintf("limit=%dMiB", limit>>20), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s := New(b.TempDir(), limit)
				for _, rec := range recs {
					s.Add(rec)
				}
				s.Each(func([]byte) error { return nil })
				s.Close()
			}
		})
	}
}

func TestKey(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	gen := func() string {
		b := make([]byte, r.IntN(5))
		for i := range b {
			b[i] = []byte{0, 1, 'a', 0xff}[r.IntN(4)]
		}
		return string(b)
	}
	for range 5000 {
		a, b, tail := gen(), gen(), gen()
		ka := append(AppendKey(nil, a), tail...)
		kb := append(AppendKey(nil, b), gen()...)
		if a != b && (a < b) != (string(ka) < string(kb)) {
			t.Fatalf("%q < %q but their records compare the other way", a, b)
		}
		key, rest, err := CutKey(ka)
		if err != nil || key != a || string(rest) != tail {
			t.Fatalf("CutKey(%q) = %q, %q, %v", ka, key, rest, err)
		}
	}
	if _, _, err := CutKey([]byte("no end")); err == nil {
		t.Error("a record without a key end was accepted")
	}
}
