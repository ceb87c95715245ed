package dep

// Repairs that move words in the parse before clauses are read, for
// attachment errors common enough to matter. Each one needs a sign in the
// text that the parse cannot be right: a finite verb coordinated under a
// modal, a complement clause with no subject right after an object, a
// finite verb group right after a noun of another clause, two subjects of
// one verb.

// repairTree applies the repairs in order.
// Each repair looks at every word before the next begins.
func (t *tree) repairTree() {
	for _, repair := range []func(int){
		t.outerSpeechConjunct, t.objectAsSubject, t.conjunctSubject, t.splitSubject,
		t.focusOfClause, t.nounObject, t.listItem,
	} {
		for k := range t.w {
			repair(k)
		}
	}
}

// listItem repairs the last item of a list the parser coordinated with
// something further back: in "support through military aid, training,
// and other security guarantees", the guarantees are the third item of
// "aid, training", not a second thing reinforced.
func (t *tree) listItem(k int) {
	if t.rel[k] != "conj" || !t.nominal(k) {
		return
	}
	from, _ := t.extent(k, nil, nil)
	j := from - 1
	for j >= 0 && (t.rel[j] == "cc" || t.punct(j)) {
		j--
	}
	if j < 0 || !t.punct(from) && !t.punct(j+1) {
		return // "A, B, and C": a comma after the item before
	}
	b := t.phraseHead(j)
	if b < 0 || t.rel[b] != "conj" || !t.nominal(b) {
		return
	}
	if a := t.head[b]; a >= 0 && a != t.head[k] && t.head[k] < a && t.nominal(a) {
		t.reattach(k, a, "conj")
	}
}

// nounObject repairs a noun the tagger took for a bare infinitive right
// after an object: in "does not consider NATO membership a viable
// guarantee", "membership" heads the object, "NATO" modifies it and "a
// viable guarantee" says what it is considered.
func (t *tree) nounObject(k int) {
	h := t.head[k]
	if !t.bareNoun(k) || k == 0 {
		return
	}
	o := t.phraseHead(k - 1)
	if o < 0 || t.head[o] != h || t.rel[o] != "obj" {
		return
	}
	g := t.child(k, "obj")
	t.noun[k] = true
	t.reattach(o, k, "compound")
	t.reattach(k, h, "obj")
	if g >= 0 {
		t.reattach(g, h, "xcomp")
	}
}

// focusOfClause moves "only", "even" or "just" right before a
// conditional clause into that clause: in "would be meaningful only if Kyiv
// receives", "only" restricts the condition, not "meaningful".
func (t *tree) focusOfClause(k int) {
	if t.rel[k] != "advmod" || k+1 >= len(t.w) || t.rel[k+1] != "mark" {
		return
	}
	switch t.lower(k) {
	case "only", "even", "just":
	default:
		return
	}
	if a := t.head[k+1]; a >= 0 && t.head[a] == t.head[k] && t.rel[a] == "advcl" && t.conditionMark(a) == k+1 {
		t.reattach(k, a, "advmod")
	}
}

// outerSpeechConjunct repairs a verb with content of its own coordinated
// inside the content of a speech verb: in "He emphasized that not every detail can be
// disclosed and highlighted that negotiations are pending", "highlighted"
// cannot share "can be" and says what he did, not what can be done.
func (t *tree) outerSpeechConjunct(k int) {
	h := t.head[k]
	if t.rel[k] != "conj" || !t.finiteForm(k) || t.hasSubject(k) || !t.has(k, "ccomp") ||
		h < 0 || !t.complement(h) || !t.has(h, "aux") {
		return
	}
	if g := t.head[h]; g >= 0 && speechVerbs[t.lemma(g)] {
		t.reattach(k, g, "conj")
	}
}

// objectAsSubject repairs a complement clause without a subject right
// after the object of its verb: in "adding that demand for arms will
// remain high", "demand for arms" is the subject of "will remain" and
// "that" its complementiser, not a determiner.
func (t *tree) objectAsSubject(p int) {
	o, q := t.child(p, "obj"), t.child(p, "ccomp")
	if o < 0 || q < 0 || o > q || !speechVerbs[t.lemma(p)] || t.hasSubject(q) || !t.finiteGroup(q) || !t.nominal(o) {
		return
	}
	_, end := t.extent(o, nil, nil)
	if !t.groupFrom(end+1, q) {
		return
	}
	t.reattach(o, q, "nsubj")
	if d := t.child(o, "det"); d >= 0 && t.lower(d) == "that" && d < o {
		if from, _ := t.extent(o, nil, nil); from == d {
			t.reattach(d, q, "mark")
		}
	}
}

