package dep

import "strings"

// resolver fills in what a clause inherits from the clauses around it:
// the subject of a coordinated verb, the controller of an infinitive, the
// noun a relative clause or participle modifies, and the speaker of
// reported content.
type resolver struct {
	t     *tree
	by    []*clause // clause by predicate word
	state []uint8   // 0 to do, 1 in progress, 2 done
	// isPerson reports whether a word is part of a person's name, when
	// mentions are known
	isPerson func(i int) bool
}

func (r *resolver) at(i int) *clause {
	if i < 0 || i >= len(r.by) {
		return nil
	}
	return r.by[i]
}

func (r *resolver) resolve(c *clause) {
	if r.state[c.pred] != 0 {
		return
	}
	r.state[c.pred] = 1
	defer func() { r.state[c.pred] = 2 }()
	t := r.t
	if c.subj < 0 && r.finite(c) {
		defer r.adjacentSubject(c)
	}
	h := t.head[c.pred]
	if h < 0 {
		return
	}
	if t.relClause(c.pred) && c.subj < 0 && t.participial(c.pred) && !r.finite(c) {
		r.participle(c, h) // "the move, stating ...": a participle labelled relative
		return
	} else if n := r.verblessRoot(c); n >= 0 {
		c.subj, c.how = n, fromAdjacent
		return
	} else if t.relClause(c.pred) {
		r.relative(c, r.antecedent(h))
	} else if c.subj >= 0 && t.relativizer(c.subj) {
		// a relative clause the parser attached elsewhere: ", which led to"
		if n := r.precedingNoun(c.subj); n >= 0 {
			r.relative(c, r.antecedent(n))
		} else if n := r.nominalAncestor(c.pred); n >= 0 {
			r.relative(c, r.antecedent(n))
		} else {
			c.subj = -1 // "who" alone says nothing
		}
	}
	if t.rel[c.pred] == "parataxis" && speechVerbs[t.lemma(c.verb)] && !c.hasRole(roleComp) && !c.hasRole(roleObj) {
		if _, _, ok := t.predicate(h); ok {
			c.args = append(c.args, arg{head: h, role: roleComp})
			sortArgs(c.args)
		}
	}
	if c.subj >= 0 {
		r.pronoun(c, h)
		return
	}
	switch t.rel[c.pred] {
	case "conj":
		r.conjunct(c, h)
	case "xcomp":
		r.controlled(c, h)
	case "acl":
		r.participle(c, h)
	case "advcl":
		r.adverbial(c, h)
	}
}

// participle gives a participle modifying a noun its subject: the noun
// ("missiles supplied by Britain", "strikes using missiles"). A gerund
// after a preposition ("the risks of escalating tensions") has none, and
// a participle set off by a comma after an object is the clause's
// ("Biden resisted such calls, citing concerns").
func (r *resolver) participle(c *clause, noun int) {
	t := r.t
	x := t.w[c.pred].XPOS
	if x != "VBN" && x != "VBG" || t.afterPreposition(c.pred) {
		return
	}
	if x == "VBN" {
		c.passive = true // "the move, announced Sunday"
	}
	if t.adverbialParticiple(c.pred) {
		if hc := r.at(t.head[noun]); hc != nil {
			r.resolve(hc)
			c.subj, c.how = hc.subj, fromAdverbial
		}
		return
	}
	c.subj, c.how = r.antecedent(noun), fromModified
}

// adverbial gives an adverbial clause without a subject the subject of
// the clause it depends on ("Speaking at the press conference, Zelensky
// ..."), or that clause's object after verbs like "accuse" ("accused
// Washington of adding fuel").
func (r *resolver) adverbial(c *clause, h int) {
	t := r.t
	x := t.w[c.pred].XPOS
	if x != "VBG" && x != "VBN" && c.mark < 0 {
		return
	}
	hc := r.at(h)
	if hc == nil {
		return
	}
	r.resolve(hc)
	c.subj, c.how = hc.subj, fromAdverbial
	if c.modal == "" && c.mark >= 0 {
		c.modal = hc.modal // "would continue strengthening its defenses to counter threats"
	}
	if x == "VBN" && !c.perfect(t) {
		c.passive = true
	}
	if objectControl[t.lemma(hc.verb)] && len(t.marks(c.pred)) > 0 {
		for _, a := range hc.args {
			if a.role == roleObj && a.head < c.pred && t.nominal(a.head) {
				c.subj, c.how = a.head, fromController
			}
		}
	}
}

