package pipeline

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/extract/entity"
	"github.com/kgraph/kg/graph"
)

// resolver turns fact spans into terms for one article.
type resolver struct {
	art      *entity.Article
	lexicon  *entity.Lexicon
	people   []person               // persons named, in text order
	titlesOf map[graph.IRI][]string // titles the article gives each person
	sents    []*extract.Sentence
	used     map[graph.IRI]bool // entities some statement refers to
	named    []graph.IRI        // entities named in the text, in order
}

func newResolver(lx *entity.Lexicon, art *entity.Article, sents []*extract.Sentence) *resolver {
	r := &resolver{art: art, lexicon: lx, sents: sents, used: map[graph.IRI]bool{}, titlesOf: map[graph.IRI][]string{}}
	for _, s := range sents {
		for _, m := range s.Mentions {
			art.Learn(m)
		}
	}
	for _, s := range sents {
		for _, m := range s.Mentions {
			if m.Type.IsLiteral() {
				continue
			}
			id := art.Resolve(m).ID
			r.named = append(r.named, id)
			if m.Type == graph.Person {
				r.people = append(r.people, person{sentence: s.Index, token: m.From, mention: m})
				if m.Title != "" {
					r.titlesOf[id] = append(r.titlesOf[id], m.Title)
				}
			}
		}
	}
	return r
}

// statement resolves a fact's arguments; ok is false when the subject does
// not denote an entity.
func (r *resolver) statement(s *extract.Sentence, f extract.Fact, x extract.Extractor) (graph.Statement, bool) {
	if prepositionalBe(s, f) {
		return graph.Statement{}, false
	}
	subj, ok := r.subject(s, f.Subject)
	if !ok {
		return graph.Statement{}, false
	}
	obj := r.object(s, f.Object)
	if obj.Text == "" || subj.ID == obj.ID {
		return graph.Statement{}, false
	}
	var speaker graph.Term
	if f.Attribution.Len() > 0 {
		if speaker, ok = r.subject(s, f.Attribution); !ok {
			speaker = graph.Term{} // an unnamed source: the content stays, unattributed
		}
	}
	from, to := f.Subject.From, f.Object.To
	for _, i := range f.Relation {
		from, to = min(from, i), max(to, i+1)
	}
	from, to = min(from, f.Object.From), max(to, f.Subject.To)
	return graph.Statement{
		Subject:     subj,
		Predicate:   predicate(f, subj, obj),
		Object:      obj,
		Negated:     f.Negated,
		Modality:    f.Modality,
		Attribution: speaker,
		Prov: graph.Provenance{Article: s.Article, Sentence: s.Index,
			Start: s.Tokens[from].Start, End: s.Tokens[to-1].End,
			Extractor: x.Name(), Version: x.Version(), Confidence: math.Round(f.Confidence*1000) / 1000},
	}, true
}

func (r *resolver) subject(s *extract.Sentence, sp extract.Span) (graph.Term, bool) {
	head := s.Words[sp.To-1]
	if sp.Len() == 1 && head.UPOS == "PRON" {
		e, ok := r.antecedent(s, sp.From, head.Form)
		if !ok {
			return graph.Term{}, false
		}
		r.used[e.ID] = true
		return graph.EntityTerm(e), true
	}
	if m, ok := mentionAt(s, sp.To-1); ok {
		if m.Type.IsLiteral() {
			return graph.Term{}, false
		}
		e := r.art.Resolve(m)
		r.used[e.ID] = true
		return graph.EntityTerm(e), true
	}
	if e, ok := r.description(s, sp); ok {
		r.used[e.ID] = true
		return graph.EntityTerm(e), true
	}
	phrase := conceptPhrase(s, sp)
	if phrase == "" {
		return graph.Term{}, false
	}
	e := r.art.Concept(s.Article, phrase)
	r.used[e.ID] = true
	return graph.EntityTerm(e), true
}

func (r *resolver) object(s *extract.Sentence, sp extract.Span) graph.Term {
	if m, ok := mentionAt(s, sp.To-1); ok && m.From <= sp.From {
		if m.Type.IsLiteral() {
			if m.Value != "" {
				return graph.Literal(m.Type, m.Value)
			}
			return graph.Literal(m.Type, s.WordsIn(extract.Span{From: m.From, To: m.To}))
		}
		e := r.art.Resolve(m)
		r.used[e.ID] = true
		return graph.EntityTerm(e)
	}
	if m, ok := r.headMention(s, sp); ok {
		e := r.art.Resolve(m)
		r.used[e.ID] = true
		return graph.EntityTerm(e)
	}
	return graph.Literal(graph.Text, s.WordsIn(sp))
}

