package perceptron

// Models of at most tinyClasses classes (the parser's transition model has
// three: shift, left, right) keep each feature's weights inline in its hash
// slot, so that a lookup touches one cache line instead of two.

const tinyClasses = 3

// tinySlot is one open-addressing slot of a tiny model; key 0 is empty.
type tinySlot struct {
	key uint32
	w   [tinyClasses]int16
}

// compactTiny builds the inline table from the features (keys[i] with
// weights feats[i]) and drops the general storage.
func (m *Model) compactTiny(keys []uint32, feats []slot) {
	size := tableSize(len(keys))
	m.tiny = make([]tinySlot, size)
	for fi, k := range keys {
		s := &m.tiny[freeSlot(k, size, func(i int) bool { return m.tiny[i].key != 0 })]
		s.key = k
		cls, ws := m.weights(&feats[fi])
		for j, c := range cls {
			s.w[c] = ws[j]
		}
	}
	m.slots, m.ents, m.dense = nil, nil, nil
}

// scoreTiny is Score for tiny models.
func (m *Model) scoreTiny(feats []uint64, scores []int32) {
	var acc [tinyClasses]int32
	t := m.tiny
	for _, f := range feats {
		k := key32(f)
		i := home(k, len(t))
		for {
			s := &t[i]
			if s.key == k {
				acc[0] += int32(s.w[0])
				acc[1] += int32(s.w[1])
				acc[2] += int32(s.w[2])
				break
			}
			if s.key == 0 {
				break
			}
			if i++; i == len(t) {
				i = 0
			}
		}
	}
	for i := range scores {
		scores[i] += acc[i]
	}
}

// tinyWeights appends the nonzero weights of the tiny slot with key k.
func (m *Model) tinyWeights(k uint32, cls []uint8, ws []int16) ([]uint8, []int16) {
	t := m.tiny
	for i := home(k, len(t)); t[i].key != 0; {
		if t[i].key == k {
			for c, w := range t[i].w[:m.nclass] {
				if w != 0 {
					cls, ws = append(cls, uint8(c)), append(ws, w)
				}
			}
			break
		}
		if i++; i == len(t) {
			i = 0
		}
	}
	return cls, ws
}
