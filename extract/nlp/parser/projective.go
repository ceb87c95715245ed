package parser

// projectivize returns a copy of heads (index 1..n, heads[0] unused) in
// which every non-projective arc has been lifted to the head's head until
// the tree is projective. Shorter arcs are lifted first.
func projectivize(heads []int) []int {
	h := append([]int(nil), heads...)
	for {
		d := shortestNonProjective(h)
		if d < 0 {
			return h
		}
		h[d] = h[h[d]]
	}
}

// shortestNonProjective returns the dependent of the shortest
// non-projective arc, or -1.
func shortestNonProjective(h []int) int {
	best, bestLen := -1, 0
	for d := 1; d < len(h); d++ {
		hd := h[d]
		if hd == 0 {
			continue
		}
		lo, hi := min(d, hd), max(d, hd)
		for k := lo + 1; k < hi; k++ {
			if !dominates(h, hd, k) {
				if best < 0 || hi-lo < bestLen {
					best, bestLen = d, hi-lo
				}
				break
			}
		}
	}
	return best
}

// dominates reports whether a is an ancestor of k (or k itself).
func dominates(h []int, a, k int) bool {
	for steps := 0; k != 0 && steps < len(h); steps++ {
		if k == a {
			return true
		}
		k = h[k]
	}
	return k == a
}

// projective reports whether the tree has no crossing arcs (with the root
// arc from position 0 included).
func projective(h []int) bool { return shortestNonProjective(h) < 0 }
