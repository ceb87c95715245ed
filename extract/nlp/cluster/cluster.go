// Package cluster learns hierarchical word clusters from unlabelled text,
// used as generalising features by the tagger and parser (in the spirit of
// the Brown clusters of Koo, Carreras and Collins 2008).
//
// Each frequent word is represented by its distribution of left and right
// neighbours among the most frequent words, weighted by positive pointwise
// mutual information and normalised. The words are split recursively into
// two by spherical 2-means, giving every word a bit-string path in a binary
// tree (at most 24 levels deep); words sharing a long path prefix occur in
// similar contexts. Paths of unknown words are empty. Training is
// deterministic.
package cluster

import (
	"github.com/kgraph/kg/extract/nlp/perceptron"
)

// Path is a position in the cluster tree: Len bits, most significant first.
type Path struct {
	Bits uint32
	Len  uint8
}

// Prefix returns the path truncated to at most n bits.
func (p Path) Prefix(n int) Path {
	if int(p.Len) <= n {
		return p
	}
	return Path{Bits: p.Bits >> (int(p.Len) - n), Len: uint8(n)}
}

// Key returns a nonzero number identifying the path (distinct paths give
// distinct keys; the empty path gives 1).
func (p Path) Key() uint64 { return uint64(p.Len)<<32 | uint64(p.Bits) | 1<<40 }

// Clusters maps normalised words (see tagger.Norm) to paths. It is
// read-only after construction and safe for concurrent use.
type Clusters struct {
	paths map[uint64]Path // perceptron.Hash(norm) -> path
}

// Lookup returns the path of the word whose normalised form has hash h.
func (c *Clusters) Lookup(h uint64) Path {
	if c == nil {
		return Path{}
	}
	return c.paths[h]
}

// Len returns the number of clustered words.
func (c *Clusters) Len() int { return len(c.paths) }

// PathOf returns the path of a normalised word.
func (c *Clusters) PathOf(norm string) Path { return c.Lookup(perceptron.Hash(norm)) }
