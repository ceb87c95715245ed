//go:build !purego

package perceptron

import "golang.org/x/sys/cpu"

// hasAVX2 reports whether the lanes are added with AVX2 (four words an
// instruction) instead of one word at a time.
var hasAVX2 = cpu.X86.HasAVX2

//go:noescape
func addLanes4AVX2(acc, r0, r1, r2, r3 *uint64, words int)

//go:noescape
func addLanes1AVX2(acc, r *uint64, words int)

// addLanes4 adds four rows of lanes to l (all of one length).
func addLanes4(l, r0, r1, r2, r3 []uint64) {
	if hasAVX2 && len(l)%4 == 0 && len(l) > 0 {
		_, _, _, _ = r0[len(l)-1], r1[len(l)-1], r2[len(l)-1], r3[len(l)-1]
		addLanes4AVX2(&l[0], &r0[0], &r1[0], &r2[0], &r3[0], len(l))
		return
	}
	addLanes4Go(l, r0, r1, r2, r3)
}

// addLanes1 adds one row of lanes to l (of the same length).
func addLanes1(l, r []uint64) {
	if hasAVX2 && len(l)%4 == 0 && len(l) > 0 {
		_ = r[len(l)-1]
		addLanes1AVX2(&l[0], &r[0], len(l))
		return
	}
	addLanes1Go(l, r)
}
