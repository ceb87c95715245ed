package dep

// What the text does not assert. A clause gives no facts when it, or a
// clause it is part of, is one of these:
//
//   - an embedded question: "asking how many lives might be required",
//     "about how quickly guarantees can be translated";
//   - a gerund after "against", "without", "instead of", "rather than",
//     "over" or "about": "cautioned against pressing the issue",
//     "without provoking a wider conflict", "concerns over escalating
//     the war";
//   - a gerund or infinitive that completes a noun, or a means of what
//     someone intends: "opposition to allowing Ukraine to join", "its
//     goal to end the war", "a willingness to pursue deliveries",
//     "threatened retaliation by supplying arms";
//   - a relative clause with a modal, which describes what a thing would
//     or could do: "assurances that would deter aggression";
//   - the content of a verb of doubt ("questioned whether", "denied
//     that") or, without a modal, of a directive ("ensure that ...");
//   - a clause whose negation is limited by an adverb ("may not always
//     align", "could not reliably say") or whose verb is ("rarely
//     capture", "hardly", "seldom"), which says neither the fact nor its
//     negation;
//   - an infinitive whose controller is the object of a clause that is
//     negated or has no subject: "did not allow Ukraine to use", "its
//     opposition to allowing his country to join NATO".
//
// A clause that is asserted only under a condition carries it as its
// modality when it has no modal of its own: "if" for a clause with a
// conditional clause ("demand will remain high even if ...") as for the
// conditional clause itself, and "whether" for the content of a yes-no
// question ("asked whether Kyiv receives ...").

// unasserting reports whether clause c's own construction keeps it, and
// every clause below it, from being asserted.
func (r *resolver) unasserting(c *clause) bool {
	t := r.t
	p := c.pred
	return r.question(c) || t.limited(c) || t.negativeGerund(p) || t.nounGerund(p) || t.intendedMeans(p) ||
		t.nounInfinitive(p) || t.relClause(p) && t.hasModal(p) || r.doubted(c) || r.directed(c) || c.unasserted
}

// aimCopula reports whether c is an infinitive after a copula whose
// subject names an aim or a way of acting: "The goals of ETA are to force
// the creation of ...", "Our primary task is to restore order". Like "its
// goal to end the war", it says what is aimed at, not what happens
// ("GUS is to pay Littlewoods" does).
func (r *resolver) aimCopula(c *clause) bool {
	t := r.t
	if !c.copulaTo || c.subj < 0 {
		return false
	}
	for _, n := range append([]int{c.subj}, t.kids[c.subj]...) {
		// "the website, the objective of the visit, was to ...", a
		// subject the parser read as an apposition or a conjunct
		if (n == c.subj || t.rel[n] == "appos" || t.rel[n] == "conj") && (aimNouns[t.lemma(n)] || wayNouns[t.lemma(n)]) {
			return true
		}
	}
	return false
}

var wayNouns = set("purpose task job duty role responsibility policy consensus step move effect tactic " +
	"solution idea priority focus function principle philosophy method way option approach answer challenge " +
	"point reason argument project agenda target")

// unassert marks every clause under an unasserting one as not asserted.
func (r *resolver) unassert(cs []*clause) {
	no := make([]bool, len(r.by))
	for _, c := range cs {
		no[c.pred] = r.unasserting(c)
	}
	for _, c := range cs {
		for j := c.pred; j >= 0; j = r.t.head[j] {
			if no[j] {
				c.hedged = true
				break
			}
		}
	}
	for _, c := range cs {
		if r.aimCopula(c) {
			r.hedgeAim(c.pred, cs)
		}
	}
}

// hedgeAim marks the aim copula clause at p as not asserted, with the
// clauses it governs that have no subject of their own ("The mission was
// to counter ... and to assist nations in fighting ..."), but not those
// that have one or modify a noun: in "A known tactic is to feign injury,
// and the marine could claim ...", the marine's claim is asserted.
func (r *resolver) hedgeAim(p int, cs []*clause) {
	t := r.t
	for _, c := range cs {
		j := c.pred
		for j != p && j >= 0 && !t.hasSubject(j) && t.rel[j] != "acl" {
			j = t.head[j]
		}
		if j == p {
			c.hedged = true
		}
	}
}

