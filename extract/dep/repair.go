package dep

import "strings"

// Repairs for parse errors common enough to matter: subjects the parser
// attached elsewhere, relative clauses it attached as something else, and
// pronouns whose antecedent is the subject of the clause before.

// finite reports whether c is a finite verb clause, which must have a
// subject.
func (r *resolver) finite(c *clause) bool {
	t := r.t
	if c.copula || t.rel[c.pred] == "conj" || t.rel[c.pred] == "xcomp" {
		return false
	}
	switch t.w[c.verb].XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	}
	for _, a := range c.aux {
		switch t.w[a].XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// adjacentSubject repairs a finite clause the parser left without a
// subject: the noun phrase right before the verb, attached elsewhere, is
// taken as the subject ("At a press conference following the summit,
// Zelensky addressed questions", with Zelensky parsed as an apposition).
func (r *resolver) adjacentSubject(c *clause) {
	t := r.t
	if c.subj >= 0 {
		return
	}
	j := c.verb - 1
	for j >= 0 && (t.w[j].UPOS == "ADV" || t.rel[j] == "aux" && t.head[j] == c.pred) {
		j--
	}
	if j < 0 || !t.nominal(j) || t.w[j].UPOS == "PRON" && t.w[j].XPOS != "PRP" {
		return
	}
	for t.head[j] >= 0 && (t.rel[j] == "flat" || t.rel[j] == "fixed" || t.rel[j] == "compound" && t.head[j] > j) {
		j = t.head[j]
	}
	if t.dominates(j, c.pred) || !t.nominal(j) {
		return
	}
	if t.head[j] == c.pred {
		// "up to 12,000 troops have been deployed", the subject parsed as
		// an oblique of its own verb
		for i, a := range c.args {
			if a.head == j && a.role == roleObl {
				c.args = append(c.args[:i], c.args[i+1:]...)
				c.subj, c.how = j, fromAdjacent
				return
			}
		}
		return
	}
	switch t.rel[j] {
	case "appos", "conj", "obj", "nmod", "obl", "dep", "parataxis":
		c.subj, c.how = j, fromAdjacent
	}
}

// verblessRoot repairs a finite clause the parser took for a relative
// clause without a relative pronoun or a subject, and whose main clause
// it left without a verb: in "These missiles, with a range of 300
// kilometers, were first delivered to Ukraine", the missiles were
// delivered. It returns the subject, the noun at the root, or -1.
func (r *resolver) verblessRoot(c *clause) int {
	t := r.t
	if !t.relClause(c.pred) || c.subj >= 0 || !r.finite(c) {
		return -1
	}
	for _, d := range t.kids[c.pred] {
		if t.relativizer(d) {
			return -1
		}
	}
	root := c.pred
	for t.head[root] >= 0 {
		root = t.head[root]
	}
	if !t.nominal(root) || t.w[root].UPOS == "PRON" || t.hasSubject(root) || t.has(root, "cop") || root > c.pred {
		return -1
	}
	return root
}

// pronoun resolves "it" or "they" subject of a clause coordinated with or
// set beside another to that clause's subject: "Ukraine seeks more than
// commitments; it seeks assurances".
func (r *resolver) pronoun(c *clause, h int) {
	t := r.t
	switch t.lower(c.subj) {
	case "it", "they":
	default:
		return
	}
	if t.rel[c.pred] != "conj" && t.rel[c.pred] != "parataxis" {
		return
	}
	// the clause right before: "The implication is clear: Ukraine seeks
	// more than commitments; it seeks assurances" has "it" for Ukraine
	for _, k := range t.kids[h] {
		if k < c.pred && k > h && (t.rel[k] == "conj" || t.rel[k] == "parataxis") && r.at(k) != nil {
			h = k
		}
	}
	hc := r.at(h)
	if hc == nil {
		return
	}
	r.resolve(hc)
	s := hc.subj
	if s < 0 || !t.nominal(s) || t.w[s].UPOS == "PRON" || r.person(s) {
		return
	}
	if plural := t.lower(c.subj) == "they"; plural != strings.HasSuffix(t.w[s].XPOS, "S") {
		return
	}
	c.subj, c.how = s, fromConjunct
}

// person reports whether word i is in a person's name.
func (r *resolver) person(i int) bool {
	return r.isPerson != nil && r.isPerson(i)
}

// precedingNoun returns the head of the noun phrase right before word i
// (across a comma), or -1.
func (r *resolver) precedingNoun(i int) int {
	t := r.t
	j := i - 1
	for j >= 0 && t.punct(j) {
		j--
	}
	if j < 0 || !t.nominal(j) || t.w[j].UPOS == "PRON" {
		return -1
	}
	for h := t.head[j]; h >= 0 && h > j && t.nominal(h) && (t.rel[j] == "compound" || t.rel[j] == "flat"); h = t.head[j] {
		j = h
	}
	for t.rel[j] == "flat" && t.head[j] >= 0 {
		j = t.head[j]
	}
	return j
}

// nominalAncestor returns the nearest noun above word i, or -1.
func (r *resolver) nominalAncestor(i int) int {
	t := r.t
	for j := t.head[i]; j >= 0; j = t.head[j] {
		if t.nominal(j) && t.w[j].UPOS != "PRON" {
			return j
		}
	}
	return -1
}