// predicate is the relation of a fact between subj and obj. An
// apposition of a place to a place says where the first is ("Madrid,
// Spain"; "Houston, Texas"): "be in", not "be".
func predicate(f extract.Fact, subj, obj graph.Term) graph.Predicate {
	if f.Lemma == "be" && f.Surface == "be" && subj.Type == graph.Place && obj.Type == graph.Place && obj.IsEntity() {
		return graph.Predicate{Lemma: "be in", Surface: "be in"}
	}
	return graph.Predicate{Lemma: f.Lemma, Surface: f.Surface}
}

// prepositionalBe reports whether f says a thing "is" a prepositional
// phrase: "Celso Amorim - be - of Foreign Relations", "Interfax - be - by a
// source". Such facts come from appositions misread around a name (on the
// first 600 Wikinews articles all 25 of a sample of the 179 were wrong);
// a relation that takes a preposition keeps it in its lemma ("be in").
func prepositionalBe(s *extract.Sentence, f extract.Fact) bool {
	return f.Lemma == "be" && f.Object.Len() > 0 && s.Words[f.Object.From].UPOS == "ADP"
}

// headMention returns the named entity a phrase is about when a whole,
// typed name is the phrase's head and the rest only qualifies it.
//
// Before the name: its title and words that are neither numbers nor
// capitalised ("US-supplied Army Tactical Missile Systems", "Prime Minister
// Tony Blair", "Russia's Kursk region"; not "20 Patriot systems", where the
// number matters, or "BBC News" and "European Constitution", where the
// recogniser found only part of a name), and a nationality followed by a
// lower-case word ("Chinese president Hu Jintao"; on the first 600
// Wikinews articles 3 objects, all now the right entity). After it: nothing, or a
// prepositional phrase that does not go on with a name ("Duda in Kyiv",
// "the EU since 2003"; not "Republic of China", nor "NATO membership",
// where a parse error made NATO the head). Untyped names (Thing) are often
// such parts, so they count only when they are the whole phrase (object),
// and a demonym is not its place ("unarmed and wounded Iraqi" is not Iraq).
func (r *resolver) headMention(s *extract.Sentence, sp extract.Span) (entity.Mention, bool) {
	m, ok := mentionAt(s, spanHead(s, sp))
	if !ok || m.Type.IsLiteral() || m.Type == graph.Thing || r.lexicon.IsDemonym(m) {
		return entity.Mention{}, false
	}
	for i := sp.From; i < m.From; i++ {
		if m.Title != "" && i >= m.TitleFrom {
			break
		}
		if i+1 < m.From && (s.Words[i+1].Form == "-" || s.Words[i+1].XPOS == "POS") {
			continue // "US-supplied", "Russia's": a modifier, not the name
		}
		if d, ok := mentionAt(s, i); ok && r.lexicon.IsDemonym(d) && d.To < m.From && !capitalised(s.Words[d.To].Form) {
			i = d.To - 1
			continue // "Chinese president Hu Jintao": a nationality before a lower-case word
		}
		if w := s.Words[i]; w.UPOS == "NUM" || w.UPOS == "PROPN" || capitalised(w.Form) {
			return entity.Mention{}, false
		}
	}
	if m.To < sp.To && (s.Words[m.To].UPOS != "ADP" || namesOn(s, m.To, sp.To)) {
		return entity.Mention{}, false
	}
	return m, true
}

// capitalised reports whether a word begins with a capital letter
// ("European" and "Japanese" may begin a name).
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// namesOn reports whether the preposition at token i continues a name:
// "of" followed, after an optional determiner, by a proper noun or a
// capitalised word before token end ("Ministry of Foreign Affairs").
func namesOn(s *extract.Sentence, i, end int) bool {
	if !strings.EqualFold(s.Words[i].Form, "of") {
		return false
	}
	for i++; i < end && s.Words[i].UPOS == "DET"; i++ {
	}
	return i < end && (s.Words[i].UPOS == "PROPN" || capitalised(s.Words[i].Form))
}

// spanHead returns the syntactic head of the phrase sp in a parsed
// sentence: its first word, punctuation aside, whose head lies outside the
// phrase. Without a parse it is the last token, English noun phrases'
// usual head.
func spanHead(s *extract.Sentence, sp extract.Span) int {
	if s.Parsed {
		for i := sp.From; i < sp.To; i++ {
			if w := s.Words[i]; w.UPOS != "PUNCT" && !sp.Contains(w.Head-1) {
				return i
			}
		}
	}
	return sp.To - 1
}

