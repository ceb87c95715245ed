package parser

// gold is a projective gold tree: head[d] and label[d] for d in 1..n.
type gold struct {
	head, label []int
}

// cost returns the number of gold arcs (counting a wrong label on a gold
// arc as one) that the transition makes unreachable; the transition must be
// valid. This is the arc-hybrid dynamic oracle of Goldberg and Nivre (2013)
// with the root arc reachable for as long as the root word is unattached.
func (s *state) cost(g *gold, kind, label int) int {
	switch kind {
	case shift:
		b0 := s.b
		c := 0
		for _, k := range s.stack[:len(s.stack)-1] { // stack below s0
			if k != 0 && g.head[b0] == k {
				c++
			}
		}
		for _, k := range s.stack {
			if k != 0 && g.head[k] == b0 {
				c++
			}
		}
		return c
	case left:
		return s.popCost(g, s.b, label)
	default:
		return s.popCost(g, s.stack[len(s.stack)-2], label)
	}
}

// popCost is the cost of popping s0 and attaching it to h with label.
func (s *state) popCost(g *gold, h, label int) int {
	s0 := s.stack[len(s.stack)-1]
	c := 0
	gh := g.head[s0]
	switch {
	case gh == h:
		if g.label[s0] != label {
			c++
		}
	case gh == 0 || gh >= s.b || (len(s.stack) > 1 && gh == s.stack[len(s.stack)-2]):
		c++ // the gold head was still reachable
	}
	for d := s.b; d <= s.n; d++ {
		if g.head[d] == s0 {
			c++
		}
	}
	return c
}
