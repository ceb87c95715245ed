package dep

import (
	"strings"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/graph"
)

// reader reads the facts of one sentence.
type reader struct {
	t       *tree
	s       *extract.Sentence
	openIE  bool
	mention []int  // mention index per token, or -1
	moved   []bool // words the clauses took as subjects from elsewhere in the parse
}

func newReader(s *extract.Sentence, openIE bool) *reader {
	rd := &reader{t: newTree(s.Words), s: s, openIE: openIE, mention: make([]int, len(s.Words)),
		moved: make([]bool, len(s.Words))}
	for i := range rd.mention {
		rd.mention[i] = -1
	}
	for k, m := range s.Mentions {
		for i := max(m.From, 0); i < m.To && i < len(rd.mention); i++ {
			rd.mention[i] = k
		}
	}
	return rd
}

// apart reports whether dependent k of a phrase's head is no part of the
// phrase as an argument: punctuation, relative clauses, appositions,
// coordinated items (read separately) and loosely attached material.
func (rd *reader) apart(k int) bool {
	t := rd.t
	switch t.rel[k] {
	case "punct", "appos", "conj", "cc", "parataxis", "dep", "discourse", "vocative", "reparandum",
		"list", "advcl", "dislocated", "orphan":
		return true
	case "xcomp":
		return t.prepositional(k) // "provide systems, given its opposition"
	case "acl":
		return t.relClause(k) || t.adverbialParticiple(k) || rd.parenthetical(k)
	case "nmod", "amod":
		return rd.parenthetical(k)
	}
	return false
}

// parenthetical reports whether the modifier headed by k is set off by
// commas on both sides ("The first, at a severity of 6.0, occurred"), or
// is a noun's modifier set off by a comma that runs to the end of the
// sentence ("a range capped at 165 kilometers, due to concerns about
// ...").
func (rd *reader) parenthetical(k int) bool {
	t := rd.t
	if h := t.head[k]; h < 0 || k < h {
		return false
	}
	from, to := t.extent(k, func(d int) bool { return t.punct(d) }, nil)
	if from == 0 || t.w[from-1].Form != "," {
		return false
	}
	if to+1 < len(t.w) && t.w[to+1].Form == "," {
		return true
	}
	return t.rel[k] == "nmod" && rd.final(to+1) && rd.afterClause(k)
}

// afterClause reports whether modifier k of a noun comes after a
// participle clause of the same noun, whose comma it follows: in "a range
// capped at 165 kilometers, due to concerns", "due to concerns" is about
// the capping, not part of the range.
func (rd *reader) afterClause(k int) bool {
	t := rd.t
	for _, d := range t.kids[t.head[k]] {
		if d < k && t.rel[d] == "acl" {
			return true
		}
	}
	return false
}

// final reports whether the words from i on are only closing punctuation.
func (rd *reader) final(i int) bool {
	for ; i < len(rd.t.w); i++ {
		if !rd.t.punct(i) || rd.t.w[i].Form == "," {
			return false
		}
	}
	return true
}

// trailingCondition reports whether clause k is a conditional clause
// after the content clause it belongs to, which the content keeps: "said
// the question would arise if Russia broke through".
func (rd *reader) trailingCondition(k int) bool {
	t := rd.t
	h := t.head[k]
	return t.rel[k] == "advcl" && h >= 0 && k > h && t.conditionMark(k) >= 0 && t.complement(h)
}

// deepApart reports whether word k, wherever it is inside a phrase, heads
// material that is no part of it: a relative clause or a parenthetical
// clause.
func (rd *reader) deepApart(k int) bool {
	switch rd.t.rel[k] {
	case "parataxis", "advcl":
		return true
	case "acl":
		return rd.t.relClause(k)
	}
	return false
}

// inClause reports whether dependent k of the predicate of c belongs to
// the clause rather than to its complement phrase: subject, copula,
// auxiliaries, other arguments and clausal modifiers.
func (rd *reader) inClause(c *clause, k int) bool {
	switch rd.t.rel[k] {
	case "nsubj", "csubj", "cop", "aux", "mark", "obl", "ccomp", "xcomp", "expl", "case", "obj", "iobj":
		return true
	case "advmod":
		return rd.t.isNegation(k) || k < c.verb
	}
	return rd.apart(k)
}

// phrase returns the span of the argument headed by h in clause c. With
// prep false, the argument's prepositions are left out (they go into the
// relation); head reduces the span to the words up to the head noun, as
// the pipeline reads a subject.
func (rd *reader) phrase(c *clause, h int, prep, head bool) extract.Span {
	t := rd.t
	skip := func(k int) bool {
		if c != nil && (t.dominates(k, c.pred) || k == c.subj) {
			return true
		}
		if c != nil && h == c.pred && rd.inClause(c, k) {
			return true
		}
		if (c == nil || h != c.pred) && t.has(h, "cop") && copulaKid(t, k) && t.rel[h] != "ccomp" && t.rel[h] != "advcl" && t.rel[h] != "xcomp" {
			return true // a copular predicate as an argument: "a think tank", not "X is a think tank"
		}
		if !prep && t.rel[k] == "case" && k < h {
			return true
		}
		if t.rel[k] == "mark" && !prep && k < h {
			return true
		}
		if head && k > h {
			switch t.rel[k] {
			case "flat", "fixed", "goeswith", "compound":
				return false
			}
			return true
		}
		if k > h && rd.trailingCondition(k) {
			return false
		}
		return rd.apart(k)
	}
	deep := func(k int) bool {
		if t.head[k] == h && k > h && rd.trailingCondition(k) {
			return false // "would arise if Russia broke through": the content keeps its condition
		}
		return rd.deepApart(k) || c != nil && k == c.subj && k != h // a subject the parser put inside
	}
	from, to := t.extent(h, skip, deep)
	if !prep {
		// "still in flux" without its "in": nothing before the preposition
		for _, k := range t.kids[h] {
			if t.rel[k] == "case" && k < h && k >= from {
				from = k + 1
			}
		}
	}
	if head {
		to = rd.titledEnd(rd.mentionEnd(to))
		from = rd.mentionStart(from)
	}
	return rd.trim(extract.Span{From: from, To: to + 1}, h)
}

