package entity

import (
	"strings"

	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/graph"
)

// demonymMentions finds capitalised adjectives of nationality ("Polish",
// "North Korean") not yet taken; each mentions its place.
func (lx *Lexicon) demonymMentions(words []nlp.Word, taken []bool) []Mention {
	var out []Mention
	for i := 0; i < len(words); i++ {
		if taken[i] || !capitalised(words[i].Form) {
			continue
		}
		for n := 2; n >= 1; n-- {
			if i+n > len(words) || !free(taken, i, i+n) {
				continue
			}
			if place, ok := lx.demonyms[tokenKey(forms(words[i:i+n]))]; ok && !lx.startsOrgName(words, i+n, taken) {
				out = append(out, Mention{From: i, To: i + n, Type: graph.Place, Label: place})
				i += n - 1
				break
			}
		}
	}
	return out
}

// startsOrgName reports whether a run of proper nouns starting at i is an
// organisation's name, which a demonym before it belongs to ("European
// Space Agency").
func (lx *Lexicon) startsOrgName(words []nlp.Word, i int, taken []bool) bool {
	for ; i < len(words) && !taken[i] && (properNoun(words[i]) || words[i].Form == "of"); i++ {
		if lx.orgWords[words[i].Form] {
			return true
		}
	}
	return false
}

// linkAcronyms links "Army Tactical Missile Systems ( ATACMs )": a
// mention followed by a parenthesised token whose letters abbreviate the
// mention's words. The acronym becomes (or is retyped as) a mention of the
// same entity. ms must be sorted.
func linkAcronyms(words []nlp.Word, ms []Mention) []Mention {
	for i, m := range ms {
		if m.Type.IsLiteral() || m.To+2 >= len(words) || words[m.To].Form != "(" || words[m.To+2].Form != ")" {
			continue
		}
		if !isAcronymOf(words[m.To+1].Form, forms(words[m.From:m.To])) {
			continue
		}
		label := m.Label
		if label == "" {
			label = joinForms(words[m.From:m.To])
		}
		acr := Mention{From: m.To + 1, To: m.To + 2, Type: m.Type, Label: label, Text: words[m.To+1].Form}
		if i+1 < len(ms) && ms[i+1].From == acr.From {
			if ms[i+1].Label == "" {
				ms[i+1].Label, ms[i+1].Type = label, m.Type
			}
			continue
		}
		ms = append(ms, acr)
	}
	sortMentions(ms)
	return ms
}

// isAcronymOf reports whether acr abbreviates the words: every word
// gives the next letter of acr by its initial and may give more letters
// from inside it, in order ("ATACMS" for "Army TACtical MiSsile Systems");
// case is ignored and a final lower-case plural s too ("ATACMs").
func isAcronymOf(acr string, words []string) bool {
	stem := strings.TrimSuffix(acr, "s")
	if len(stem) < 2 || len(words) < 2 || strings.ToUpper(stem) != stem {
		return false
	}
	lower := make([]string, len(words))
	for i, w := range words {
		lower[i] = strings.ToLower(w)
	}
	return abbreviates(strings.ToLower(acr), lower) || abbreviates(strings.ToLower(stem), lower)
}

func abbreviates(acr string, words []string) bool {
	if len(words) == 0 {
		return acr == ""
	}
	w := words[0]
	if acr == "" || w == "" || acr[0] != w[0] {
		// function words ("of", "the") may be skipped
		return isFunctionWord(w) && abbreviates(acr, words[1:])
	}
	// take the initial, then any number of further letters of w in order
	for n := 1; n <= len(acr); n++ {
		if !subsequence(acr[1:n], w[1:]) {
			break
		}
		if abbreviates(acr[n:], words[1:]) {
			return true
		}
	}
	return false
}

func subsequence(s, of string) bool {
	j := 0
	for i := 0; i < len(of) && j < len(s); i++ {
		if of[i] == s[j] {
			j++
		}
	}
	return j == len(s)
}

func isFunctionWord(w string) bool {
	switch w {
	case "of", "the", "and", "for", "on", "in", "de", "-":
		return true
	}
	return false
}
