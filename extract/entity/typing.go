package entity

import (
	"strings"

	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/graph"
)

// typeName types a run of proper nouns [i, j) that no gazetteer entry
// names, from its words and the words around it; Thing when no cue
// applies.
func (lx *Lexicon) typeName(words []nlp.Word, i, j int, taken []bool) graph.Type {
	switch {
	case lx.placeWords[words[j-1].Form] && j-i >= 2:
		return graph.Place
	case lx.anyOrgWord(words[i:j]):
		return graph.Organization
	case lx.givenNames[words[i].Form]:
		return graph.Person
	case i > 0 && lx.titles[words[i-1].Form]:
		return graph.Person
	case lx.titleBefore(words, i, taken):
		return graph.Person
	case j == i+1 && (isAcronym(words[i].Form) || camelCase(words[i].Form)):
		return graph.Organization
	case i > 0 && placePreposition(words[i-1].Form):
		return graph.Place
	}
	return graph.Thing
}

// isAcronym reports whether w is written in capitals, two to six letters
// ("FARC", "PT", "NASA").
func isAcronym(w string) bool { return len(w) >= 2 && len(w) <= 6 && isCaps(w) }

// placePreposition reports whether a name after w is a place ("in
// Fallujah"); "at", "to" and "of" were measured and left out (docs/entities.md).
func placePreposition(w string) bool { return w == "in" || w == "near" || w == "from" }

// camelCase reports whether w has a capital after a small letter, as brand
// names do ("PayPal", "NiMo"), but not surnames ("McDonald", "DeLay").
func camelCase(w string) bool {
	for _, p := range []string{"Mc", "Mac", "De", "Di", "La", "Le", "Van", "Von", "O'"} {
		if strings.HasPrefix(w, p) {
			return false
		}
	}
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
			return true
		}
	}
	return false
}