// conjunctSubject repairs a coordinated verb whose subject the parser
// attached to the clause before: in "benefited from missiles supplied by
// the United Kingdom, and France has signaled a willingness", France is
// the subject of "has signaled", not a supplier. The sign is a finite
// verb group right after a noun phrase that ends there. A clause the
// parser attached as an adverbial without a conjunction is repaired the
// same way.
func (t *tree) conjunctSubject(k int) {
	if t.rel[k] != "conj" && (t.rel[k] != "advcl" || t.has(k, "mark")) || t.hasSubject(k) || !t.isVerb(k) && t.w[k].UPOS != "AUX" {
		return
	}
	first, aux := k, false
	for _, d := range t.kids[k] {
		if t.rel[d] == "aux" && d < first {
			first, aux = d, true
		}
	}
	if !aux && !t.finiteForm(k) || aux && !t.finiteForm(first) || first == 0 {
		return
	}
	n := t.phraseHead(first - 1)
	if n < 0 || t.dominates(k, n) || t.dominates(n, k) {
		return
	}
	switch t.rel[n] {
	case "conj":
	case "obj", "nmod", "obl", "appos":
		if !aux {
			return
		}
	default:
		return
	}
	if t.rel[n] == "conj" {
		for _, d := range append([]int{}, t.kids[n]...) {
			if d < n && (t.rel[d] == "cc" || t.punct(d)) {
				t.reattach(d, k, t.sub(d))
			}
		}
	}
	t.reattach(n, k, "nsubj")
}

// splitSubject joins two subjects of one verb when the first runs into
// the second: in "strikes on Russian soil using US-supplied missiles
// would equate" the second is the object of the participle the first
// ends with; in "US and allied intelligence assessments have indicated"
// the first, a lone word, modifies the second.
func (t *tree) splitSubject(p int) {
	var subj []int
	for _, k := range t.kids[p] {
		if t.rel[k] == "nsubj" && k < p {
			subj = append(subj, k)
		}
	}
	if len(subj) != 2 || !t.nominal(subj[0]) || !t.nominal(subj[1]) {
		return
	}
	_, end := t.extent(subj[0], nil, nil)
	if from, _ := t.extent(subj[1], nil, nil); from != end+1 {
		return
	}
	switch {
	case t.isVerb(end) && (t.w[end].XPOS == "VBG" || t.w[end].XPOS == "VBN") && !t.has(end, "obj"):
		t.reattach(subj[1], end, "obj")
	case len(t.kids[subj[0]]) == 0 && t.w[subj[0]].UPOS != "PRON" && t.w[subj[1]].UPOS != "PRON":
		t.reattach(subj[0], subj[1], "compound")
	}
}

// phraseHead returns the head of the noun phrase that ends at word i, or
// -1 when no phrase ends there.
func (t *tree) phraseHead(i int) int {
	if i < 0 || i >= len(t.w) || !t.nominal(i) || t.w[i].UPOS == "PRON" && t.w[i].XPOS != "PRP" {
		return -1
	}
	j := i
	for t.head[j] > j && (t.rel[j] == "flat" || t.rel[j] == "compound" || t.rel[j] == "fixed") {
		j = t.head[j]
	}
	for t.head[j] >= 0 && t.head[j] < j && t.rel[j] == "flat" {
		j = t.head[j]
	}
	if _, end := t.extent(j, nil, nil); end != i {
		return -1
	}
	return j
}

// groupFrom reports whether the words from i up to verb q are q's verb
// group: auxiliaries, negation and adverbs of q.
func (t *tree) groupFrom(i, q int) bool {
	for ; i < q; i++ {
		if t.head[i] != q || t.rel[i] != "aux" && t.rel[i] != "advmod" && !t.punct(i) {
			return false
		}
	}
	return i == q
}

// hasSubject reports whether word i has a subject of its own.
func (t *tree) hasSubject(i int) bool {
	return t.has(i, "nsubj") || t.has(i, "csubj") || t.has(i, "expl")
}

// finiteForm reports whether word i is a finite verb or modal.
func (t *tree) finiteForm(i int) bool {
	switch t.w[i].XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// finiteGroup reports whether verb q or one of its auxiliaries is finite.
func (t *tree) finiteGroup(q int) bool {
	if t.finiteForm(q) {
		return true
	}
	for _, d := range t.kids[q] {
		if t.rel[d] == "aux" && t.finiteForm(d) {
			return true
		}
	}
	return false
}
