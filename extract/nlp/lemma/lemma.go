// Package lemma maps English word forms to their lemmas given a Penn
// Treebank (XPOS) tag, following the conventions of UD English EWT
// (authorized/VBN -> authorize, 's/VBZ -> be, better/JJR -> good; proper
// nouns keep their case, other words are lower-cased).
//
// A Lemmatizer first looks the (form, XPOS) pair up in a table learned from
// a treebank, then the lower-cased form. Unseen words are handled by suffix
// rules learned from the same treebank: for each XPOS and each word-final
// string of up to five characters, the most frequent edit "lower-case or
// not, strip k characters, append s" among the training word types with
// that ending. The longest known ending whose rule gives a lemma of the
// table decides (underscored/VBN: "-ored" says underscor, "-ed" says
// underscore, a known lemma), and failing that the longest known ending.
// Lemmatizers are read-only after construction and safe for concurrent
// use.
package lemma

import (
	"strings"
)

// maxSuffix is the longest word ending used to choose a rule.
const maxSuffix = 5

// Rule is an edit turning a form into its lemma.
type Rule struct {
	Lower  bool   // lower-case the form first
	Strip  int    // number of bytes removed from the end
	Append string // appended after stripping
}

// Apply applies r to form; ok is false when the form is too short.
func (r Rule) Apply(form string) (lemma string, ok bool) {
	if r.Lower {
		form = strings.ToLower(form)
	}
	if r.Strip > len(form) {
		return "", false
	}
	return form[:len(form)-r.Strip] + r.Append, true
}

// ruleFor returns the edit that turns form into lemma, preferring the one
// that keeps the most of the form and, on ties, lower-cases if
// preferLower is set.
func ruleFor(form, lemma string, preferLower bool) Rule {
	keep := Rule{Strip: len(form) - commonPrefix(form, lemma)}
	keep.Append = lemma[len(form)-keep.Strip:]
	lower := strings.ToLower(form)
	if len(lower) != len(form) {
		return keep
	}
	low := Rule{Lower: true, Strip: len(lower) - commonPrefix(lower, lemma)}
	low.Append = lemma[len(lower)-low.Strip:]
	if low.Strip < keep.Strip || (low.Strip == keep.Strip && preferLower) {
		return low
	}
	return keep
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// Lemmatizer maps (form, XPOS) to a lemma.
type Lemmatizer struct {
	table map[key]string  // (form, xpos) -> lemma
	rules map[key]Rule    // (ending, xpos) -> rule
	known map[string]bool // lower-cased lemmas of the table
}

type key struct{ s, xpos string }

// Lemma returns the lemma of form tagged xpos.
func (l *Lemmatizer) Lemma(form, xpos string) string {
	if lem, ok := l.table[key{form, xpos}]; ok {
		return lem
	}
	lower := strings.ToLower(form)
	if lem, ok := l.table[key{lower, xpos}]; ok {
		return lem
	}
	first := ""
	for k := min(maxSuffix, len(lower)); k >= 0; k-- {
		r, ok := l.rules[key{lower[len(lower)-k:], xpos}]
		if !ok {
			continue
		}
		lem, ok := r.Apply(form)
		if !ok {
			continue
		}
		if l.known == nil || l.known[strings.ToLower(lem)] {
			return lem
		}
		if first == "" {
			first = lem
		}
	}
	if first != "" {
		return first
	}
	return form
}

// index collects the lemmas of the table, which Lemma prefers for unseen
// words.
func (l *Lemmatizer) index() {
	l.known = map[string]bool{}
	for _, lem := range l.table {
		l.known[strings.ToLower(lem)] = true
	}
}
