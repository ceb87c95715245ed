package parser

// Transition types; a class (perceptron output) is SHIFT, or
// 1+2*label for LEFT(label) and 2+2*label for RIGHT(label).
const (
	shift = iota
	left
	right
)

func classOf(kind, label int) int {
	if kind == shift {
		return 0
	}
	return kind + 2*label
}

func kindOf(class int) (kind, label int) {
	if class == 0 {
		return shift, 0
	}
	return 2 - class%2, (class - 1) / 2
}

// none marks a missing word index.
const none = -1

// state is an arc-hybrid configuration over words 1..n (0 is the root).
type state struct {
	n          int
	stack      []int
	b          int // first buffer word; the buffer is b..n
	head       []int
	label      []int
	lc1, lc2   []int    // leftmost and second leftmost child
	rc1, rc2   []int    // rightmost and second rightmost child
	nl, nr     []int    // number of left and right children
	lset, rset []uint64 // bit sets of left and right child labels
}

func newState(n int) *state {
	s := &state{}
	s.reset(n)
	return s
}

// reset prepares s for a sentence of n words, reusing its storage.
func (s *state) reset(n int) {
	s.n = n
	s.stack = append(s.stack[:0], 0)
	s.b = 1
	for _, p := range []*[]int{&s.head, &s.label, &s.lc1, &s.lc2, &s.rc1, &s.rc2, &s.nl, &s.nr} {
		*p = grow(*p, n+1)
	}
	s.lset = growU(s.lset, n+1)
	s.rset = growU(s.rset, n+1)
	for i := 0; i <= n; i++ {
		s.head[i], s.label[i] = none, none
		s.lc1[i], s.lc2[i], s.rc1[i], s.rc2[i] = none, none, none, none
		s.nl[i], s.nr[i] = 0, 0
		s.lset[i], s.rset[i] = 0, 0
	}
}

func grow(x []int, n int) []int {
	if cap(x) < n {
		return make([]int, n)
	}
	return x[:n]
}

func growU(x []uint64, n int) []uint64 {
	if cap(x) < n {
		return make([]uint64, n)
	}
	return x[:n]
}

func (s *state) done() bool { return s.b > s.n && len(s.stack) == 1 }

// s returns the i-th stack item from the top (0 = s0), or none.
func (s *state) s(i int) int {
	if i >= len(s.stack) {
		return none
	}
	return s.stack[len(s.stack)-1-i]
}

// bf returns the i-th buffer word (0 = b0), or none.
func (s *state) bf(i int) int {
	if s.b+i > s.n {
		return none
	}
	return s.b + i
}

// onlyShift reports whether SHIFT is the only valid transition: the stack
// holds just the root and the buffer is not empty.
func (s *state) onlyShift() bool { return len(s.stack) == 1 && s.b <= s.n }

// valid reports whether a transition of the given kind is allowed;
// rootLabel is the label number of "root".
func (s *state) valid(kind int) bool {
	switch kind {
	case shift:
		return s.b <= s.n
	case left:
		return len(s.stack) > 1 && s.b <= s.n
	default: // right
		if len(s.stack) < 2 {
			return false
		}
		return s.stack[len(s.stack)-2] != 0 || s.b > s.n
	}
}

// apply performs the transition.
func (s *state) apply(kind, label int) {
	switch kind {
	case shift:
		s.stack = append(s.stack, s.b)
		s.b++
	case left:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(s.b, d, label)
	default:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(s.stack[len(s.stack)-1], d, label)
	}
}

func (s *state) attach(h, d, label int) {
	s.head[d], s.label[d] = h, label
	bit := uint64(1) << (uint(label) & 63)
	if d < h {
		s.nl[h]++
		s.lset[h] |= bit
		switch {
		case s.lc1[h] == none || d < s.lc1[h]:
			s.lc2[h], s.lc1[h] = s.lc1[h], d
		case s.lc2[h] == none || d < s.lc2[h]:
			s.lc2[h] = d
		}
		return
	}
	s.nr[h]++
	s.rset[h] |= bit
	switch {
	case s.rc1[h] == none || d > s.rc1[h]:
		s.rc2[h], s.rc1[h] = s.rc1[h], d
	case s.rc2[h] == none || d > s.rc2[h]:
		s.rc2[h] = d
	}
}
