package carb

import "strings"

// A tuple is an extraction prepared for matching: whitespace tokens of the
// relation and of the binarised arguments.
type tuple struct {
	rel []string
	// args is [arg1, object] where object is arg2..argN joined, when the
	// extraction has two or more arguments, and its arguments as they are
	// (zero or one) otherwise.
	args [][]string
	// rev is [object, arg1] when there are two or more arguments, else
	// args; used for system tuples against said-type gold tuples.
	rev [][]string
	// said marks a gold relation containing a said-type verb.
	said bool
}

// pairScore is the token-level precision and recall of a system tuple
// against a gold tuple.
type pairScore struct{ p, r float64 }

func newTuple(ex Extraction) tuple {
	t := tuple{rel: fields(ex.Relation), said: isSaid(ex.Relation)}
	if len(ex.Args) < 2 {
		for _, a := range ex.Args {
			t.args = append(t.args, fields(a))
		}
		t.rev = t.args
		return t
	}
	subj := fields(ex.Args[0])
	var obj []string
	for _, a := range ex.Args[1:] {
		obj = append(obj, fields(a)...)
	}
	t.args = [][]string{subj, obj}
	t.rev = [][]string{obj, subj}
	return t
}

// isSaid reports whether rel contains (as a substring, not a token) one of
// the said-type verbs for which the reference also tries the system tuple
// with arg1 and object swapped.
func isSaid(rel string) bool {
	for _, v := range [...]string{"said", "told", "added", "adds", "says"} {
		if strings.Contains(rel, v) {
			return true
		}
	}
	return false
}

// match scores system tuple s against gold tuple g ("binary lenient tuple
// match"). For a said-type gold relation it also scores s with its
// arguments swapped and keeps the better result, comparing precision first
// and recall on a tie.
func match(g, s tuple) pairScore {
	straight := lenient(g.rel, g.args, s.rel, s.args)
	if !g.said {
		return straight
	}
	rev := lenient(g.rel, g.args, s.rel, s.rev)
	if rev.p > straight.p || (rev.p == straight.p && rev.r > straight.r) {
		return rev
	}
	return straight
}

// lenient is the reference's lenient tuple match on binarised tuples. The
// relations must share a token, and the system tuple must have every
// argument position the gold tuple has; otherwise the pair scores (0, 0).
// Precision is matched tokens over system tokens and recall matched tokens
// over gold tokens, both summed over relation, arg1 and object. System
// arguments beyond the gold tuple's count are ignored.
func lenient(grel []string, gargs [][]string, prel []string, pargs [][]string) pairScore {
	m, beLeft := overlap(grel, prel)
	if beLeft && hasBeForm(grel) {
		m++
	}
	if m == 0 {
		return pairScore{}
	}
	pnum, pden := m, len(prel)
	rnum, rden := m, len(grel)
	for i, ga := range gargs {
		rden += len(ga)
		if i >= len(pargs) {
			return pairScore{}
		}
		pden += len(pargs[i])
		k, _ := overlap(ga, pargs[i])
		pnum += k
		rnum += k
	}
	var ps pairScore
	if pden > 0 {
		ps.p = float64(pnum) / float64(pden)
	}
	if rden > 0 {
		ps.r = float64(rnum) / float64(rden)
	}
	return ps
}

// overlap counts the gold tokens that find an unused equal system token,
// each system token being used at most once (the size of the multiset
// intersection). beLeft reports whether a system token "be" is unused.
func overlap(gold, sys []string) (n int, beLeft bool) {
	var buf [32]bool
	used := buf[:0]
	if len(sys) > len(buf) {
		used = make([]bool, len(sys))
	} else {
		used = buf[:len(sys)]
	}
	for _, w := range gold {
		for j, v := range sys {
			if !used[j] && v == w {
				used[j] = true
				n++
				break
			}
		}
	}
	for j, v := range sys {
		if !used[j] && v == "be" {
			beLeft = true
			break
		}
	}
	return n, beLeft
}

// hasBeForm reports whether a form of "be" is among the gold tokens.
func hasBeForm(gold []string) bool {
	for _, w := range gold {
		switch w {
		case "be", "is", "am", "are", "was", "were", "been", "being":
			return true
		}
	}
	return false
}
