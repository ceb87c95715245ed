package serve

import (
	"testing"
)

func TestOSA(t *testing.T) {
	tests := []struct {
		a, b  string
		limit int
		want  int
	}{
		{"zelensky", "zelensky", 2, 0},
		{"zelenskiy", "zelensky", 2, 1},  // substitution... and a deletion: i+y vs y
		{"zelesnky", "zelensky", 2, 1},   // transposition
		{"zlensky", "zelensky", 2, 1},    // insertion
		{"putin", "zelensky", 2, 3},      // over the limit: limit+1
		{"abc", "abcdefgh", 2, 3},        // lengths too far apart
		{"kyiv", "kiev", 2, 2},           // two substitutions
		{"базиль", "базил", 1, 1},        // runes, not bytes
		{"", "ab", 3, 2},                 // from nothing
		{"ca", "abc", 3, 3},              // OSA, not full Damerau: 3
		{"volodimir", "volodymyr", 2, 2}, // two substitutions
	}
	for _, tt := range tests {
		if got := osa([]rune(tt.a), []rune(tt.b), tt.limit); got != tt.want {
			t.Errorf("osa(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.limit, got, tt.want)
		}
	}
}

// refOSA is the textbook optimal string alignment distance, unbounded.
func refOSA(a, b []rune) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

// FuzzOSA checks the bounded distance against the textbook one: equal when
// within the limit, limit+1 otherwise.
func FuzzOSA(f *testing.F) {
	f.Add("zelenskiy", "zelensky", 2)
	f.Add("ca", "abc", 3)
	f.Add("", "", 0)
	f.Add("kyiv", "kiev", 1)
	f.Fuzz(func(t *testing.T, a, b string, limit int) {
		if limit < 0 || limit > 5 || len(a) > 40 || len(b) > 40 {
			return
		}
		ra, rb := []rune(a), []rune(b)
		want := min(refOSA(ra, rb), limit+1)
		if got := osa(ra, rb, limit); got != want {
			t.Errorf("osa(%q, %q, %d) = %d, want %d", a, b, limit, got, want)
		}
	})
}

func TestMaxEdits(t *testing.T) {
	for n, want := range map[int]int{0: 0, 3: 0, 4: 1, 7: 1, 8: 2, 12: 3, 40: 3} {
		if got := maxEdits(n); got != want {
			t.Errorf("maxEdits(%d) = %d, want %d", n, got, want)
		}
	}
}

// BenchmarkSearch searches the fixture's names by prefix and fuzzily.
func BenchmarkSearch(b *testing.B) {
	s, _ := fixtureServer(b, Options{})
	idx, err := s.index(b.Context())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if len(idx.search("zel", "", 10)) == 0 || len(idx.search("volodimir", "", 10)) == 0 {
			b.Fatal("no hits")
		}
	}
}

// FuzzSearch searches the fixture with arbitrary text: no panic, at most
// the limit, only known match kinds, and every hit names a name of its
// entity.
func FuzzSearch(f *testing.F) {
	for _, q := range []string{"zel", "volodimir", "U.S.", "\u57fa\u8f85", "", "\xff", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"} {
		f.Add(q)
	}
	s, _ := fixtureServer(f, Options{})
	idx, err := s.index(f.Context())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		hits := idx.search(q, "", 5)
		if len(hits) > 5 {
			t.Fatalf("%d hits over the limit", len(hits))
		}
		for _, h := range hits {
			if _, ok := matchRank[h.match]; !ok {
				t.Errorf("match %q", h.match)
			}
			named := false
			for _, n := range h.entity.names {
				named = named || n.text == h.name
			}
			if !named {
				t.Errorf("hit %q is not a name of %s", h.name, h.entity.Label)
			}
		}
	})
}
