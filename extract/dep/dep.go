// Package dep is kg's main extractor: Open information extraction over
// dependency parses (Universal Dependencies relations, as extract/nlp
// produces them).
//
// Every predicate of a sentence becomes a clause: a verb, or the head of
// a copular predicate ("X is Y", "X remained cautious"). A clause's
// subject is its nsubj or csubj dependent or, failing that, is inherited:
//
//   - a coordinated verb takes the subject, auxiliaries and (when it
//     comes after both verbs) the object of the verb it is coordinated
//     with: "killed three soldiers and captured two";
//   - an infinitive takes the object of the verb it complements, or else
//     that verb's subject, whose verb group then joins the relation:
//     "authorized Ukraine to use ATACMS" gives Ukraine - use - ATACMS,
//     "wants to join NATO" gives X - want to join - NATO;
//   - a relative clause puts the noun it modifies in place of the
//     relative pronoun: "commanders, who reported a critical situation";
//   - a participle modifying a noun takes that noun: "missiles supplied
//     by Britain", "strikes using missiles";
//   - an adverbial participle takes the subject of its clause: "Speaking
//     at the conference, Zelensky reiterated ...".
//
// The fact's object is the clause's direct object or complement, else its
// first prepositional phrase (the preposition joins the relation: "run
// out of"), else a clausal complement; the other arguments (time, place,
// manner) go to Fact.Args. Coordinated subjects and objects are
// distributed: "Britain, France and Germany signed" gives three facts.
// Appositions ("Dmitry Peskov, spokesperson for ...") and titles ("UK
// Defense Secretary Ben Wallace") give X - be - Y.
//
// Reported speech: the content of "Zelensky said that X" (a clausal
// complement, or a quotation with a speech verb set in it) yields its own
// facts with Fact.Attribution set to the speaker, plus the speech act
// itself, Zelensky - say - X, with X as text. Content reported under a
// negated speech act is nobody's claim and yields no facts.
//
// Negation ("not", "never", a "no" determiner on an argument) sets
// Fact.Negated; a modal auxiliary (may, might, could, would, should, must,
// can, shall) sets Fact.Modality, and so does the conjunction of a
// conditional clause ("if", "unless"); both are inherited by coordinated
// verbs and infinitives. Facts are never dropped for being negated or
// modal.
//
// Extractor's zero value renders facts for the knowledge graph: a passive
// with an agent is turned active (Britain - supply - missiles), a subject
// span ends at its head noun (as the pipeline resolves it) and leading
// articles are dropped. With OpenIE set, facts follow Open IE benchmark
// conventions instead: arguments are whole phrases as written, passives
// keep their order, and Surface is the relation as written, auxiliaries
// and negation included ("has not been reached on").
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
	cs := rd.t.clauses(rd.person)
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
	return dedup(s, out)
}

// dedup drops facts that repeat an earlier one's arguments and relation,
// and facts with an empty argument or one that is a lone question word
// ("they wonder what").
func dedup(s *extract.Sentence, fs []extract.Fact) []extract.Fact {
	type key struct {
		s, o  extract.Span
		lemma string
	}
	seen := map[key]bool{}
	out := fs[:0]
	for _, f := range fs {
		if !valid(s, f.Subject) || !valid(s, f.Object) || wh(s, f.Subject) || wh(s, f.Object) {
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

// valid reports whether a span is a non-empty run of the sentence's words.
func valid(s *extract.Sentence, sp extract.Span) bool {
	return sp.From >= 0 && sp.From < sp.To && sp.To <= len(s.Words)
}