// perfect reports whether c's participle is active, after a "have"
// auxiliary: "has signaled".
func (c *clause) perfect(t *tree) bool {
	for _, a := range c.aux {
		if t.lemma(a) == "have" && t.rel[a] == "aux" && t.sub(a) != "aux:pass" {
			return true
		}
	}
	return false
}

// afterPreposition reports whether verb k is a gerund governed by a
// preposition: "of escalating", "in supporting" (but not "while
// informed", a subordinate clause).
func (t *tree) afterPreposition(k int) bool {
	for _, d := range t.kids[k] {
		if (t.rel[d] == "mark" || t.rel[d] == "case") && d < k && prepositions[t.lower(d)] {
			return true
		}
	}
	return false
}

var prepositions = set("of in by for from with without about on at to into onto over against toward towards " +
	"through like besides despite upon via within among")

var objectControl = set("accuse blame thank praise criticize criticise charge convict prevent stop ban bar " +
	"prohibit discourage keep suspect forgive punish fine sue congratulate deter dissuade")

// relative puts the modified noun in place of the relativiser: "who" in
// "commanders, who reported ..." is the commanders.
func (r *resolver) relative(c *clause, noun int) {
	t := r.t
	if c.subj >= 0 && t.relativizer(c.subj) {
		c.subj, c.how = noun, fromRelative
		return
	}
	for i := range c.args {
		if t.relativizer(c.args[i].head) {
			c.args[i].head = noun
			sortArgs(c.args)
			return
		}
	}
	if c.subj < 0 {
		c.subj, c.how = noun, fromRelative
		return
	}
	if !c.copula && t.isVerb(c.pred) && !c.hasRole(roleObj) && noun < c.subj {
		// "the match Keibler lost"
		c.args = append(c.args, arg{head: noun, role: roleObj})
		sortArgs(c.args)
	}
}

// antecedent is the noun a relative clause attached to n stands for: n,
// or, when n is the complement of a copula, that copula's subject ("X is
// a footballer who plays ..." is about X).
func (r *resolver) antecedent(n int) int {
	if hc := r.at(n); hc != nil && hc.copula {
		r.resolve(hc)
		if hc.subj >= 0 && r.t.nominal(hc.subj) {
			return hc.subj
		}
	}
	return n
}

// conjunct gives a coordinated verb with no subject of its own the
// subject, auxiliaries and (when it comes after both verbs) the object of
// the verb it is coordinated with.
func (r *resolver) conjunct(c *clause, h int) {
	hc := r.at(h)
	if hc == nil {
		return
	}
	r.resolve(hc)
	c.subj, c.how = hc.subj, max(hc.how, fromConjunct)
	if hc.how == ownSubject {
		c.how = fromConjunct
	}
	if len(c.aux) == 0 && !c.copula && nonFinite(r.t.w[c.pred].XPOS) {
		for _, a := range hc.aux {
			if a < hc.verb {
				c.aux = append(c.aux, a)
			}
		}
		c.neg = c.neg || hc.neg
		if c.modal == "" {
			c.modal = hc.modal
		}
		c.passive = c.passive || hc.passive && r.t.w[c.pred].XPOS == "VBN"
	}
	if c.prefix == nil && hc.prefix != nil && (!hc.copulaTo || len(c.aux) == 0 && r.t.w[c.pred].XPOS == "VB") {
		// "is to cost $11.5bn and to lead", not "and will lead" or "and replacing"
		c.prefix, c.plemma = hc.prefix, hc.plemma
	}
	if !c.hasRole(roleObj) && !c.copula {
		for _, a := range hc.args {
			if a.role == roleObj && a.head > c.pred {
				c.args = append(c.args, a)
				sortArgs(c.args)
				break
			}
		}
	} else if !hc.hasRole(roleObj) && !hc.copula && r.t.isVerb(hc.pred) && !hc.hasArgBetween(hc.pred, c.pred) {
		// "buy and sell large amounts": the object the parser gave the
		// second verb belongs to both
		for _, a := range c.args {
			if a.role == roleObj && a.head > c.pred {
				hc.args = append(hc.args, a)
				sortArgs(hc.args)
				break
			}
		}
	}
}

