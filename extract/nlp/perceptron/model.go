package perceptron

import (
	"fmt"
	"slices"
)

// Model is a compiled, read-only averaged perceptron.
//
// Features live in an open-addressing table of 16-byte slots. A feature
// with weights for a few classes keeps its first two as packed
// class<<16 | uint16(weight) words in the slot itself and any others in a
// shared array, so that most lookups touch one cache line; a feature with
// weights for many classes has a dense row of NClass int16 values, which is
// faster to add.
type Model struct {
	nclass int
	scale  float64    // real weight = int16 weight * scale
	slots  []slot     // open addressing; key 0 = empty
	ents   []uint32   // sparse entries beyond the two inline ones
	dense  []int16    // dense rows of nclass weights
	lanes  []uint64   // the dense rows again, two biased weights a word (lanes.go)
	nlanes int        // words per row of lanes
	tiny   []tinySlot // inline table replacing the above when nclass <= tinyClasses
	nfeat  int
	nw     int // number of nonzero weights
}

// slot holds one feature. ref is denseFlag|row for a dense row at
// dense[row*nclass:], or count<<countShift|offset for count sparse
// entries at ents[offset:] after the inline ones (in; 0 = none).
type slot struct {
	key uint32
	ref uint32
	in  [2]uint32
}

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
	var a accumulator
	m.accumulate(&a, feats)
	a.addTo(scores, m.nclass)
}

// ScoreUntil adds the weights of feats to scores (length NClass) in steps:
// after the features before each index of steps (ascending) it calls done
// with the scores so far, and it stops when done returns true. It returns
// the number of features added. Ordered by importance, the features can
// decide a clear case before all are looked up.
func (m *Model) ScoreUntil(feats []uint64, steps []int, scores []int32, done func([]int32) bool) int {
	var a accumulator
	from := 0
	for _, to := range steps {
		to = min(to, len(feats))
		if m.tiny != nil {
			m.scoreTiny(feats[from:to], scores)
		} else {
			m.accumulate(&a, feats[from:to])
			a.addTo(scores, m.nclass)
		}
		from = to
		if done(scores) || to == len(feats) {
			return to
		}
	}
	m.Score(feats[from:], scores)
	return len(feats)
}

// accumulate adds the weights of feats to a.
func (m *Model) accumulate(a *accumulator, feats []uint64) {
	var found [maxBatch]*slot
	for len(feats) > 0 {
		batch := feats[:min(len(feats), maxBatch)]
		feats = feats[len(batch):]
		// Read every home slot first, so that their cache misses overlap.
		var keys [maxBatch]uint32
		var homes [maxBatch]int
		var sum uint32
		for i, f := range batch {
			k := key32(f)
			h := home(k, len(m.slots))
			keys[i], homes[i] = k, h
			sum += m.slots[h].key
		}
		a.sink += sum
		n := 0
		for i := range batch {
			if s := m.findFrom(keys[i], homes[i]); s != nil {
				found[n] = s
				n++
			}
		}
		a.sink += m.touchEntries(found[:n])
		var rows [maxBatch][]uint64
		nrows := 0
		for _, s := range found[:n] {
			if s.ref&denseFlag != 0 {
				rows[nrows] = m.lanes[int(s.ref&^denseFlag)*m.nlanes:][:m.nlanes]
				nrows++
				continue
			}
			m.addSparse(s, a)
		}
		a.addRows(rows[:nrows], m.nclass)
	}
}

// touchEntries reads the first word of every dense row of a batch, and the
// first shared entry of every sparse feature with more than its two inline
// ones, so that those cache misses overlap instead of stalling the adds one
// after another (about 8% of BenchmarkParse's CPU time). The sum is
// returned to keep the reads.
func (m *Model) touchEntries(found []*slot) uint32 {
	var sum uint32
	for _, s := range found {
		if s.ref&denseFlag != 0 {
			sum += uint32(m.lanes[int(s.ref&^denseFlag)*m.nlanes])
		} else if s.ref>>countShift > 0 {
			sum += m.ents[s.ref&maxOffset]
		}
	}
	return sum
}

// addSparse adds the weights of the sparse feature in slot s to a.
func (m *Model) addSparse(s *slot, a *accumulator) {
	acc := &a.sparse
	for _, e := range s.in {
		acc[(e>>16)&255] += int32(int16(uint16(e))) // e == 0 adds 0 to class 0
	}
	if n := s.ref >> countShift; n > 0 {
		off := s.ref & maxOffset
		for _, e := range m.ents[off : off+n] {
			acc[(e>>16)&255] += int32(int16(uint16(e)))
		}
	}
}

