package perceptron

// Dense rows are added two classes at a time: each row is kept a second
// time as 64-bit words holding two 32-bit lanes, class 2j in the low half
// of word j and class 2j+1 in the high half, each weight biased by +32768
// so that it is positive. Adding words adds both lanes at once, and no lane
// can carry into the next while fewer than 65,536 rows are summed (each
// lane grows by at most 65,535 per row); the bias is taken off when the
// lanes are folded into the scores.

const (
	laneBias = 1 << 15
	maxRows  = 1<<16 - 1 // rows summed before the lanes must be folded
)

// accumulator holds the scores of one Score call.
type accumulator struct {
	sparse [256]int32 // sparse weights, and the folded lanes
	lanes  [128]uint64
	rows   int    // dense rows summed in lanes since the last fold
	sink   uint32 // what was read ahead, kept so that the reads stay
}

// addRows adds rows of lanes (nclass classes each). Four rows are summed
// before the sum is added to the accumulator, which saves three loads and
// stores of each accumulator word (about 8% of BenchmarkParse's CPU time);
// on amd64 with AVX2 four words are added an instruction (lanes_amd64.s).
func (a *accumulator) addRows(rows [][]uint64, nclass int) {
	if a.rows+len(rows) > maxRows {
		a.foldLanes(nclass)
	}
	a.rows += len(rows)
	for ; len(rows) >= 4; rows = rows[4:] {
		addLanes4(a.lanes[:len(rows[0])], rows[0], rows[1], rows[2], rows[3])
	}
	for _, r := range rows {
		addLanes1(a.lanes[:len(r)], r)
	}
}

// addLanes4Go adds four rows of lanes to l, one word at a time.
func addLanes4Go(l, r0, r1, r2, r3 []uint64) {
	r0, r1, r2, r3 = r0[:len(l)], r1[:len(l)], r2[:len(l)], r3[:len(l)]
	for j := range l {
		l[j] += r0[j] + r1[j] + r2[j] + r3[j]
	}
}

// addLanes1Go adds one row of lanes to l, one word at a time.
func addLanes1Go(l, r []uint64) {
	r = r[:len(l)]
	for j, w := range r {
		l[j] += w
	}
}

// addTo adds the accumulated weights to scores and empties a.
func (a *accumulator) addTo(scores []int32, nclass int) {
	a.foldLanes(nclass)
	for i := range scores {
		scores[i] += a.sparse[i&255]
	}
	clear(a.sparse[:nclass])
}

// foldLanes moves the lanes into the sparse scores, removing the bias.
func (a *accumulator) foldLanes(nclass int) {
	if a.rows == 0 {
		return
	}
	bias := int32(a.rows * laneBias) // < 2^31 since a.rows <= maxRows
	sparse := a.sparse[:nclass&^1]
	for j, w := range a.lanes[:nclass/2] {
		sparse[2*j] += int32(uint32(w)) - bias
		sparse[2*j+1] += int32(uint32(w>>32)) - bias
	}
	if nclass%2 == 1 {
		a.sparse[nclass-1] += int32(uint32(a.lanes[nclass/2])) - bias
	}
	clear(a.lanes[:laneWords(nclass)])
	a.rows = 0
}

// laneWords is the number of words in a row of lanes for nclass classes:
// whole 32-byte vectors, the padding left 0.
func laneWords(nclass int) int { return ((nclass+1)/2 + 3) &^ 3 }

// buildLanes makes the lane form of the dense rows. A row has a multiple of
// four words, so that a row of a parser's 107 classes is seven 64-byte
// cache lines.
func (m *Model) buildLanes() {
	m.nlanes = laneWords(m.nclass)
	rows := len(m.dense) / max(m.nclass, 1)
	m.lanes = make([]uint64, rows*m.nlanes)
	for r := range rows {
		row := m.dense[r*m.nclass : (r+1)*m.nclass]
		out := m.lanes[r*m.nlanes:]
		for c, w := range row {
			out[c/2] |= uint64(uint32(int32(w)+laneBias)) << (32 * (c % 2))
		}
	}
}
