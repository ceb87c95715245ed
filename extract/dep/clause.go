package dep

// role is what an argument is to its clause.
type role uint8

const (
	roleObj   role = iota // direct or indirect object, or the complement of a copula or linking verb
	roleObl               // prepositional or bare-noun modifier: "at Kettering", "Sunday"
	roleAgent             // the "by" phrase of a passive
	roleComp              // clausal complement: the content of "said that ..."
	roleXcomp             // infinitival complement: "to use ATACMS" after "authorized Ukraine"
)

// arg is one argument of a clause.
type arg struct {
	head int
	role role
	prep []int // prepositions ("out of") or complementiser ("that") before the argument
	bare bool  // an oblique with no preposition: "Sunday", "this year"
	// clause: an oblique with a subordinating conjunction, a clause the
	// parser took for a noun ("while the war endures"), never the object
	clause bool
}

// clause is a predicate and its arguments, read off the parse.
type clause struct {
	pred    int   // the verb, or the head of a copular predicate
	verb    int   // the word that carries the relation: pred, or the copula
	copula  bool  // "X is Y": pred is Y
	subj    int   // subject head, or -1
	args    []arg // in text order
	aux     []int // auxiliaries, copula and negation words of the verb group
	prt     []int // verb particles: "out" in "ran out of"
	adv     []int // adverbs between subject and verb: "first" in "is first mentioned"
	mark    int   // infinitive "to", or -1
	neg     bool
	modal   string
	passive bool

	how     origin // how the subject was found
	prefix  []int  // relation words of a controlling verb: "want to" in "want to join"
	plemma  []string
	source  int  // head of the reported speaker for reported content, or -1
	hedged  bool // reported under a negated speech act: not anyone's claim
	skipped bool // absorbed into a complement clause's relation
	lent    bool // an infinitive complement took the verb group: "wants to join"
	// content: a copula over a clause, "The two key issues were whether
	// the plan worked": what the subject is, is a proposition, and the
	// graph gets no fact from it
	content bool
	// copulaTo: a copula over an infinitive, "The deal is to cost
	// $11.5bn", read as the relation "be to cost"
	copulaTo bool
	// unasserted: an infinitive whose controller is the object of a
	// clause that is negated or has no subject (a gerund used as a noun):
	// "did not allow Ukraine to use", "opposition to allowing his country
	// to join NATO"
	unasserted bool
}

// origin says where a clause's subject comes from, in order of
// decreasing reliability.
type origin uint8

const (
	ownSubject     origin = iota
	fromRelative          // the noun a relative clause modifies
	fromConjunct          // the subject of a coordinated verb
	fromController        // the subject or object of the verb an infinitive complements
	fromModified          // the noun a participle modifies
	fromAdverbial         // the subject of the clause an adverbial participle depends on
	fromAdjacent          // the noun phrase before a finite verb the parser left without a subject
)

var modals = map[string]string{"may": "may", "might": "might", "could": "could", "would": "would",
	"should": "should", "must": "must", "can": "can", "ca": "can", "shall": "shall", "ought": "should",
	"cannot": "can"}

// isNegation reports whether word i negates its head.
func (t *tree) isNegation(i int) bool {
	switch t.lower(i) {
	case "not", "n't", "never", "nt":
		return t.rel[i] == "advmod" || t.rel[i] == "aux" || t.rel[i] == "neg" || t.rel[i] == "cc"
	case "cannot":
		return t.rel[i] == "aux"
	}
	return false
}

// predicate reports whether word i heads a clause and which word is its
// verb.
func (t *tree) predicate(i int) (verb int, copula, ok bool) {
	if c := t.child(i, "cop"); c >= 0 {
		return c, true, true
	}
	switch t.rel[i] {
	case "amod", "compound", "fixed", "flat", "goeswith", "reparandum", "aux", "cop", "case",
		"mark", "det", "discourse", "cc", "punct", "nummod", "nmod", "appos", "list", "vocative":
		return -1, false, false
	}
	switch t.w[i].UPOS {
	case "VERB":
		return i, false, !t.noun[i] && !t.bareNoun(i) && !t.prepositional(i)
	case "AUX":
		// a main-verb "be", "have" or "do": "there are missiles", "we have nothing"
		return i, false, t.rel[i] != "obj" && t.rel[i] != "obl" && t.rel[i] != "nsubj"
	}
	return -1, false, false
}