// hasArgBetween reports whether c has an argument headed between words
// from and to.
func (c *clause) hasArgBetween(from, to int) bool {
	for _, a := range c.args {
		if a.head > from && a.head < to {
			return true
		}
	}
	return false
}

// nonFinite reports whether a verb tag is one that takes auxiliaries:
// the auxiliaries of "were separated and consisted" do not carry over.
func nonFinite(xpos string) bool {
	return xpos == "VBN" || xpos == "VB" || xpos == "VBG"
}

// controlled gives an infinitive its controller: the object of the verb
// it complements ("authorized Ukraine to use"), or else that verb's
// subject, whose verb group then joins the relation ("wants to join").
func (r *resolver) controlled(c *clause, h int) {
	hc := r.at(h)
	if hc == nil {
		return
	}
	r.resolve(hc)
	for _, a := range hc.args {
		if a.role == roleObj && a.head < c.pred && a.head != hc.pred && r.t.nominal(a.head) {
			c.subj, c.how = a.head, fromController
			c.unasserted = hc.subj < 0 && !hc.copula || hc.neg
			return
		}
	}
	c.subj, c.how = hc.subj, max(hc.how, fromController)
	c.neg = c.neg || hc.neg
	if c.modal == "" {
		c.modal = hc.modal
	}
	c.prefix = append(append([]int{}, hc.prefix...), hc.relationWords(r.t)...)
	c.plemma = append(append([]string{}, hc.plemma...), r.t.lemma(hc.verb))
	if hc.passive && !hc.copula {
		// "should be allowed to produce"
		c.plemma = append(append([]string{}, hc.plemma...), "be", r.t.lower(hc.verb))
	}
	hc.lent = true
	if hc.copula {
		// "were able to reinforce"
		c.prefix = append(c.prefix, hc.pred)
		c.plemma = append(c.plemma, r.t.lemma(hc.pred))
	}
	if c.mark >= 0 {
		c.prefix = append(c.prefix, c.mark)
		c.plemma = append(c.plemma, "to")
	}
	if len(hc.args) == 1 && !hc.copula || len(hc.args) == 2 && hc.copula && r.t.w[hc.pred].UPOS == "ADJ" {
		hc.skipped = true
	}
	c.passive = c.passive || hc.passive && r.t.w[c.pred].XPOS == "VBN"
}

// relativizer reports whether word i is a relative pronoun.
func (t *tree) relativizer(i int) bool {
	switch t.lower(i) {
	case "who", "whom", "which", "that":
		x := t.w[i].XPOS
		return len(x) > 0 && x[0] == 'W' ||
			(t.rel[i] == "nsubj" || t.rel[i] == "obj") && t.head[i] >= 0 && t.relClause(t.head[i])
	}
	return false
}

func (c *clause) hasRole(r role) bool {
	for _, a := range c.args {
		if a.role == r {
			return true
		}
	}
	return false
}

// relationWords returns the verb group of a clause: auxiliaries,
// negation, verb and particles, in text order.
func (c *clause) relationWords(t *tree) []int {
	out := append([]int{}, c.aux...)
	if !c.copula {
		out = append(out, c.verb)
	}
	out = append(out, c.prt...)
	for _, a := range c.adv {
		if a > c.subj {
			out = append(out, a)
		}
	}
	return sortInts(out)
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