func (rd *reader) mentionEnd(i int) int {
	if m := rd.mention[i]; m >= 0 {
		return min(rd.s.Mentions[m].To, len(rd.t.w)) - 1
	}
	return i
}

// titledEnd extends a phrase ending at word i in the title of a person
// to the person's name: "UK Defense Secretary" to "... Ben Wallace".
func (rd *reader) titledEnd(i int) int {
	if i+1 < len(rd.mention) {
		if m := rd.mention[i+1]; m >= 0 {
			mt := rd.s.Mentions[m]
			if mt.Title != "" && mt.TitleFrom <= i && mt.From == i+1 {
				return min(mt.To, len(rd.t.w)) - 1
			}
		}
	}
	return i
}

func (rd *reader) mentionStart(i int) int {
	if m := rd.mention[i]; m >= 0 {
		return max(rd.s.Mentions[m].From, 0)
	}
	return i
}

// trim drops punctuation and conjunctions from the edges of a span
// (keeping a quotation mark or bracket whose partner is inside), never
// past the head h.
func (rd *reader) trim(sp extract.Span, h int) extract.Span {
	t := rd.t
	for sp.From < h && (t.punct(sp.From) && !rd.paired(sp, sp.From) || t.rel[sp.From] == "cc" ||
		t.rel[sp.From] == "mark" && t.lower(sp.From) == "that") {
		sp.From++
	}
	for sp.To-1 > h && (t.punct(sp.To-1) && !rd.paired(sp, sp.To-1) || t.rel[sp.To-1] == "cc") {
		sp.To--
	}
	return sp
}

// paired reports whether punctuation token i of span sp is a quotation
// mark or bracket that opens or closes inside the span.
func (rd *reader) paired(sp extract.Span, i int) bool {
	f := rd.t.w[i].Form
	partner, open := pairs[f]
	if !open {
		for o, c := range pairs {
			if c == f && o != f {
				partner = o
			}
		}
		if partner == "" {
			return false
		}
	}
	for j := sp.From; j < sp.To; j++ {
		if j != i && rd.t.w[j].Form == partner && (open == (j > i)) {
			return true
		}
	}
	return false
}

var pairs = map[string]string{"``": "''", "(": ")", "-LRB-": "-RRB-", "[": "]", "\"": "\"", "“": "”", "‘": "’", "`": "'"}

// conjuncts returns h and the items coordinated with it that can stand
// in its place: "Britain, France and Germany".
func (rd *reader) conjuncts(h int) []int {
	t := rd.t
	out := []int{h}
	for _, k := range t.kids[h] {
		if t.rel[k] != "conj" || k < h || t.has(k, "nsubj") || t.has(k, "cop") || t.isVerb(k) != t.isVerb(h) {
			continue
		}
		if ck := t.cases(k); len(ck) > 0 && rd.words(ck) != rd.words(t.cases(h)) && !examples[strings.ToLower(rd.words(ck))] {
			continue // "amid a conversation within Ukraine and among its partners"
		} else if len(ck) > 0 && examples[strings.ToLower(rd.words(ck))] && rd.nounBetween(h, k) {
			continue // "adherence to some dictates, such as its objection to ...": an example of the dictates
		}
		if t.nominal(h) != t.nominal(k) && t.w[h].UPOS != t.w[k].UPOS || !rd.coordinated(h, k) {
			continue
		}
		out = append(out, k)
	}
	return out
}

// nounBetween reports whether a noun modifying h comes between h and its
// conjunct k: an example after it ("such as ...") is of that noun.
func (rd *reader) nounBetween(h, k int) bool {
	t := rd.t
	for _, d := range t.kids[h] {
		if d > h && d < k && t.rel[d] == "nmod" && t.nominal(d) {
			return true
		}
	}
	return false
}

// examples are the prepositions of a conjunct that names an example of
// what it is coordinated with: "companies, such as military contractors".
var examples = map[string]bool{"such as": true, "like": true, "including": true, "especially": true}

// coordinated reports whether conjunct k of h is marked as one: by a
// conjunction or a comma before it, or by coming after another conjunct
// ("Britain, France and Germany"). A conjunct with neither is a parse
// error inside a name: "renamed to Iowa Traction Railroad".
func (rd *reader) coordinated(h, k int) bool {
	t := rd.t
	for _, d := range t.kids[k] {
		if d < k && (t.rel[d] == "cc" || t.punct(d)) {
			return true
		}
	}
	if k > 0 && t.punct(k-1) {
		return true
	}
	for _, d := range t.kids[h] {
		if t.rel[d] == "cc" && d < k {
			return true
		}
	}
	return false
}

// person reports whether word i is part of a person mention.
func (rd *reader) person(i int) bool {
	m := rd.mention[i]
	return m >= 0 && rd.s.Mentions[m].Type == graph.Person
}

// copulaKid reports whether dependent k of a copular predicate belongs to
// its clause rather than to the noun phrase: subject, copula,
// auxiliaries, complementiser.
func copulaKid(t *tree, k int) bool {
	switch t.rel[k] {
	case "nsubj", "csubj", "cop", "aux", "mark", "expl":
		return true
	case "advmod":
		return t.isNegation(k)
	}
	return false
}
