package store

import (
	"hash/maphash"
	"strconv"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph"
)

// knownQuads remembers the quads about shared nodes (entities, relations,
// extractors: graph.Namespace.Shared) that this Store has written, so that
// a build does not send them again with every batch whose articles mention
// the node. Cayley would skip such a quad as a duplicate, but only after
// hashing its values, adding to their reference counts and looking the quad
// up in two indexes; a whole-corpus build sends about 120,000 of them.
//
// The set holds 128-bit hashes of the quads (two maphash sums with
// independent seeds), 35-55 bytes a quad in memory. It is kept only for
// stores that no other process writes (embedded ones hold a file lock; see
// Store.Local) and is emptied before any change that deletes quads, since a
// delete can take an entity's quads with it. A nil *knownQuads remembers
// nothing. Store.applying guards the set and holds it and the store in
// step: a change consults or empties the set and applies its deltas under
// that lock, so every method here is called with it held.
type knownQuads struct {
	seeds  [2]maphash.Seed
	hashes map[[2]uint64]struct{}
	buf    []byte // encodes a quad for hashing
}

func newKnownQuads() *knownQuads {
	return &knownQuads{seeds: [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()},
		hashes: make(map[[2]uint64]struct{})}
}

// filter returns the quads of add that are not known to be stored, reusing
// add's array, and the shared ones among them (to remember once written).
func (k *knownQuads) filter(ns graph.Namespace, add []quad.Quad) (keep, shared []quad.Quad) {
	if k == nil {
		return add, nil
	}
	keep = add[:0]
	for _, q := range add {
		if iri, ok := q.Subject.(quad.IRI); !ok || q.Label != nil || !ns.Shared(string(iri)) {
			keep = append(keep, q)
			continue
		}
		if _, ok := k.hashes[k.sum(q)]; ok {
			continue
		}
		keep = append(keep, q)
		shared = append(shared, q)
	}
	return keep, shared
}

// remember records quads as stored.
func (k *knownQuads) remember(qs []quad.Quad) {
	if k == nil {
		return
	}
	for _, q := range qs {
		k.hashes[k.sum(q)] = struct{}{}
	}
}

// forget empties the set.
func (k *knownQuads) forget() {
	if k == nil {
		return
	}
	clear(k.hashes)
}

// sum returns the 128-bit hash of q.
func (k *knownQuads) sum(q quad.Quad) [2]uint64 {
	b := k.buf[:0]
	for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		b = appendValue(b, v)
	}
	k.buf = b
	return [2]uint64{maphash.Bytes(k.seeds[0], b), maphash.Bytes(k.seeds[1], b)}
}

// appendValue appends an encoding of v that differs for different values:
// a kind byte, the length of the lexical form and the form, and for typed
// and language-tagged strings the type or tag as well.
func appendValue(b []byte, v quad.Value) []byte {
	var kind byte
	var s, extra string
	switch v := v.(type) {
	case nil:
		return append(b, 0)
	case quad.IRI:
		kind, s = 'I', string(v)
	case quad.String:
		kind, s = 'S', string(v)
	case quad.TypedString:
		kind, s, extra = 'T', string(v.Value), string(v.Type)
	case quad.LangString:
		kind, s, extra = 'L', string(v.Value), v.Lang
	default:
		kind, s = 'X', quad.StringOf(v)
	}
	b = append(b, kind)
	b = strconv.AppendInt(b, int64(len(s)), 10)
	b = append(b, ':')
	b = append(b, s...)
	b = strconv.AppendInt(b, int64(len(extra)), 10)
	b = append(b, ':')
	return append(b, extra...)
}