// antecedent resolves "he"/"she" to the person named last before token i
// of sentence s, looking back at most three sentences.
func (r *resolver) antecedent(s *extract.Sentence, i int, pronoun string) (graph.Entity, bool) {
	switch strings.ToLower(pronoun) {
	case "he", "she", "him", "her":
	default:
		return graph.Entity{}, false
	}
	for k := s.Index; k >= 0 && k >= s.Index-3; k-- {
		ms := r.sents[k].Mentions
		for j := len(ms) - 1; j >= 0; j-- {
			if ms[j].Type == graph.Person && (k < s.Index || ms[j].To <= i) {
				return r.art.Resolve(ms[j]), true
			}
		}
	}
	return graph.Entity{}, false
}

func mentionAt(s *extract.Sentence, i int) (entity.Mention, bool) {
	for _, m := range s.Mentions {
		if i >= m.From && i < m.To {
			return m, true
		}
	}
	return entity.Mention{}, false
}

// conceptPhrase is the label of an unnamed noun phrase: its words, with a
// sentence-initial capital lowered ("Analysts" -> "analysts"). A phrase
// without a letter names nothing ("40" in "Pearl Ryner, 40, a refugee",
// "13" in "13 of the members were injured"): it gives "".
func conceptPhrase(s *extract.Sentence, sp extract.Span) string {
	p := s.WordsIn(sp)
	if strings.IndexFunc(p, unicode.IsLetter) < 0 {
		return ""
	}
	if sp.From == 0 && s.Words[0].UPOS != "PROPN" && len(p) > 1 {
		r, n := utf8.DecodeRuneInString(p)
		p = string(unicode.ToLower(r)) + p[n:]
	}
	return p
}

// titles states the titles split off person names: "US President Joe
// Biden" gives Joe Biden - hold title - US President.
func (r *resolver) titles(s *extract.Sentence) []graph.Statement {
	var out []graph.Statement
	for _, m := range s.Mentions {
		if m.Title == "" || m.TitleFrom >= m.From || addressOnly(m.Title) {
			continue
		}
		e := r.art.Resolve(m)
		r.used[e.ID] = true
		out = append(out, graph.Statement{
			Subject:   graph.EntityTerm(e),
			Predicate: graph.Predicate{Lemma: "hold title", Surface: m.Title},
			Object:    graph.Literal(graph.Text, m.Title),
			Prov: graph.Provenance{Article: s.Article, Sentence: s.Index,
				Start: s.Tokens[m.TitleFrom].Start, End: s.Tokens[m.To-1].End,
				Extractor: "titles", Version: "0.1", Confidence: 0.85},
		})
	}
	return out
}

// addressOnly reports whether a title is only forms of address ("Mr",
// "Mrs.", "Ms"), which tell how a person is addressed, not what office
// they hold: "Mr Pasqua" gives the person, but no "hold title" statement
// (a quarter of the title statements on the first 600 Wikinews articles
// were "Mr" and the like).
func addressOnly(title string) bool {
	for _, w := range strings.Fields(title) {
		switch strings.ToLower(strings.TrimSuffix(w, ".")) {
		case "mr", "mrs", "ms", "miss", "mx", "messrs", "mme", "mlle":
		default:
			return false
		}
	}
	return true
}

// finish returns the article's entities (those named in the text or used
// by a statement) with their final types, and the statements with their
// terms updated to match.
func (r *resolver) finish(sts []graph.Statement) ([]graph.Entity, []graph.Statement) {
	keep := map[graph.IRI]bool{}
	for _, id := range r.named {
		keep[id] = true
	}
	byID := map[graph.IRI]graph.Entity{}
	var ents []graph.Entity
	for _, e := range r.art.Entities() {
		if keep[e.ID] || r.used[e.ID] {
			ents = append(ents, e)
			byID[e.ID] = e
		}
	}
	for i := range sts {
		if e, ok := byID[sts[i].Subject.ID]; ok {
			sts[i].Subject = graph.EntityTerm(e)
		}
		if e, ok := byID[sts[i].Object.ID]; ok {
			sts[i].Object = graph.EntityTerm(e)
		}
		if e, ok := byID[sts[i].Attribution.ID]; ok {
			sts[i].Attribution = graph.EntityTerm(e)
		}
	}
	return ents, sts
}