// question reports whether clause c is an embedded question: its first
// word, or the first word of its subject or object, is a question word
// ("how quickly guarantees can be translated", "how many lives might be
// required"). Relative clauses and adverbial clauses ("where Ukraine had
// launched an offensive") are not questions.
func (r *resolver) question(c *clause) bool {
	t := r.t
	p := c.pred
	if t.head[p] < 0 || t.relClause(p) || c.how == fromRelative || t.rel[p] == "advcl" && !t.complement(p) {
		return false
	}
	from, _ := t.extent(p, nil, nil)
	for from < p && (t.punct(from) || (t.rel[from] == "mark" || t.rel[from] == "case") && prepositions[t.lower(from)]) {
		from++
	}
	if questionWord(t, from) {
		return true
	}
	for _, k := range t.kids[p] {
		switch t.rel[k] {
		case "nsubj", "obj":
			if f, _ := t.extent(k, nil, nil); questionWord(t, f) && k < p {
				return true
			}
		}
	}
	return false
}

// questionWord reports whether word i asks a question: "how", "what",
// "why", "which", "who", "whom".
func questionWord(t *tree, i int) bool {
	switch t.lower(i) {
	case "how", "what", "why", "whom":
		return true
	case "which", "who":
		return !t.relativizer(i) || t.rel[i] == "det"
	}
	return false
}

// limited reports whether clause c's verb is limited by an adverb: one
// that limits the verb itself ("rarely", "seldom", "hardly", "barely",
// "scarcely") or one between a negation and the verb ("not always", "not
// reliably"), which the negation applies to instead of the verb.
func (t *tree) limited(c *clause) bool {
	if t.notOnly(c.pred) {
		return false
	}
	neg := -1
	for _, k := range t.kids[c.pred] {
		if t.rel[k] != "advmod" && t.rel[k] != "aux" {
			continue
		}
		switch {
		case limitingAdverbs[t.lower(k)]:
			return true
		case t.isNegation(k) || t.lower(k) == "cannot":
			neg = k
		case neg >= 0 && k > neg && k < c.verb && t.w[k].UPOS == "ADV" && !negationKeepers[t.lower(k)]:
			return true
		}
	}
	return false
}

var limitingAdverbs = set("rarely seldom hardly barely scarcely infrequently")

// negationKeepers are adverbs after "not" that leave the negation on the
// verb: "have not yet concluded", "did not even say".
var negationKeepers = set("yet even ever also still then again so really quite immediately")

// negativeGerund reports whether p is a gerund after a preposition that
// says it did not or should not happen, or is only feared or talked
// about: "against pressing", "without provoking", "instead of sending",
// "rather than waiting", "concerns over escalating".
func (t *tree) negativeGerund(p int) bool {
	if t.w[p].XPOS != "VBG" {
		return false
	}
	for _, d := range t.kids[p] {
		if d > p || t.rel[d] != "mark" && t.rel[d] != "case" {
			continue
		}
		switch t.lower(d) {
		case "against", "without", "over", "about":
			return true // "concerns over escalating the war": feared, not done
		case "of", "than":
			if d > 0 && (t.lower(d-1) == "instead" || t.lower(d-1) == "rather") {
				return true
			}
		case "instead", "rather":
			return true
		}
	}
	return false
}

// nounGerund reports whether gerund p, attached to a verb, completes the
// noun right before its preposition instead: "voiced opposition to
// allowing Ukraine to join", "cited concerns over escalating the war"
// name what is opposed or feared.
func (t *tree) nounGerund(p int) bool {
	if t.w[p].XPOS != "VBG" || t.rel[p] != "advcl" {
		return false
	}
	for _, d := range t.kids[p] {
		if d < p && t.rel[d] == "mark" && nounPrepositions[t.lower(d)] && d > 0 && t.w[d-1].UPOS == "NOUN" {
			return true
		}
	}
	return false
}

var nounPrepositions = set("of to for about over on toward towards against without")

// intendedMeans reports whether p is a "by" gerund of a verb of intention:
// "threatened retaliation by supplying arms" does not say that he
// supplied any.
func (t *tree) intendedMeans(p int) bool {
	h := t.head[p]
	if h < 0 || t.w[p].XPOS != "VBG" || t.rel[p] != "advcl" || !intentionVerbs[t.lemma(h)] {
		return false
	}
	for _, d := range t.kids[p] {
		if d < p && t.lower(d) == "by" {
			return true
		}
	}
	return false
}

