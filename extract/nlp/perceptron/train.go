package perceptron

import "math"

// Trainer accumulates an averaged perceptron. It is not safe for concurrent
// use.
type Trainer struct {
	nclass int
	index  map[uint64]int32 // feature -> row in rows
	rows   [][]entry
	now    int64 // number of instances seen (Tick count)
}

type entry struct {
	class int32
	w     float64
	total float64 // sum of w over time up to stamp
	stamp int64
}

// NewTrainer returns a Trainer for nclass classes (at most 256).
func NewTrainer(nclass int) *Trainer {
	if nclass < 1 || nclass > 256 {
		panic("perceptron: class count out of range")
	}
	return &Trainer{nclass: nclass, index: make(map[uint64]int32)}
}

// NClass returns the number of classes.
func (t *Trainer) NClass() int { return t.nclass }

// Score adds the current (non-averaged) weights of feats to scores, which
// must have length NClass.
func (t *Trainer) Score(feats []uint64, scores []float64) {
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		for _, e := range t.rows[r] {
			scores[e.class] += e.w
		}
	}
}

// Tick advances the averaging clock by one instance. Call it once per
// training instance, whether or not an update follows.
func (t *Trainer) Tick() { t.now++ }

// Update adds delta to the weight of (f, class) for every f in feats.
func (t *Trainer) Update(feats []uint64, class int, delta float64) {
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			r = int32(len(t.rows))
			t.index[f] = r
			t.rows = append(t.rows, nil)
		}
		t.bump(r, int32(class), delta)
	}
}

func (t *Trainer) bump(r int32, class int32, delta float64) {
	row := t.rows[r]
	for i := range row {
		e := &row[i]
		if e.class == class {
			e.total += float64(t.now-e.stamp) * e.w
			e.stamp = t.now
			e.w += delta
			return
		}
	}
	t.rows[r] = append(row, entry{class: class, w: delta, stamp: t.now})
}

// Compile returns the model with averaged weights. Weights are quantised to
// int16 with one scale for the whole model; entries that round to zero are
// dropped. The Trainer can continue training afterwards.
func (t *Trainer) Compile() *Model {
	now := float64(max(t.now, 1))
	avg := func(e entry) float64 {
		return (e.total + float64(t.now-e.stamp)*e.w) / now
	}
	maxAbs := 0.0
	for _, row := range t.rows {
		for _, e := range row {
			maxAbs = math.Max(maxAbs, math.Abs(avg(e)))
		}
	}
	scale := 1.0
	if maxAbs > 0 {
		scale = 32000 / maxAbs
	}
	b := newBuilder(t.nclass, 1/scale)
	for f, r := range t.index {
		var cls []uint8
		var ws []int16
		for _, e := range t.rows[r] {
			q := math.Round(avg(e) * scale)
			if q != 0 {
				cls = append(cls, uint8(e.class))
				ws = append(ws, int16(q))
			}
		}
		b.add(key32(f), cls, ws)
	}
	return b.build()
}
