//go:build !amd64 || purego

package perceptron

// hasAVX2 is false where there is no assembly version.
const hasAVX2 = false

// addLanes4 adds four rows of lanes to l (all of one length).
func addLanes4(l, r0, r1, r2, r3 []uint64) { addLanes4Go(l, r0, r1, r2, r3) }

// addLanes1 adds one row of lanes to l (of the same length).
func addLanes1(l, r []uint64) { addLanes1Go(l, r) }
