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
// stores of each accumulator word (about 8% of BenchmarkParse's CPU time).
func (a *accumulator) addRows(rows [][]uint64, nclass int) {
	if a.rows+len(rows) > maxRows {
		a.foldLanes(nclass)
	}
	a.rows += len(rows)
	for ; len(rows) >= 4; rows = rows[4:] {
		l := a.lanes[:len(rows[0])]
		r0, r1, r2, r3 := rows[0][:len(l)], rows[1][:len(l)], rows[2][:len(l)], rows[3][:len(l)]
		for j := range l {
			l[j] += r0[j] + r1[j] + r2[j] + r3[j]
		}
	}
	for _, r := range rows {
		l := a.lanes[:len(r)]
		for j, w := range r {
			l[j] += w
		}
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
	bias := int64(a.rows) * laneBias
	for c := range nclass {
		lane := a.lanes[c/2] >> (32 * (c % 2)) & 0xffffffff
		a.sparse[c] += int32(int64(lane) - bias)
	}
	clear(a.lanes[:])
	a.rows = 0
}

// buildLanes makes the lane form of the dense rows.
func (m *Model) buildLanes() {
	m.nlanes = (m.nclass + 1) / 2
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
