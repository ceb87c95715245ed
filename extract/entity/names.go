package entity

import (
	"strings"

	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/graph"
)

// nameRuns finds runs of proper nouns not already taken and types them.
func (lx *Lexicon) nameRuns(words []nlp.Word, taken []bool) []Mention {
	var out []Mention
	for i := 0; i < len(words); {
		orgDemonym := lx.demonyms[words[i].Form] != "" && lx.startsOrgName(words, i+1, taken)
		if taken[i] || !properNoun(words[i]) && !orgDemonym {
			i++
			continue
		}
		j := i + 1
		for j < len(words) && !taken[j] {
			if properNoun(words[j]) {
				j++
				continue
			}
			// "Ministry of Defense": "of" inside a run of proper nouns.
			if words[j].Form == "of" && j+1 < len(words) && !taken[j+1] && properNoun(words[j+1]) {
				j += 2
				continue
			}
			break
		}
		if m, ok := lx.typeRun(words, i, j, taken); ok {
			out = append(out, m)
		}
		i = j
	}
	return out
}

// typeRun splits leading titles off the run [i, j) and types the rest.
func (lx *Lexicon) typeRun(words []nlp.Word, i, j int, taken []bool) (Mention, bool) {
	last := -1
	for k := i; k < j; k++ {
		if lx.titles[words[k].Form] {
			last = k
		}
	}
	titled := false
	if last >= 0 && last < j-1 && !lx.orgWords[words[j-1].Form] {
		// A title word followed by a name: the name is a person. A title
		// right before the run counts too ("spokesperson ... Vladimir Putin").
		titled = true
	}
	m := Mention{From: i, To: j, Type: graph.Thing}
	if titled {
		m.From = last + 1
		m.Type = graph.Person
	}
	if m.From < j && words[m.From].Form == "of" {
		return m, false
	}
	if last == j-1 && !lx.anyOrgWord(words[i:j]) {
		return m, false // only titles: "Defense Secretary"
	}
	switch {
	case m.Type == graph.Person:
	case lx.anyOrgWord(words[m.From:j]):
		m.Type = graph.Organization
	case lx.givenNames[words[m.From].Form] && j-m.From >= 2:
		m.Type = graph.Person
	case m.From > 0 && lx.titles[words[m.From-1].Form]:
		m.Type = graph.Person
	case lx.titleBefore(words, m.From, taken):
		m.Type = graph.Person
	}
	return m, true
}

func (lx *Lexicon) anyOrgWord(ws []nlp.Word) bool {
	for _, w := range ws {
		if lx.orgWords[w.Form] {
			return true
		}
	}
	return false
}

// titleBefore reports whether a gazetteer place or demonym plus title
// precedes i: "Polish President Andrzej Duda" tags Polish as ADJ.
func (lx *Lexicon) titleBefore(words []nlp.Word, i int, taken []bool) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if lx.titles[words[k].Form] {
			return true
		}
		if !taken[k] && words[k].UPOS != "ADJ" && !properNoun(words[k]) {
			return false
		}
	}
	return false
}

// properNoun reports whether w is tagged as a proper noun (or, when the
// tagger left it untagged, is capitalised).
func properNoun(w nlp.Word) bool {
	switch {
	case w.UPOS == "PROPN" || strings.HasPrefix(w.XPOS, "NNP"):
		return true
	case w.UPOS == "" && w.XPOS == "":
		return capitalised(w.Form) && w.Form != "I"
	}
	return false
}
