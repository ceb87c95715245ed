package perceptron

import (
	"fmt"
	"slices"
)

// Model is a compiled, read-only averaged perceptron.
//
// Each feature's weights are stored either sparsely, as packed
// class<<16 | uint16(weight) words after a count, or, when the feature has
// weights for many classes, as a dense row of NClass int16 values, which
// is faster to add.
type Model struct {
	nclass int
	scale  float64    // real weight = int16 weight * scale
	slots  []uint64   // open addressing: key<<32 | ref; 0 = empty
	ents   []uint32   // sparse entries
	dense  []int16    // dense rows of nclass weights
	tiny   []tinySlot // inline table replacing the above when nclass <= tinyClasses
	nfeat  int
	nw     int // number of nonzero weights
}

// A ref (low half of a slot) locates a feature's weights: denseFlag|row
// for a dense row at dense[row*nclass:], or count<<countShift|offset for
// count sparse entries at ents[offset:].
const (
	denseFlag  = 1 << 31
	countShift = 25
	maxOffset  = 1<<countShift - 1
	maxCount   = 1<<6 - 1
)

// NClass returns the number of classes.
func (m *Model) NClass() int { return m.nclass }

// NFeatures returns the number of features with at least one weight.
func (m *Model) NFeatures() int { return m.nfeat }

// NWeights returns the number of nonzero weights.
func (m *Model) NWeights() int { return m.nw }

// Scale returns the factor converting int32 scores to real-valued ones.
func (m *Model) Scale() float64 { return m.scale }

// maxBatch is the number of features looked up before their weights are
// added, so that the memory accesses of a batch overlap.
const maxBatch = 32

// Score adds the weights of feats to scores (length NClass).
func (m *Model) Score(feats []uint64, scores []int32) {
	if m.tiny != nil {
		m.scoreTiny(feats, scores)
		return
	}
	var acc [256]int32
	var offs [maxBatch]uint32
	for len(feats) > 0 {
		batch := feats[:min(len(feats), maxBatch)]
		feats = feats[len(batch):]
		n := 0
		for _, f := range batch {
			if off, ok := m.find(key32(f)); ok {
				offs[n] = off
				n++
			}
		}
		for _, off := range offs[:n] {
			m.add(off, &acc)
		}
	}
	for i := range scores {
		scores[i] += acc[i&255]
	}
}

// add adds the weights of the feature with the given ref to acc.
func (m *Model) add(ref uint32, acc *[256]int32) {
	if ref&denseFlag != 0 {
		o := int(ref&^denseFlag) * m.nclass
		row := m.dense[o : o+m.nclass]
		a := acc[:len(row)]
		for j, w := range row {
			a[j] += int32(w)
		}
		return
	}
	off := ref & maxOffset
	for _, e := range m.ents[off : off+ref>>countShift] {
		acc[(e>>16)&255] += int32(int16(uint16(e)))
	}
}

// Add adds the weights of the single feature f to scores.
func (m *Model) Add(f uint64, scores []int32) {
	m.Score([]uint64{f}, scores)
}

func (m *Model) find(k uint32) (uint32, bool) {
	slots := m.slots
	i := home(k, len(slots))
	for {
		s := slots[i]
		if uint32(s>>32) == k {
			return uint32(s), true
		}
		if s == 0 {
			return 0, false
		}
		if i++; i == len(slots) {
			i = 0
		}
	}
}

// home returns the first slot probed for key k in a table of n slots.
func home(k uint32, n int) int {
	return int((uint64(k*0x9E3779B1) * uint64(n)) >> 32)
}

// loadFactor is the maximum fraction of occupied slots (percent).
const loadFactor = 70

// keys returns the keys of all features, ascending.
func (m *Model) keys() []uint32 {
	keys := make([]uint32, 0, m.nfeat)
	for _, s := range m.slots {
		if s != 0 {
			keys = append(keys, uint32(s>>32))
		}
	}
	for _, s := range m.tiny {
		if s.key != 0 {
			keys = append(keys, s.key)
		}
	}
	slices.Sort(keys)
	return keys
}

