// Package dep is kg's main extractor: Open information extraction over
// dependency parses (Universal Dependencies relations, as extract/nlp
// produces them).
//
// Every predicate of a sentence becomes a clause: a verb, or the head of
// a copular predicate ("X is Y", "X remained cautious"). A copula over an
// infinitive joins its relation ("The deal is to cost $11.5bn" gives
// deal - be to cost - $11.5bn); a copula over a clause ("The issue was
// whether the plan worked", "The strategy is divide and conquer") gives
// the graph no fact. A clause's
// subject is its nsubj or csubj dependent or, failing that, is inherited:
//
//   - a coordinated verb takes the subject, auxiliaries and (when it
//     comes after both verbs) the object of the verb it is coordinated
//     with: "killed three soldiers and captured two";
//   - an infinitive takes the object of the verb it complements, or else
//     that verb's subject, whose verb group then joins the relation:
//     "authorized Ukraine to use ATACMS" gives Ukraine - use - ATACMS,
//     "wants to join NATO" gives X - want to join - NATO, "were able to
//     reinforce" gives X - be able to reinforce - Y;
//   - a relative clause puts the noun it modifies in place of the
//     relative pronoun: "commanders, who reported a critical situation";
//     a relative clause on the complement of a copula is about the
//     copula's subject ("X is a footballer who plays ...");
//   - a participle modifying a noun takes that noun: "missiles supplied
//     by Britain", "strikes using missiles"; a gerund after a preposition
//     ("the risks of escalating tensions") takes none;
//   - an adverbial participle takes the subject of its clause: "Speaking
//     at the conference, Zelensky reiterated ...", "Biden resisted such
//     calls, citing concerns"; after verbs like "accuse" it takes the
//     object: "accused Washington of adding fuel".
//
// A few parse errors common enough to matter are repaired: a finite verb
// left without a subject takes the noun phrase right before it ("the
// United Kingdom, and France has signaled": France signals, and supplies
// nothing), a relative pronoun attached outside a relative clause takes
// the noun before it, "it" or "they" in a clause coordinated with another
// is the subject of the clause right before when it can be ("Ukraine
// seeks ...; it seeks"), a verb with content of its own coordinated
// inside another speech verb's content is coordinated with that verb
// ("emphasized that X can be disclosed and highlighted that Y"), the
// object of a speech verb right before its subjectless content is that
// content's subject ("adding that demand for arms will remain high"), a
// participle set off by commas after a subject is passive ("The move,
// announced Sunday, marks"), and a noun tagged as a bare infinitive after
// an object heads it ("consider NATO membership a guarantee"), the last
// item of a list joins the list ("aid, training, and other guarantees"),
// and a finite verb taken for a relative clause of a main clause without
// a verb is that clause's verb ("These missiles, with a range of 300
// kilometers, were delivered"). Participles used as prepositions
// ("given", "including") head no clause.
//
// The fact's object is the clause's direct object or complement, else its
// first prepositional phrase after the verb (the preposition joins the
// relation: "run out of"; an adjective complement with a preposition
// joins too: "are equal to"), else a clausal complement; the other
// arguments (time, place, manner) go to Fact.Args in text order.
// Coordinated subjects and objects are distributed when a conjunction or
// comma marks them: "Britain, France and Germany signed" gives three
// facts. A light verb with a bare noun object and a prepositional phrase
// also gives the phrasal reading: "held talks with leaders" gives X -
// hold talks with - leaders. Appositions ("Dmitry Peskov, spokesperson
// for ...") and titles ("UK Defense Secretary Ben Wallace", "President
// Bush"; not honorifics such as "Mr.", nor times: "present-day
// Palestinians") give X - be - Y, the name first;
// for the graph, an apposition needs a comma, dash or bracket unless it
// names the common noun before it ("told the Financial Times earlier this
// week" has none), and none is read off a date ("..., WikiNews, April 25,
// 2005", "Last year, militants ...") or an acronym in brackets ("The
// Social Democratic Party (PSD)": another name, which the entity
// recogniser links when its letters fit).
// Arguments leave out relative clauses, appositions, coordinated items
// read separately and modifiers set off by commas.
//
// Reported speech: the content of "Zelensky said that X" (a clausal
// complement, or a quotation with a speech verb set in it) yields its own
// facts with Fact.Attribution set to the speaker, plus the speech act
// itself, Zelensky - say - X, with X as text (a conditional clause after
// the content stays in it). So does the content of a noun that names
// something said, or of a speech verb's object ("acknowledged the
// constraint that ...", "making the point that ..."), and a clause whose
// source a phrase names ("In Zelensky's words, ...", "according to
// Kyiv"). Content reported under a negated speech act, or under a verb of
// doubt or denial, is nobody's claim and yields no facts.
//
// Negation ("not", "never", "cannot", a "no" determiner the rendering
// leaves out) sets Fact.Negated; a modal auxiliary (may, might, could,
// would, should, must, can, shall) sets Fact.Modality. A clause without a
// modal takes "if" when it is a conditional clause ("if", "unless", "even
// if") or has one (not "even if": the clause holds either way), "whether"
// when it is the content of a yes-no question, and the modal of the
// clause a purpose infinitive depends on. All are inherited by
// coordinated verbs, infinitives and reported content.
//
// For the graph, clauses the text does not assert give no facts: embedded
// questions ("asking how many lives ..."), gerunds after "against",
// "without", "instead of" or completing a noun ("concerns over escalating
// the war"), infinitives completing a noun ("its goal to end the war") or
// after a copula whose subject names an aim ("The goal is to end the
// war"), the means of an intention ("threatened retaliation by supplying
// arms"), relative clauses with a modal ("assurances that would deter
// aggression"), the content of a directive without a modal ("ensure that
// X"), infinitives controlled by the object of a negated clause, and
// clauses whose verb or negation a limiting adverb qualifies ("rarely
// capture", "may not always align", "could not reliably say"); so do the
// clauses inside them. A lone pronoun object ("labeling it a radical
// change") names nothing in the graph and gives no fact either. Open IE
// output keeps them, as benchmarks annotate them. Facts are never dropped
// for being negated or modal.
//
// Confidence grows with how much structure a fact is read off (a main
// clause, an infinitive's controller, auxiliaries in the relation) and
// shrinks for loosely attached clauses (participles, adverbial and
// relative clauses), repaired subjects, reported content, long subjects
// and long sentences; on CaRB it ranks extractions by how often they
// match.
//
// Extractor's zero value renders facts for the knowledge graph: a passive
// with an agent is turned active (Britain - supply - missiles), a subject
// span ends at its head noun (or at the name in apposition to it, or at
// the complement of a partitive: "versions of ATACMS"), as the pipeline
// resolves subjects, leading articles are dropped and clausal subjects
// give no facts. With OpenIE set, facts follow Open IE benchmark
// conventions instead: arguments are whole phrases as written, passives
// keep their order, a fronted phrase keeps its preposition, and Surface
// is the relation as written, auxiliaries, adverbs and negation included
// ("has not yet been reached on").
package dep

