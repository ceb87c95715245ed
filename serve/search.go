package serve

import (
	"sort"
	"strings"

	"github.com/kgraph/kg/graph"
)

// nameForm is one name of an entity as written and as searched.
type nameForm struct {
	text  string   // as written
	norm  string   // folded: lower case, no accents, words separated by one space
	runes [][]rune // norm and then each of its words, for fuzzy matching
}

func nameForms(label string, aliases []string) []nameForm {
	out := make([]nameForm, 0, 1+len(aliases))
	for _, n := range append([]string{label}, aliases...) {
		f := graph.FoldName(n)
		runes := [][]rune{[]rune(f)}
		for _, w := range strings.Fields(f) {
			runes = append(runes, []rune(w))
		}
		out = append(out, nameForm{text: n, norm: f, runes: runes})
	}
	return out
}

// Match kinds, best first.
const (
	matchExact     = "exact"     // a name is the query
	matchPrefix    = "prefix"    // a name starts with the query
	matchWord      = "word"      // a later word of a name starts with the query
	matchSubstring = "substring" // a name contains the query
	matchFuzzy     = "fuzzy"     // a name or word is a few edits from the query
)

var matchRank = map[string]int{matchExact: 0, matchPrefix: 1, matchWord: 2, matchSubstring: 3, matchFuzzy: 4}

// hit is one search result.
type hit struct {
	entity   *entityEntry
	match    string
	name     string // the name that matched, as written
	distance int    // edits, for fuzzy matches
}

// maxEdits is how many edits a fuzzy match of a query of n runes may
// need: none below four runes, then one per four runes, at most three.
func maxEdits(n int) int {
	return min(n/4, 3)
}

// search finds the entities whose names match q, best first: exact
// names, then names and then words that start with q, then names that
// contain it, then names and words a few edits away (fuzzy). Ties go to
// the most mentioned entity.
func (idx *index) search(q string, typ graph.Type, limit int) []hit {
	fq := graph.FoldName(q)
	if fq == "" {
		return nil
	}
	var hits []hit
	for _, e := range idx.entities {
		if typ != "" && e.Type != typ {
			continue
		}
		if h, ok := matchEntity(e, fq); ok {
			hits = append(hits, h)
		}
	}
	sort.SliceStable(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		if matchRank[a.match] != matchRank[b.match] {
			return matchRank[a.match] < matchRank[b.match]
		}
		if a.distance != b.distance {
			return a.distance < b.distance
		}
		return false // idx.entities is already by mentions, then label
	})
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits
}

// matchEntity returns the best match of the folded query fq among e's names.
func matchEntity(e *entityEntry, fq string) (hit, bool) {
	best := hit{entity: e}
	found := false
	better := func(h hit) {
		if !found || matchRank[h.match] < matchRank[best.match] ||
			matchRank[h.match] == matchRank[best.match] && h.distance < best.distance {
			best, found = h, true
		}
	}
	qr := []rune(fq)
	limit := maxEdits(len(qr))
	for _, n := range e.names {
		switch {
		case n.norm == fq:
			better(hit{entity: e, match: matchExact, name: n.text})
		case strings.HasPrefix(n.norm, fq):
			better(hit{entity: e, match: matchPrefix, name: n.text})
		case strings.Contains(" "+n.norm, " "+fq):
			better(hit{entity: e, match: matchWord, name: n.text})
		case strings.Contains(n.norm, fq):
			better(hit{entity: e, match: matchSubstring, name: n.text})
		case limit > 0:
			if d, ok := fuzzy(qr, n, limit); ok {
				better(hit{entity: e, match: matchFuzzy, name: n.text, distance: d})
			}
		}
	}
	return best, found
}

// fuzzy returns the fewest edits between the query and the name, one of
// its words, or the start of either as long as the query (so that a
// misspelt prefix still finds the name), when at most limit.
func fuzzy(q []rune, n nameForm, limit int) (int, bool) {
	best := limit + 1
	for _, r := range n.runes {
		best = min(best, osa(q, r, limit))
		if len(r) > len(q) {
			best = min(best, osa(q, r[:len(q)], limit))
		}
	}
	return best, best <= limit
}

// osa is the optimal string alignment distance between a and b
// (insertions, deletions, substitutions and transpositions of neighbours),
// or limit+1 when it is more than limit.
func osa(a, b []rune, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	var small [3 * 32]int // rows for names up to 31 runes without allocating
	rows := small[:0]
	if n := 3 * (len(b) + 1); n <= len(small) {
		rows = small[:n]
	} else {
		rows = make([]int, n)
	}
	prev2, prev, cur := rows[:len(b)+1], rows[len(b)+1:2*(len(b)+1)], rows[2*(len(b)+1):]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], limit+1)
}