// clauses reads every clause of the tree with its own dependents, then
// fills subjects, objects and auxiliaries each clause inherits from the
// clauses around it.
func (t *tree) clauses(isPerson func(int) bool, graph bool) []*clause {
	t.repairTree()
	byPred := make([]*clause, len(t.w))
	var out []*clause
	for i := range t.w {
		verb, cop, ok := t.predicate(i)
		if !ok {
			continue
		}
		c := t.ownClause(i, verb, cop)
		byPred[i] = c
		out = append(out, c)
	}
	r := resolver{t: t, by: byPred, state: make([]uint8, len(t.w)), isPerson: isPerson}
	for _, c := range out {
		r.resolve(c)
	}
	for _, c := range out {
		r.attribute(c)
		r.condition(c)
	}
	if graph {
		r.unassert(out)
	}
	return out
}

// ownClause reads a clause's own dependents.
func (t *tree) ownClause(p, verb int, cop bool) *clause {
	c := &clause{pred: p, verb: verb, copula: cop, subj: -1, mark: -1, source: -1}
	if cop && t.isVerb(p) {
		switch t.verbalCopula(p) {
		case copulaInfinitive:
			// "The deal is to cost $11.5bn": the copula and "to" join the
			// relation, X - be to cost - $11.5bn
			c.copula, c.verb, c.copulaTo = false, p, true
			c.prefix = []int{verb}
			c.plemma = []string{"be"}
		case copulaClause:
			c.content = true
		}
	}
	if c.copula {
		c.aux = append(c.aux, verb)
		c.args = append(c.args, arg{head: p, role: roleObj, prep: t.cases(p)})
	}
	for _, k := range t.kids[p] {
		switch t.rel[k] {
		case "nsubj", "csubj":
			if c.subj < 0 {
				c.subj = k
			}
			if t.sub(k) == "nsubj:pass" || t.sub(k) == "csubj:pass" {
				c.passive = true
			}
		case "obj", "iobj":
			c.args = append(c.args, arg{head: k, role: roleObj})
		case "obl":
			a := arg{head: k, role: roleObl, prep: t.cases(k)}
			if t.sub(k) == "obl:agent" {
				a.role = roleAgent
			}
			a.bare = len(a.prep) == 0
			a.clause = len(t.marks(k)) > 0
			c.args = append(c.args, a)
		case "xcomp":
			if t.prepositional(k) {
				break // ", given its opposition": a phrase of the sentence, no argument
			}
			if _, _, ok := t.predicate(k); ok && t.isVerb(k) {
				c.args = append(c.args, arg{head: k, role: roleXcomp})
			} else {
				c.args = append(c.args, arg{head: k, role: roleObj, prep: t.cases(k)})
			}
		case "ccomp":
			c.args = append(c.args, arg{head: k, role: roleComp, prep: t.marks(k)})
		case "advcl":
			// "announced on Monday that ...": a content clause attached
			// as an adverbial
			if t.complement(k) {
				c.args = append(c.args, arg{head: k, role: roleComp, prep: t.marks(k)})
			}
		case "parataxis":
			// `he said: "..."`
			if _, _, ok := t.predicate(k); ok && speechVerbs[t.lemma(verb)] && !t.has(p, "ccomp") {
				c.args = append(c.args, arg{head: k, role: roleComp})
			}
		case "compound":
			if t.sub(k) == "compound:prt" {
				c.prt = append(c.prt, k)
			}
		case "aux":
			c.aux = append(c.aux, k)
			if m, ok := modals[t.lower(k)]; ok {
				c.modal = m
			}
			c.neg = c.neg || t.isNegation(k) // "cannot" as one word
			if t.sub(k) == "aux:pass" {
				c.passive = true
			}
		case "advmod":
			if t.isNegation(k) {
				c.neg = true
				c.aux = append(c.aux, k)
			} else if k < verb && t.w[k].UPOS == "ADV" && len(t.kids[k]) == 0 {
				c.adv = append(c.adv, k)
			}
		case "mark":
			if t.lower(k) == "to" {
				c.mark = k
				if c.prefix != nil {
					c.prefix = append(c.prefix, k)
					c.plemma = append(c.plemma, "to")
				}
			}
		}
	}
	if !cop && t.w[p].XPOS == "VBN" && t.sub(p) == "acl" || t.parentheticalParticiple(c) {
		c.passive = true
	}
	if c.neg && t.notOnly(p) {
		c.neg, c.aux = false, without(c.aux, t.isNegation) // "not only ... but also" asserts
	}
	if c.modal == "" {
		c.modal = t.conditional(p)
	}
	sortArgs(c.args)
	return c
}

// Kinds of copula over a verb.
const (
	copulaAdjective  = iota // a participle used as an adjective: "the talks had been disappointing"
	copulaInfinitive        // "The goals of ETA are to force ...", "GUS is to pay ..."
	copulaClause            // "The issue was whether the plan worked", "The aim is divide and conquer"
)

