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
	l := &Lemmatizer{table: map[key]string{}, rules: map[key]Rule{}}
	// Most frequent lemma per (form, xpos); ties go to the smaller lemma.
	counts := map[key]map[string]int{}
	for _, t := range tokens {
		if t.Lemma == "" || t.Lemma == "_" {
			continue
		}
		k := key{t.Form, t.XPOS}
		if counts[k] == nil {
			counts[k] = map[string]int{}
		}
		counts[k][t.Lemma]++
	}
	for k, lemmas := range counts {
		l.table[k] = bestKey(lemmas, strings.Compare)
	}
	// Whether each tag lower-cases: votes of capitalised word types.
	votes := map[string]int{}
	for k, lem := range l.table {
		if strings.ToLower(k.s) == k.s {
			continue
		}
		if r := ruleFor(k.s, lem, false); r.Lower {
			votes[k.xpos]++
		} else if r.Strip < len(k.s) {
			votes[k.xpos]--
		}
	}
	ruleCounts := map[key]map[Rule]int{}
	for k, best := range l.table {
		form, xpos := k.s, k.xpos
		r := ruleFor(form, best, votes[xpos] >= 0)
		lower := strings.ToLower(form)
		if len(lower) != len(form) {
			continue
		}
		for n := 0; n <= min(maxSuffix, len(lower)); n++ {
			if n < r.Strip && n < len(lower) {
				continue // the ending must cover the stripped part
			}
			rk := key{lower[len(lower)-n:], xpos}
			if ruleCounts[rk] == nil {
				ruleCounts[rk] = map[Rule]int{}
			}
			ruleCounts[rk][r]++
		}
	}
	for rk, rc := range ruleCounts {
		l.rules[rk] = bestKey(rc, compareRules)
	}
	l.index()
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
