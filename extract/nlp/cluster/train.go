package cluster

import (
	"cmp"
	"math"
	"slices"

	"github.com/kgraph/kg/extract/nlp/perceptron"
)

// Options control Train.
type Options struct {
	MinCount  int // words rarer than this are not clustered
	Contexts  int // number of most frequent words used as context features
	MaxDepth  int // depth of the cluster tree (at most 24)
	MinSize   int // clusters smaller than this are not split
	Iteration int // 2-means iterations per split
}

// DefaultOptions returns the settings used for kg's model.
func DefaultOptions() Options {
	return Options{MinCount: 5, Contexts: 800, MaxDepth: 16, MinSize: 4, Iteration: 8}
}

type vec struct {
	idx []int32
	val []float32
}

// Train clusters the words of sents (already normalised).
func Train(sents [][]string, opt Options) *Clusters {
	count := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			count[w]++
		}
	}
	words := make([]string, 0, len(count))
	for w, n := range count {
		if n >= opt.MinCount {
			words = append(words, w)
		}
	}
	slices.SortFunc(words, func(a, b string) int {
		if c := cmp.Compare(count[b], count[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	id := make(map[string]int32, len(words))
	for i, w := range words {
		id[w] = int32(i)
	}
	nctx := min(opt.Contexts, len(words))
	vecs := contextVectors(sents, id, len(words), nctx)
	paths := make([]Path, len(words))
	members := make([]int32, len(words))
	for i := range members {
		members[i] = int32(i)
	}
	split(vecs, members, paths, Path{}, 2*nctx+2, opt)
	c := &Clusters{paths: make(map[uint64]Path, len(words))}
	for i, w := range words {
		c.paths[perceptron.Hash(w)] = paths[i]
	}
	return c
}

// contextVectors returns PPMI-weighted, L2-normalised vectors of left
// (dims 0..nctx) and right (nctx+1..2nctx+1) neighbours; the last dim of each
// side collects all other words and sentence boundaries.
func contextVectors(sents [][]string, id map[string]int32, nw, nctx int) []vec {
	ctxOf := func(s []string, i int) int32 {
		if i < 0 || i >= len(s) {
			return int32(nctx)
		}
		if k, ok := id[s[i]]; ok && int(k) < nctx {
			return k
		}
		return int32(nctx)
	}
	counts := make([]map[int32]float64, nw)
	dimTotal := make([]float64, 2*nctx+2)
	total := 0.0
	for _, s := range sents {
		for i, w := range s {
			k, ok := id[w]
			if !ok {
				continue
			}
			if counts[k] == nil {
				counts[k] = map[int32]float64{}
			}
			l, r := ctxOf(s, i-1), int32(nctx+1)+ctxOf(s, i+1)
			counts[k][l]++
			counts[k][r]++
			dimTotal[l]++
			dimTotal[r]++
			total += 2
		}
	}
	vecs := make([]vec, nw)
	for k, m := range counts {
		wtotal := 0.0
		for _, c := range m {
			wtotal += c
		}
		dims := make([]int32, 0, len(m))
		for d := range m {
			dims = append(dims, d)
		}
		slices.Sort(dims)
		var v vec
		norm := 0.0
		for _, d := range dims {
			pmi := math.Log(m[d] * total / (wtotal * dimTotal[d]))
			if pmi <= 0 {
				continue
			}
			v.idx = append(v.idx, d)
			v.val = append(v.val, float32(pmi))
			norm += pmi * pmi
		}
		norm = math.Sqrt(norm)
		for i := range v.val {
			v.val[i] /= float32(norm)
		}
		vecs[k] = v
	}
	return vecs
}

// split assigns paths below prefix to members by recursive 2-means.
func split(vecs []vec, members []int32, paths []Path, prefix Path, dims int, opt Options) {
	for _, m := range members {
		paths[m] = prefix
	}
	if len(members) < opt.MinSize || int(prefix.Len) >= opt.MaxDepth {
		return
	}
	// Seeds: the first member (most frequent) and the member least similar
	// to it, which keeps the procedure deterministic.
	c0 := make([]float64, dims)
	c1 := make([]float64, dims)
	addTo(c0, vecs[members[0]])
	far, farSim := members[len(members)-1], math.Inf(1)
	for _, m := range members[1:] {
		if s := dot(c0, vecs[m]); s < farSim {
			far, farSim = m, s
		}
	}
	addTo(c1, vecs[far])
	side := make([]bool, len(members))
	for it := 0; it < opt.Iteration; it++ {
		for i, m := range members {
			side[i] = dot(c1, vecs[m]) > dot(c0, vecs[m])
		}
		clear(c0)
		clear(c1)
		for i, m := range members {
			if side[i] {
				addTo(c1, vecs[m])
			} else {
				addTo(c0, vecs[m])
			}
		}
		normalise(c0)
		normalise(c1)
	}
	var a, b []int32
	for i, m := range members {
		if side[i] {
			b = append(b, m)
		} else {
			a = append(a, m)
		}
	}
	if len(a) == 0 || len(b) == 0 {
		return
	}
	next := Path{Len: prefix.Len + 1}
	split(vecs, a, paths, Path{Bits: prefix.Bits << 1, Len: next.Len}, dims, opt)
	split(vecs, b, paths, Path{Bits: prefix.Bits<<1 | 1, Len: next.Len}, dims, opt)
}

func addTo(c []float64, v vec) {
	for i, d := range v.idx {
		c[d] += float64(v.val[i])
	}
}

func dot(c []float64, v vec) float64 {
	s := 0.0
	for i, d := range v.idx {
		s += c[d] * float64(v.val[i])
	}
	return s
}

func normalise(c []float64) {
	n := 0.0
	for _, x := range c {
		n += x * x
	}
	if n == 0 {
		return
	}
	n = 1 / math.Sqrt(n)
	for i := range c {
		c[i] *= n
	}
}
