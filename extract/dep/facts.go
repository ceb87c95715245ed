package dep

import (
	"strings"

	"github.com/kgraph/kg/extract"
)

// facts renders a clause as facts: one for each pair of coordinated
// subject and coordinated main argument.
func (rd *reader) facts(c *clause) []extract.Fact {
	if c.skipped || c.hedged || c.subj < 0 || rd.t.isVerb(c.subj) && rd.t.has(c.subj, "nsubj") {
		return nil // no subject, or a whole clause the parser took for one
	}
	if !rd.openIE && (rd.t.isVerb(c.subj) || rd.t.w[c.subj].UPOS == "AUX") {
		return nil // a clausal subject names no entity in the graph
	}
	if c.content && !rd.openIE {
		return nil // "The issue was whether the plan worked": the issue - be - worked says nothing
	}
	main := rd.mainArg(c)
	if main < 0 {
		return nil
	}
	if c.lent && (c.args[main].role == roleXcomp || c.copula && c.args[main].head == c.pred && rd.t.w[c.pred].UPOS == "ADJ") {
		return nil // "was considered to be X", "were unable to see X": the infinitive's fact says it
	}
	if !rd.openIE && c.passive && c.args[main].role == roleAgent {
		return rd.activeFacts(c, main)
	}
	objs := rd.conjuncts(c.args[main].head)
	if c.args[main].role == roleComp && !rd.openIE {
		objs = objs[:1] // "said it lacked guarantees and remained unfinished": one content
	}
	if !rd.openIE && rd.pronounObject(c.args[main]) {
		return nil // "labeling it a radical change": "it" names nothing in the graph
	}
	var out []extract.Fact
	for _, s := range rd.subjects(c) {
		for _, o := range objs {
			a := c.args[main]
			a.head = o
			f := rd.fact(c, s, a, main)
			f.Confidence = rd.confidence(c, f, a)
			out = append(out, f)
		}
		if lv, ok := rd.lightVerb(c, s, main); ok && !rd.openIE {
			out = append(out, lv)
		}
	}
	return out
}

// lightVerb reads a verb with a bare noun object and a prepositional
// phrase after it as one relation: "held talks with world leaders" gives
// Zelensky - hold talks with - world leaders.
func (rd *reader) lightVerb(c *clause, s, main int) (extract.Fact, bool) {
	t := rd.t
	o := c.args[main]
	if o.role != roleObj || c.copula || t.w[o.head].UPOS != "NOUN" || o.head < c.verb || len(t.kids[o.head]) > 0 {
		return extract.Fact{}, false
	}
	for i, a := range c.args {
		if a.role != roleObl || a.bare || a.head < o.head {
			continue
		}
		f := rd.fact(c, s, a, i)
		f.Relation = dedupInts(append(sortInts(append(append([]int{}, c.prefix...), c.relationWords(t)...)), append([]int{o.head}, a.prep...)...))
		f.Surface = rd.words(f.Relation)
		f.Lemma = rd.lemma(c, append([]int{o.head}, a.prep...), a.role, -1)
		f.Args = f.Args[:0]
		for j, x := range c.args {
			if j != i && j != main {
				f.Args = append(f.Args, rd.argSpan(c, x.head, true, false))
			}
		}
		f.Confidence = rd.confidence(c, f, a) - 0.05
		return f, true
	}
	return extract.Fact{}, false
}

// subjects returns the subject heads of c, coordinated ones apart.
func (rd *reader) subjects(c *clause) []int {
	if rd.t.nominal(c.subj) && c.how != fromModified {
		return rd.conjuncts(c.subj)
	}
	return []int{c.subj}
}

