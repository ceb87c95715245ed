package lemma

import (
	"slices"
	"strings"
)

// Example is one training token.
type Example struct {
	Form, XPOS, Lemma string
}

// Train learns a Lemmatizer from tokens.
func Train(tokens []Example) *Lemmatizer {
	l := &Lemmatizer{table: map[string]string{}, rules: map[string]Rule{}}
	// Most frequent lemma per (form, xpos); ties go to the smaller lemma.
	counts := map[string]map[string]int{}
	for _, t := range tokens {
		if t.Lemma == "" || t.Lemma == "_" {
			continue
		}
		k := t.Form + "\x00" + t.XPOS
		if counts[k] == nil {
			counts[k] = map[string]int{}
		}
		counts[k][t.Lemma]++
	}
	ruleCounts := map[string]map[Rule]int{}
	for k, lemmas := range counts {
		best := bestKey(lemmas, func(a, b string) int { return strings.Compare(a, b) })
		l.table[k] = best
		form, xpos, _ := strings.Cut(k, "\x00")
		r := ruleFor(form, best)
		lower := strings.ToLower(form)
		if len(lower) != len(form) {
			continue
		}
		for n := 0; n <= min(maxSuffix, len(lower)); n++ {
			if n < r.Strip && n < len(lower) {
				continue // the ending must cover the stripped part
			}
			rk := xpos + "\x00" + lower[len(lower)-n:]
			if ruleCounts[rk] == nil {
				ruleCounts[rk] = map[Rule]int{}
			}
			ruleCounts[rk][r]++
		}
	}
	for rk, rc := range ruleCounts {
		l.rules[rk] = bestKey(rc, compareRules)
	}
	return l
}

func compareRules(a, b Rule) int {
	if a.Lower != b.Lower {
		if a.Lower {
			return -1
		}
		return 1
	}
	if a.Strip != b.Strip {
		return a.Strip - b.Strip
	}
	return strings.Compare(a.Append, b.Append)
}

// bestKey returns the key with the highest count, ties broken by cmp.
func bestKey[K comparable](m map[K]int, cmp func(a, b K) int) K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b K) int {
		if m[a] != m[b] {
			return m[b] - m[a]
		}
		return cmp(a, b)
	})
	return keys[0]
}