// featureWeights appends the nonzero (class, weight) pairs of the feature
// with key k to cls and ws, in class order.
func (m *Model) featureWeights(k uint32, cls []uint8, ws []int16) ([]uint8, []int16) {
	if m.tiny != nil {
		return m.tinyWeights(k, cls, ws)
	}
	ref, ok := m.find(k)
	if !ok {
		return cls, ws
	}
	c, w := m.weights(ref)
	return append(cls, c...), append(ws, w...)
}

// weights returns the nonzero (class, weight) pairs of the feature with
// the given ref, in class order.
func (m *Model) weights(ref uint32) (cls []uint8, ws []int16) {
	if ref&denseFlag != 0 {
		o := int(ref&^denseFlag) * m.nclass
		for c, w := range m.dense[o : o+m.nclass] {
			if w != 0 {
				cls, ws = append(cls, uint8(c)), append(ws, w)
			}
		}
		return cls, ws
	}
	off := ref & maxOffset
	for _, e := range m.ents[off : off+ref>>countShift] {
		cls, ws = append(cls, uint8(e>>16)), append(ws, int16(uint16(e)))
	}
	return cls, ws
}

// appendFeature stores the weights of one feature (classes ascending,
// weights nonzero) and returns its ref.
func (m *Model) appendFeature(cls []uint8, ws []int16) uint32 {
	m.nfeat++
	m.nw += len(ws)
	off := len(m.ents)
	if 4*len(ws) >= m.nclass || len(ws) > maxCount || off+len(ws) > maxOffset {
		ref := denseFlag | uint32(len(m.dense)/m.nclass)
		row := make([]int16, m.nclass)
		for i, c := range cls {
			row[c] = ws[i]
		}
		m.dense = append(m.dense, row...)
		return ref
	}
	for i, c := range cls {
		m.ents = append(m.ents, uint32(c)<<16|uint32(uint16(ws[i])))
	}
	return uint32(len(ws))<<countShift | uint32(off)
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
	kept := keys[:0]
	var offs []uint32
	var cls []uint8
	var ws []int16
	for _, k := range keys {
		cls, ws = cls[:0], ws[:0]
		for c, w := range b.feats[k] {
			if w != 0 {
				cls = append(cls, uint8(c))
				ws = append(ws, int16(min(max(w, -32767), 32767)))
			}
		}
		if len(ws) > 0 {
			kept = append(kept, k)
			offs = append(offs, m.appendFeature(cls, ws))
		}
	}
	m.index(kept, offs)
	return m
}

// index builds the open-addressing table; feature i has key keys[i] and
// ref offs[i].
func (m *Model) index(keys, offs []uint32) {
	size := len(keys)*100/loadFactor + 1
	m.slots = make([]uint64, size)
	for fi, k := range keys {
		i := home(k, size)
		for m.slots[i] != 0 {
			if i++; i == size {
				i = 0
			}
		}
		m.slots[i] = uint64(k)<<32 | uint64(offs[fi])
	}
	if m.nclass <= tinyClasses {
		m.compactTiny(keys, offs)
	}
}

// Prune returns a copy of m without the weights whose magnitude is below
// minAbs (in quantised units); features left without weights are dropped.
func (m *Model) Prune(minAbs int) *Model {
	b := newBuilder(m.nclass, m.scale)
	var cls, kc []uint8
	var ws, kw []int16
	for _, k := range m.keys() {
		cls, ws = m.featureWeights(k, cls[:0], ws[:0])
		kc, kw = kc[:0], kw[:0]
		for i, w := range ws {
			if int(w) >= minAbs || int(w) <= -minAbs {
				kc, kw = append(kc, cls[i]), append(kw, w)
			}
		}
		b.add(k, kc, kw)
	}
	return b.build()
}

// Bytes returns the approximate memory used by the model's tables.
func (m *Model) Bytes() int {
	return 8*len(m.slots) + 4*len(m.ents) + 2*len(m.dense) + 12*len(m.tiny)
}

// Layout describes the compiled tables, for reports.
func (m *Model) Layout() string {
	if m.tiny != nil {
		return fmt.Sprintf("%d features inline in %d slots, %.1f MB", m.nfeat, len(m.tiny), float64(m.Bytes())/1e6)
	}
	return fmt.Sprintf("%d features (%d dense rows), %d slots, %d sparse entries, %.1f MB",
		m.nfeat, len(m.dense)/max(m.nclass, 1), len(m.slots), len(m.ents), float64(m.Bytes())/1e6)
}