// mainArg chooses the argument that becomes the fact's object: a direct
// object or complement, else the first prepositional phrase, else a
// clausal complement, else anything.
func (rd *reader) mainArg(c *clause) int {
	best, rank := -1, 9
	for i, a := range c.args {
		r := 6
		switch {
		case a.clause:
			continue
		case !rd.openIE && rd.t.rel[a.head] == "iobj" && c.hasObject(rd.t) && !namingVerbs[rd.t.lemma(c.verb)]:
			continue // "gave it that lack of clutter": what was given
		case a.role == roleObj:
			r = 0
		case (a.role == roleObl || a.role == roleAgent) && !a.bare && a.head > c.verb && !rd.temporal(a.head):
			r = 1
		case a.role == roleComp && !rd.clausal(a.head):
			r = 5 // `"After the call," Zelensky stated, "..."`: a phrase, not the content
		case a.role == roleComp && speechVerbs[rd.t.lemma(c.verb)]:
			r = 1 // "announced on Monday that ...": the content first
		case a.role == roleComp:
			r = 2
		case a.role == roleXcomp:
			r = 3
		case !a.bare:
			r = 4 // a fronted phrase: "In Fallujah, hundreds came out"
		case a.bare:
			r = 5
		}
		if r < rank {
			best, rank = i, r
		}
	}
	if i := rd.adjectivePP(c); i >= 0 {
		return i
	}
	if i := rd.verbAdjective(c); i >= 0 && best >= 0 && c.args[best].head == i {
		for j, a := range c.args {
			if a.role == roleComp && rd.clausal(a.head) {
				return j // "made clear that no decision has been reached"
			}
		}
	}
	return best
}

// namingVerbs take an object and what it is called or taken for: "labeling
// it a radical change".
var namingVerbs = set("label call name dub term consider deem brand declare make elect appoint find think")

// verbAdjective returns the adjective that completes a verb before a
// clausal complement, "clear" in "made (it) clear that ...", or -1: the
// adjective then joins the relation ("make clear").
func (rd *reader) verbAdjective(c *clause) int {
	t := rd.t
	if c.copula {
		return -1
	}
	for _, a := range c.args {
		if a.role == roleObj && t.rel[a.head] == "xcomp" && t.w[a.head].UPOS == "ADJ" && a.head > c.verb &&
			len(t.kids[a.head]) == 0 && c.hasRole(roleComp) {
			return a.head
		}
	}
	return -1
}

// clausal reports whether word h heads a clause: "the question would
// arise", not "After the call".
func (rd *reader) clausal(h int) bool {
	_, _, ok := rd.t.predicate(h)
	return ok || rd.t.hasSubject(h)
}

// quantity reports whether the preposition at k says how many of
// something there are: "up to 12,000", "about 300".
func (rd *reader) quantity(k int) bool {
	t := rd.t
	for k < len(t.w) && (t.rel[k] == "case" || t.rel[k] == "fixed") {
		k++
	}
	return k < len(t.w) && t.w[k].UPOS == "NUM"
}

// pronounObject reports whether an object is a lone personal or
// demonstrative pronoun other than a reflexive: "it", "me", "these".
func (rd *reader) pronounObject(a arg) bool {
	t := rd.t
	if a.role != roleObj || len(t.kids[a.head]) > 0 {
		return false
	}
	switch t.lower(a.head) {
	case "it", "them", "me", "us", "him", "her", "you", "this", "that", "these", "those":
		return true
	}
	return false
}

// adjectivePP returns the prepositional phrase that completes an
// adjectival predicate, "equal to the numbers" in "the numbers are equal
// to the numbers on the left", or -1: the adjective then joins the
// relation ("are equal to").
func (rd *reader) adjectivePP(c *clause) int {
	t := rd.t
	if !c.copula || t.w[c.pred].UPOS != "ADJ" {
		return -1
	}
	for i, a := range c.args {
		if a.role == roleObl && !a.bare && a.head > c.pred && t.head[a.head] == c.pred && len(a.prep) > 0 && a.prep[0] > c.pred {
			return i
		}
	}
	return -1
}

