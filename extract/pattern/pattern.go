// Package pattern is kg's first extractor: relation phrases found by
// part-of-speech patterns between the noun phrases around them, in the
// manner of ReVerb (Fader et al., 2011).
//
// For every verb phrase (auxiliaries, negation, adverbs, verb, particles,
// an optional final preposition) the subject is the noun phrase right
// before it (skipping a parenthetical set off by commas, and a relative
// pronoun: "Peskov, spokesperson for Putin, accused ..."; "commanders,
// who reported ...") and the object is the noun phrase right after it,
// extended by "of" phrases. A copula with no verb relates its subject to
// the noun or adjective phrase after it. Passive clauses with a "by" agent
// are turned around. Negation ("not", "never", a "no" determiner) and
// modal verbs become flags; the confidence grows with how name-like the
// arguments are and shrinks with the length of the relation.
package pattern

import (
	"github.com/kgraph/kg/extract"
)

// Extractor is the part-of-speech pattern extractor. Its zero value is ready.
type Extractor struct{}

// Name implements extract.Extractor.
func (Extractor) Name() string { return "pattern" }

// Version implements extract.Extractor.
func (Extractor) Version() string { return "0.1" }

// NeedsParse implements extract.Extractor: patterns need only tags.
func (Extractor) NeedsParse() bool { return false }

// Extract implements extract.Extractor.
func (Extractor) Extract(s *extract.Sentence) []extract.Fact {
	nps, np := chunks(s)
	var out []extract.Fact
	for i := 0; i < len(s.Words); i++ {
		if np[i] >= 0 || i > 0 && s.Words[i-1].Form == "-" {
			continue // inside a noun phrase, or "US-supplied": a modifier, not a predicate
		}
		r, ok := relationAt(s.Words, i)
		if !ok {
			continue
		}
		if f, ok := fact(s, nps, np, r); ok {
			out = append(out, f)
		}
		i = r.to - 1
	}
	return out
}