// Add adds the weights of the single feature f to scores.
func (m *Model) Add(f uint64, scores []int32) {
	m.Score([]uint64{f}, scores)
}

// find returns the slot of key k, or nil.
func (m *Model) find(k uint32) *slot {
	return m.findFrom(k, home(k, len(m.slots)))
}

// findFrom returns the slot of key k, probing from slot i, or nil.
func (m *Model) findFrom(k uint32, i int) *slot {
	slots := m.slots
	for {
		s := &slots[i]
		if s.key == k {
			return s
		}
		if s.key == 0 {
			return nil
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

// tableSize is the number of slots for n features.
func tableSize(n int) int { return n*100/loadFactor + 1 }

// freeSlot returns the slot where a new key k goes in a table of size
// slots: its home, or the first free one after it (used reports whether
// slot i is taken).
func freeSlot(k uint32, size int, used func(i int) bool) int {
	i := home(k, size)
	for used(i) {
		if i++; i == size {
			i = 0
		}
	}
	return i
}

// keys returns the keys of all features, ascending.
func (m *Model) keys() []uint32 {
	keys := make([]uint32, 0, m.nfeat)
	for _, s := range m.slots {
		if s.key != 0 {
			keys = append(keys, s.key)
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
	s := m.find(k)
	if s == nil {
		return cls, ws
	}
	c, w := m.weights(s)
	return append(cls, c...), append(ws, w...)
}

// weights returns the nonzero (class, weight) pairs of the feature in
// slot s, in class order.
func (m *Model) weights(s *slot) (cls []uint8, ws []int16) {
	if s.ref&denseFlag != 0 {
		o := int(s.ref&^denseFlag) * m.nclass
		for c, w := range m.dense[o : o+m.nclass] {
			if w != 0 {
				cls, ws = append(cls, uint8(c)), append(ws, w)
			}
		}
		return cls, ws
	}
	entries := s.in[:]
	if n := s.ref >> countShift; n > 0 {
		off := s.ref & maxOffset
		entries = append(entries[:2:2], m.ents[off:off+n]...)
	}
	for _, e := range entries {
		if e != 0 {
			cls, ws = append(cls, uint8(e>>16)), append(ws, int16(uint16(e)))
		}
	}
	return cls, ws
}

// appendFeature stores the weights of one feature (classes ascending,
// weights nonzero) and returns its slot, without the key.
func (m *Model) appendFeature(cls []uint8, ws []int16) slot {
	m.nfeat++
	m.nw += len(ws)
	off := len(m.ents)
	if 4*len(ws) >= m.nclass || len(ws) > maxCount || off+len(ws) > maxOffset {
		s := slot{ref: denseFlag | uint32(len(m.dense)/m.nclass)}
		row := make([]int16, m.nclass)
		for i, c := range cls {
			row[c] = ws[i]
		}
		m.dense = append(m.dense, row...)
		return s
	}
	var s slot
	for i, c := range cls {
		e := uint32(c)<<16 | uint32(uint16(ws[i]))
		if i < len(s.in) {
			s.in[i] = e
		} else {
			m.ents = append(m.ents, e)
		}
	}
	if extra := len(ws) - len(s.in); extra > 0 {
		s.ref = uint32(extra)<<countShift | uint32(off)
	}
	return s
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
	var feats []slot
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
			feats = append(feats, m.appendFeature(cls, ws))
		}
	}
	m.index(kept, feats)
	return m
}

// index builds the open-addressing table; feature i has key keys[i] and
// the weights in feats[i].
func (m *Model) index(keys []uint32, feats []slot) {
	if m.nclass <= tinyClasses {
		m.compactTiny(keys, feats)
		return
	}
	size := tableSize(len(keys))
	m.slots = make([]slot, size)
	for fi, k := range keys {
		i := freeSlot(k, size, func(i int) bool { return m.slots[i].key != 0 })
		m.slots[i] = feats[fi]
		m.slots[i].key = k
	}
	m.buildLanes()
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
	return 16*len(m.slots) + 4*len(m.ents) + 2*len(m.dense) + 8*len(m.lanes) + 12*len(m.tiny)
}

// Layout describes the compiled tables, for reports.
func (m *Model) Layout() string {
	if m.tiny != nil {
		return fmt.Sprintf("%d features inline in %d slots, %.1f MB", m.nfeat, len(m.tiny), float64(m.Bytes())/1e6)
	}
	return fmt.Sprintf("%d features (%d dense rows), %d slots, %d sparse entries, %.1f MB",
		m.nfeat, len(m.dense)/max(m.nclass, 1), len(m.slots), len(m.ents), float64(m.Bytes())/1e6)
}