// fact builds the fact for subject s and main argument a (c.args[main]
// with its head possibly replaced by a conjunct).
func (rd *reader) fact(c *clause, s int, a arg, main int) extract.Fact {
	t := rd.t
	prep := a.prep
	if rd.openIE && a.head < c.verb && !c.copula {
		prep = nil // a fronted phrase keeps its preposition: "From the AP comes this story"
	}
	rel := sortInts(append(append([]int{}, c.prefix...), c.relationWords(t)...))
	lemmaPrep := prep
	adjective := c.copula && a.role == roleObl && main == rd.adjectivePP(c)
	if adjective {
		rel = append(rel, c.pred)
		lemmaPrep = append([]int{c.pred}, prep...)
	}
	va := -1
	if a.role == roleComp {
		va = rd.verbAdjective(c)
	}
	if va >= 0 {
		rel = sortInts(append(rel, va))
	}
	rel = dedupInts(append(rel, prep...))
	f := extract.Fact{
		Subject:  rd.argSpan(c, s, false, true),
		Object:   rd.argSpan(c, a.head, len(prep) == 0, false),
		Relation: rel,
		Lemma:    rd.lemma(c, lemmaPrep, a.role, va),
		Surface:  rd.words(rel),
		Negated:  c.neg,
		Modality: c.modal,
	}
	for i, x := range c.args {
		if i == main || adjective && x.head == c.pred || x.head == va {
			continue
		}
		f.Args = append(f.Args, rd.argSpan(c, x.head, true, false))
	}
	if c.source >= 0 {
		f.Attribution = rd.argSpan(nil, c.source, false, true)
	}
	f.Negated = f.Negated || rd.negative(f.Subject) || a.role != roleComp && rd.negative(f.Object)
	if !rd.openIE {
		f.Subject = rd.dropArticle(f.Subject)
		if a.role != roleComp {
			f.Object = rd.dropArticle(f.Object)
		}
	}
	return f
}

// activeFacts renders a passive clause with an agent in the active voice
// for the graph: "missiles supplied by Britain" gives Britain - supply -
// missiles.
func (rd *reader) activeFacts(c *clause, agent int) []extract.Fact {
	t := rd.t
	var out []extract.Fact
	rel := sortInts(append(append([]int{}, c.prefix...), c.verb))
	rel = append(rel, c.prt...)
	lemma := append(append([]string{}, c.plemma...), t.lemma(c.verb))
	for _, p := range c.prt {
		lemma = append(lemma, t.lemma(p))
	}
	for _, s := range rd.conjuncts(c.args[agent].head) {
		for _, o := range rd.subjects(c) {
			f := extract.Fact{
				Subject:  rd.dropArticle(rd.argSpan(c, s, false, true)),
				Object:   rd.dropArticle(rd.argSpan(c, o, false, false)),
				Relation: sortInts(rel),
				Lemma:    strings.Join(lemma, " "),
				Surface:  rd.words(rel),
				Negated:  c.neg,
				Modality: c.modal,
			}
			for i, x := range c.args {
				if i != agent {
					f.Args = append(f.Args, rd.argSpan(c, x.head, true, false))
				}
			}
			if c.source >= 0 {
				f.Attribution = rd.argSpan(nil, c.source, false, true)
			}
			f.Negated = f.Negated || rd.negative(f.Subject) || rd.negative(f.Object)
			f.Confidence = rd.confidence(c, f, c.args[agent])
			out = append(out, f)
		}
	}
	return out
}

// argSpan is the span of an argument: the whole phrase for Open IE, and
// for the graph the phrase up to its head noun when it is a subject.
func (rd *reader) argSpan(c *clause, h int, prep, subject bool) extract.Span {
	if k := rd.t.child(h, "case"); subject && rd.t.rel[h] == "nsubj" && k >= 0 && k < h && rd.quantity(k) {
		prep = true // "up to 12,000 troops": a subject has no preposition, the words say how many
	}
	if subject && !rd.openIE && rd.t.nominal(h) {
		return rd.upTo(rd.phrase(c, rd.namedHead(h), prep, true))
	}
	if subject {
		return rd.upTo(rd.phrase(c, h, prep, false))
	}
	return rd.phrase(c, h, prep, false)
}

