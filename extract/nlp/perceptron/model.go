package perceptron

import (
	"slices"
)

// Model is a compiled, read-only averaged perceptron.
type Model struct {
	nclass int
	scale  float64 // real weight = int16 weight * scale
	mask   uint32
	slots  []slot   // open addressing; key 0 marks an empty slot
	offs   []uint32 // entries of feature i are offs[i]:offs[i+1]
	cls    []uint8
	ws     []int16
}

type slot struct {
	key  uint32
	feat uint32
}

// NClass returns the number of classes.
func (m *Model) NClass() int { return m.nclass }

// NFeatures returns the number of features with at least one weight.
func (m *Model) NFeatures() int { return len(m.offs) - 1 }

// NWeights returns the number of stored (class, weight) entries.
func (m *Model) NWeights() int { return len(m.ws) }

// Scale returns the factor converting int32 scores to real-valued ones.
func (m *Model) Scale() float64 { return m.scale }

// Score adds the weights of feats to scores (length NClass).
func (m *Model) Score(feats []uint64, scores []int32) {
	for _, f := range feats {
		m.Add(f, scores)
	}
}

// Add adds the weights of the single feature f to scores.
func (m *Model) Add(f uint64, scores []int32) {
	k := key32(f)
	i := (k * 0x9E3779B1) & m.mask
	for {
		s := m.slots[i]
		if s.key == k {
			lo, hi := m.offs[s.feat], m.offs[s.feat+1]
			cls, ws := m.cls[lo:hi], m.ws[lo:hi]
			for j, c := range cls {
				scores[c] += int32(ws[j])
			}
			return
		}
		if s.key == 0 {
			return
		}
		i = (i + 1) & m.mask
	}
}

// builder assembles a Model from features in any order; entries of
// features with equal 32-bit keys are merged by summing.
type builder struct {
	nclass int
	scale  float64
	feats  map[uint32][]int32 // key -> dense weights (only for merging)
}

func newBuilder(nclass int, scale float64) *builder {
	return &builder{nclass: nclass, scale: scale, feats: make(map[uint32][]int32)}
}

func (b *builder) add(key uint32, cls []uint8, ws []int16) {
	if len(cls) == 0 {
		return
	}
	row := b.feats[key]
	if row == nil {
		row = make([]int32, b.nclass)
		b.feats[key] = row
	}
	for i, c := range cls {
		row[c] += int32(ws[i])
	}
}

func (b *builder) build() *Model {
	keys := make([]uint32, 0, len(b.feats))
	for k := range b.feats {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	m := &Model{nclass: b.nclass, scale: b.scale}
	m.offs = append(m.offs, 0)
	kept := keys[:0]
	for _, k := range keys {
		n := 0
		for c, w := range b.feats[k] {
			if w == 0 {
				continue
			}
			w = min(max(w, -32767), 32767)
			m.cls = append(m.cls, uint8(c))
			m.ws = append(m.ws, int16(w))
			n++
		}
		if n > 0 {
			kept = append(kept, k)
			m.offs = append(m.offs, uint32(len(m.ws)))
		}
	}
	m.index(kept)
	return m
}

// index builds the open-addressing table for the sorted keys; feature i
// has key keys[i].
func (m *Model) index(keys []uint32) {
	size := 1
	for size < 2*len(keys)+1 {
		size <<= 1
	}
	m.mask = uint32(size - 1)
	m.slots = make([]slot, size)
	for fi, k := range keys {
		i := (k * 0x9E3779B1) & m.mask
		for m.slots[i].key != 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i] = slot{key: k, feat: uint32(fi)}
	}
}
