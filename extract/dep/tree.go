package dep

import (
	"strings"

	"github.com/kgraph/kg/extract/nlp"
)

// tree is a sentence's dependency tree, checked and indexed. Words whose
// head is out of range or closes a cycle are treated as roots, so every
// walk up the tree ends.
type tree struct {
	w    []nlp.Word
	head []int    // 0-based head, -1 for a root
	kids [][]int  // dependents in text order
	rel  []string // relation without subtype: "nsubj" for "nsubj:pass"
	full []string // relation with subtype, lower-cased
	noun []bool   // words a repair found to be nouns whatever their tag
}

func newTree(ws []nlp.Word) *tree {
	n := len(ws)
	t := &tree{w: ws, head: make([]int, n), kids: make([][]int, n), rel: make([]string, n), full: make([]string, n),
		noun: make([]bool, n)}
	for i, w := range ws {
		h := w.Head - 1
		if h < -1 || h >= n || h == i {
			h = -1
		}
		t.head[i] = h
		r := strings.ToLower(w.Rel)
		t.full[i] = r
		if k := strings.IndexByte(r, ':'); k >= 0 {
			r = r[:k]
		}
		t.rel[i] = r
	}
	t.breakCycles()
	for i, h := range t.head {
		if h >= 0 {
			t.kids[h] = append(t.kids[h], i)
		}
	}
	return t
}

// breakCycles cuts the edge into the first word found on each cycle.
func (t *tree) breakCycles() {
	n := len(t.head)
	state := make([]uint8, n) // 0 unseen, 1 on the current path, 2 done
	var path []int
	for i := range n {
		path = path[:0]
		j := i
		for j >= 0 && state[j] == 0 {
			state[j] = 1
			path = append(path, j)
			j = t.head[j]
		}
		if j >= 0 && state[j] == 1 {
			t.head[j] = -1
		}
		for _, k := range path {
			state[k] = 2
		}
	}
}

// sub reports the full relation of word i, lower-cased: "nsubj:pass".
func (t *tree) sub(i int) string { return t.full[i] }

// reattach makes word k a dependent of h with relation rel (a repair of
// the parse; the sentence's words are left as they are). It does nothing
// when the move would close a cycle.
func (t *tree) reattach(k, h int, rel string) {
	if h < 0 || t.dominates(k, h) {
		return
	}
	if old := t.head[k]; old >= 0 {
		kids := t.kids[old][:0]
		for _, d := range t.kids[old] {
			if d != k {
				kids = append(kids, d)
			}
		}
		t.kids[old] = kids
	}
	t.head[k] = h
	t.full[k] = rel
	t.rel[k], _, _ = strings.Cut(rel, ":")
	t.kids[h] = sortInts(append(t.kids[h], k))
}

// lemma returns word i's lemma, lower-cased, or its form when it has none.
func (t *tree) lemma(i int) string {
	l := t.w[i].Lemma
	if l == "" || l == "_" {
		l = t.w[i].Form
	}
	return strings.ToLower(l)
}

func (t *tree) lower(i int) string { return strings.ToLower(t.w[i].Form) }

// child returns the first dependent of i with base relation rel, or -1.
func (t *tree) child(i int, rel string) int {
	for _, k := range t.kids[i] {
		if t.rel[k] == rel {
			return k
		}
	}
	return -1
}

// has reports whether i has a dependent with base relation rel.
func (t *tree) has(i int, rel string) bool { return t.child(i, rel) >= 0 }

// extent returns the first and last token of i's subtree, leaving out the
// subtrees of i's dependents that top selects and of the words anywhere
// below i that deep selects (either may be nil).
func (t *tree) extent(i int, top, deep func(k int) bool) (from, to int) {
	from, to = i, i
	for _, k := range t.kids[i] {
		if top != nil && top(k) || deep != nil && deep(k) {
			continue
		}
		a, b := t.extent(k, nil, deep)
		from, to = min(from, a), max(to, b)
	}
	return from, to
}

// dominates reports whether a is b or an ancestor of b.
func (t *tree) dominates(a, b int) bool {
	for j := b; j >= 0; j = t.head[j] {
		if j == a {
			return true
		}
	}
	return false
}

func (t *tree) isVerb(i int) bool { return t.w[i].UPOS == "VERB" }

// nominal reports whether word i can head a noun phrase argument.
func (t *tree) nominal(i int) bool {
	switch t.w[i].UPOS {
	case "NOUN", "PROPN", "PRON", "NUM", "SYM", "X":
		return true
	}
	return false
}

func (t *tree) punct(i int) bool { return t.w[i].UPOS == "PUNCT" || t.rel[i] == "punct" }

// relClause reports whether word k heads a relative clause. A clause the
// parser labelled relative but that has a complementiser is a content
// clause ("the constraint that entry cannot occur").
func (t *tree) relClause(k int) bool {
	switch t.sub(k) {
	case "acl:relcl", "advcl:relcl":
		return !t.has(k, "mark")
	}
	return false
}

// adverbialParticiple reports whether word k is a participle set off by a
// comma after the object of a verb: "resisted such calls, citing
// concerns" says why Biden resisted, not what the calls cite.
func (t *tree) adverbialParticiple(k int) bool {
	h := t.head[k]
	if t.rel[k] != "acl" || t.w[k].XPOS != "VBG" || h < 0 || t.rel[h] != "obj" || t.relClause(k) && !t.participial(k) {
		return false
	}
	from, _ := t.extent(k, nil, nil)
	return t.w[from].Form == "," || from > 0 && t.w[from-1].Form == ","
}

// participial reports whether word k is a participle with no relative
// pronoun among its dependents.
func (t *tree) participial(k int) bool {
	if x := t.w[k].XPOS; x != "VBG" && x != "VBN" {
		return false
	}
	for _, d := range t.kids[k] {
		if t.relativizer(d) || t.rel[d] == "nsubj" {
			return false
		}
	}
	return true
}