var intentionVerbs = set("threaten promise plan vow pledge offer propose intend seek aim hope want try attempt " +
	"expect wish consider mean")

// nounInfinitive reports whether infinitive p completes a noun, which
// names an aim, a wish or an ability rather than an event: "its goal to
// end the war", "a willingness to pursue deliveries". An infinitive the
// parser attached to the verb right after such a noun counts too.
func (t *tree) nounInfinitive(p int) bool {
	h := t.head[p]
	if h < 0 || !t.hasTo(p) {
		return false
	}
	if t.rel[p] == "acl" && t.nominal(h) {
		return !t.ordinal(h)
	}
	if t.rel[p] != "advcl" {
		return false
	}
	from, _ := t.extent(p, nil, nil)
	if from == 0 {
		return false
	}
	n := t.phraseHead(from - 1)
	return n >= 0 && aimNouns[t.lemma(n)]
}

// ordinal reports whether noun n is picked out by an ordinal or a
// superlative: "the first woman to fly", "the last to leave", whose
// infinitive is asserted.
func (t *tree) ordinal(n int) bool {
	if first[t.lower(n)] {
		return true
	}
	for _, d := range t.kids[n] {
		if t.rel[d] == "amod" && (first[t.lower(d)] || t.w[d].XPOS == "JJS") {
			return true
		}
	}
	return false
}

var first = set("first last only second third next")

var aimNouns = set("goal aim plan push bid effort attempt intention intent desire wish willingness readiness " +
	"decision resolve determination commitment promise pledge vow threat call demand request proposal " +
	"offer need right ability capacity chance opportunity permission authority mandate ambition hope " +
	"strategy objective mission urge pressure")

// hasTo reports whether verb p is a "to" infinitive.
func (t *tree) hasTo(p int) bool {
	for _, d := range t.kids[p] {
		if t.rel[d] == "mark" && t.lower(d) == "to" {
			return true
		}
	}
	return false
}

// hasModal reports whether predicate p has a modal auxiliary.
func (t *tree) hasModal(p int) bool {
	for _, d := range t.kids[p] {
		if _, ok := modals[t.lower(d)]; ok && t.rel[d] == "aux" {
			return true
		}
	}
	return false
}

// doubted reports whether c is the content of a verb of doubt or denial:
// "questioned whether Russia would stop firing", "denied that ...".
func (r *resolver) doubted(c *clause) bool {
	h := r.t.head[c.pred]
	return h >= 0 && r.t.complement(c.pred) && doubtVerbs[r.t.lemma(h)]
}

var doubtVerbs = set("question doubt deny dispute reject refute contest wonder")

// directed reports whether c is the content of a directive, which says
// what should be, with no modal to say so: "ensure that Ukraine's security
// guarantees are credible".
func (r *resolver) directed(c *clause) bool {
	t := r.t
	h := t.head[c.pred]
	return h >= 0 && t.rel[c.pred] == "ccomp" && directiveVerbs[t.lemma(h)] && !t.hasModal(c.pred)
}

var directiveVerbs = set("ensure demand urge require recommend request order command ask propose prefer wish " +
	"hope want")

// conditional reports the modality a clause takes from a condition: "if"
// when it has a conditional clause ("even if" included: the clause is
// still supposed) or "whether" when it is the content of a yes-no
// question.
func (t *tree) conditional(p int) string {
	for _, k := range t.kids[p] {
		if m := t.conditionMark(k); t.rel[k] == "advcl" && m >= 0 && (m == 0 || t.lower(m-1) != "even") {
			return "if" // "even if": the clause holds either way
		}
	}
	if t.rel[p] == "ccomp" || t.complement(p) {
		for _, m := range t.marks(p) {
			if w := t.lower(m); w == "whether" || w == "if" {
				return "whether"
			}
		}
	}
	return ""
}

// conditionMark returns the conditional conjunction of clause k, "if" or
// "unless", or -1.
func (t *tree) conditionMark(k int) int {
	for _, m := range t.marks(k) {
		switch t.lower(m) {
		case "if", "unless":
			return m
		}
	}
	return -1
}