// verbalCopula says what a copula over verb p is the copula of: an
// infinitive with "to" after it, a clause (with a complementiser or a
// subject after the copula, or a finite or bare verb), or else a
// participle used as an adjective. What comes before the copula belongs
// to the whole clause: "announced that the wage is to go up", "if he is
// to win"; after "to be", a bare verb is a noun tagged as a verb.
func (t *tree) verbalCopula(p int) int {
	cop := t.child(p, "cop")
	after, toBefore, toAfter := 0, false, false
	for _, k := range t.kids[p] {
		to := t.rel[k] == "mark" && t.lower(k) == "to"
		switch {
		case to && k < cop:
			toBefore = true
		case to:
			toAfter = true
		case k > cop && (t.rel[k] == "mark" || t.rel[k] == "nsubj" || t.rel[k] == "csubj"):
			after++ // "The issue was whether the plan worked", "were he to return"
		}
	}
	switch {
	case after > 0:
		return copulaClause
	case toBefore:
		return copulaAdjective // "appear to be worry over ...": a noun tagged as a verb
	case toAfter:
		return copulaInfinitive
	}
	switch t.w[p].XPOS {
	case "VB", "VBZ", "VBP":
		return copulaClause // "The strategy is divide and conquer"; a past form may be a participle: "was fatally hit"
	}
	return copulaAdjective
}

// parentheticalParticiple reports whether the verb of c, past tense by
// its form, is a participle set off by commas after its subject, with the
// clause's real verb coordinated after it without a conjunction: "The
// move, announced Sunday, marks a departure" says the move was announced.
func (t *tree) parentheticalParticiple(c *clause) bool {
	p := c.pred
	if c.copula || t.w[p].XPOS != "VBD" || c.subj < 0 || c.subj > p-2 || t.w[p-1].Form != "," || len(c.aux) > 0 {
		return false
	}
	for _, k := range t.kids[p] {
		if t.rel[k] == "conj" && t.finiteForm(k) && k > 0 && t.w[k-1].Form == "," && !t.has(k, "cc") {
			return true
		}
	}
	return false
}

// notOnly reports whether the negation of p is "not only", which asserts.
func (t *tree) notOnly(p int) bool {
	for _, k := range t.kids[p] {
		if t.isNegation(k) && k+1 < len(t.w) && t.lower(k+1) == "only" {
			return true
		}
	}
	return false
}

// bareNoun reports whether verb i is a noun the tagger took for a bare
// infinitive: an infinitive without "to" complements only verbs like
// "make", "let" or "see" ("consider NATO membership a guarantee").
func (t *tree) bareNoun(i int) bool {
	h := t.head[i]
	return t.rel[i] == "xcomp" && t.w[i].XPOS == "VB" && !t.hasTo(i) && h >= 0 && !bareInfinitive[t.lemma(h)] &&
		!t.has(i, "aux")
}

var bareInfinitive = set("make let help have see hear watch feel notice bid dare need")

// prepositional reports whether verb i is a participle used as a
// preposition: "given its opposition", "including Britain".
func (t *tree) prepositional(i int) bool {
	return prepositionalParticiples[t.lower(i)] && !t.hasSubject(i) && !t.has(i, "aux")
}

var prepositionalParticiples = set("given including regarding concerning considering excluding barring notwithstanding")

func without(a []int, drop func(int) bool) []int {
	var out []int
	for _, x := range a {
		if !drop(x) {
			out = append(out, x)
		}
	}
	return out
}

// hasOwnComp reports whether c has a clausal complement other than the
// clause it is set in (a parataxis speech verb gets that one as content).
func (c *clause) hasOwnComp(self int) bool {
	for _, a := range c.args {
		if a.role == roleComp && a.head != self {
			return true
		}
	}
	return false
}

// hasObject reports whether c has a direct object.
func (c *clause) hasObject(t *tree) bool {
	for _, a := range c.args {
		if a.role == roleObj && t.rel[a.head] == "obj" {
			return true
		}
	}
	return false
}

// cases returns the prepositions of a nominal: its case dependents and
// their fixed parts ("out of", "according to"), in text order.
func (t *tree) cases(i int) []int {
	var out []int
	for _, k := range t.kids[i] {
		if t.rel[k] == "case" && k < i {
			out = append(out, k)
			for _, f := range t.kids[k] {
				if t.rel[f] == "fixed" {
					out = append(out, f)
				}
			}
		}
	}
	return sortInts(out)
}

// marks returns the complementisers of a clause: "that", "whether".
func (t *tree) marks(i int) []int {
	var out []int
	for _, k := range t.kids[i] {
		if t.rel[k] == "mark" && k < i && t.lower(k) != "to" {
			out = append(out, k)
		}
	}
	return out
}

func sortInts(a []int) []int {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
	return a
}

// sortArgs puts arguments in text order of their heads.
func sortArgs(a []arg) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j].head < a[j-1].head; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}