// upTo extends a phrase that begins with the "to" of "up to 12,000" to
// its "up", which the parser often attaches to the verb.
func (rd *reader) upTo(sp extract.Span) extract.Span {
	t := rd.t
	if sp.From > 0 && sp.Len() > 1 && t.lower(sp.From) == "to" && t.lower(sp.From-1) == "up" && t.w[sp.From+1].UPOS == "NUM" {
		sp.From--
	}
	return sp
}

// namedHead returns the word that names what a subject phrase headed by h
// refers to, for the graph: the name in apposition to a common noun ("the
// Ukrainian president, Volodymyr Zelensky"), or the complement of a
// partitive noun ("versions of ATACMS", "one of the commanders").
func (rd *reader) namedHead(h int) int {
	t := rd.t
	if t.w[h].UPOS != "NOUN" && t.w[h].UPOS != "NUM" && t.w[h].UPOS != "PRON" {
		return h
	}
	for _, k := range t.kids[h] {
		switch {
		case t.rel[k] == "appos" && t.w[k].UPOS == "PROPN" && t.w[h].UPOS == "NOUN":
			return k
		case t.rel[k] == "nmod" && k > h && partitives[t.lemma(h)] && t.nominal(k) && t.lower(firstCase(t, k)) == "of":
			return k
		}
	}
	return h
}

func firstCase(t *tree, k int) int {
	if c := t.child(k, "case"); c >= 0 {
		return c
	}
	return k
}

var partitives = set("version type kind sort form number series variety pair set part some many most all " +
	"each one none rest majority dozen hundred thousand million lot couple handful group batch shipment")

// lemma is the relation's lemma phrase: controlling verbs, the verb (or
// "be" and the participle of a passive), particles and prepositions.
func (rd *reader) lemma(c *clause, prep []int, r role, adj int) string {
	t := rd.t
	parts := append([]string{}, c.plemma...)
	switch {
	case c.copula:
		parts = append(parts, "be")
	case c.passive:
		parts = append(parts, "be", t.lower(c.verb))
	default:
		parts = append(parts, t.lemma(c.verb))
	}
	if adj >= 0 {
		parts = append(parts, t.lower(adj))
	}
	for _, p := range c.prt {
		parts = append(parts, t.lemma(p))
	}
	if r != roleComp { // "say", not "say that"
		for _, p := range prep {
			parts = append(parts, t.lower(p))
		}
	}
	return strings.Join(parts, " ")
}

// words joins the forms of tokens.
func (rd *reader) words(idx []int) string {
	parts := make([]string, len(idx))
	for i, k := range idx {
		parts[i] = rd.t.w[k].Form
	}
	return strings.Join(parts, " ")
}

// negative reports whether a phrase is negated by its first word, a "no"
// the graph's rendering leaves out: "no decision". A negative pronoun
// stays in the phrase and says it itself ("have nothing in their
// depots"), so the fact is not negated twice.
func (rd *reader) negative(sp extract.Span) bool {
	if sp.Len() < 2 {
		return false
	}
	return rd.t.lower(sp.From) == "no"
}

// dropArticle drops a leading article or "no" outside a name.
func (rd *reader) dropArticle(sp extract.Span) extract.Span {
	for sp.Len() > 1 && rd.mention[sp.From] < 0 {
		switch rd.t.lower(sp.From) {
		case "a", "an", "the", "no":
			sp.From++
			continue
		}
		break
	}
	return sp
}

func dedupInts(a []int) []int {
	seen := map[int]bool{}
	out := a[:0]
	for _, x := range a {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// temporal reports whether a phrase headed by h is a time: a number or a
// time word ("in 1941", "on Sunday").
func (rd *reader) temporal(h int) bool {
	return rd.t.w[h].UPOS == "NUM" || timeWords[rd.t.lower(h)]
}

var timeWords = set("year years month months week weeks day days time times century decade era period " +
	"january february march april may june july august september october november december " +
	"monday tuesday wednesday thursday friday saturday sunday morning evening night afternoon " +
	"today yesterday tomorrow season summer winter spring autumn fall")