import (
	"strings"

	"github.com/kgraph/kg/extract"
)

// Extractor reads facts off dependency parses. Its zero value is ready
// and renders facts for the knowledge graph.
type Extractor struct {
	// OpenIE selects Open IE benchmark conventions (see the package
	// documentation).
	OpenIE bool
}

// Name implements extract.Extractor.
func (Extractor) Name() string { return "dep" }

// Version implements extract.Extractor.
func (Extractor) Version() string { return "0.1" }

// NeedsParse implements extract.Extractor.
func (Extractor) NeedsParse() bool { return true }

// Extract implements extract.Extractor. Sentences without a parse yield
// no facts.
func (x Extractor) Extract(s *extract.Sentence) (out []extract.Fact) {
	if s == nil || !s.Parsed || len(s.Words) == 0 || len(s.Words) != len(s.Tokens) {
		return nil
	}
	defer func() {
		if recover() != nil {
			out = nil // a bug here must not take the pipeline down
		}
	}()
	return x.extract(s)
}

func (x Extractor) extract(s *extract.Sentence) []extract.Fact {
	rd := newReader(s, x.OpenIE)
	var out []extract.Fact
	cs := rd.t.clauses(rd.person, !x.OpenIE)
	for _, c := range cs {
		if c.how == fromAdjacent {
			rd.moved[c.subj] = true
		}
	}
	for _, c := range cs {
		out = append(out, rd.facts(c)...)
	}
	out = append(out, rd.appositions()...)
	out = append(out, rd.titles()...)
	return dedup(s, out, x.OpenIE)
}

// dedup drops facts that repeat an earlier one's arguments and relation,
// and facts with an empty argument or one that is a lone question word
// ("they wonder what").
func dedup(s *extract.Sentence, fs []extract.Fact, openIE bool) []extract.Fact {
	type key struct {
		s, o  extract.Span
		lemma string
	}
	seen := map[key]bool{}
	out := fs[:0]
	for _, f := range fs {
		if !valid(s, f.Subject) || !valid(s, f.Object) || wh(s, f.Subject) || wh(s, f.Object) || !openIE && (asks(s, f.Subject) || asks(s, f.Object)) {
			continue
		}
		k := key{f.Subject, f.Object, f.Lemma}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, f)
	}
	return out
}

// wh reports whether a span is a single wh-word: "what", "which".
func wh(s *extract.Sentence, sp extract.Span) bool {
	return sp.Len() == 1 && strings.HasPrefix(s.Words[sp.From].XPOS, "W")
}

// asks reports whether a span begins with a question word that leaves
// it open: "how many lives", "how quickly security guarantees".
func asks(s *extract.Sentence, sp extract.Span) bool {
	switch strings.ToLower(s.Words[sp.From].Form) {
	case "how", "why", "whether":
		return true
	}
	return false
}

// valid reports whether a span is a non-empty run of the sentence's words.
func valid(s *extract.Sentence, sp extract.Span) bool {
	return sp.From >= 0 && sp.From < sp.To && sp.To <= len(s.Words)
}
