package entity

import (
	"strings"
	"unicode"

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
			// "Muqtada al - Sadr", "Coca - Cola": a hyphen between proper nouns.
			if (words[j].Form == "of" || words[j].Form == "-") && j+1 < len(words) && !taken[j+1] && properNoun(words[j+1]) {
				j += 2
				continue
			}
			break
		}
		j = corporateEnd(words, j, taken)
		if !lx.nameLike(words[i:j]) {
			i = j
			continue
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
	if m.Type != graph.Person {
		m.Type = lx.typeName(words, m.From, j, taken)
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
// tagger left it untagged, is capitalised) and is not a web or e-mail
// address.
func properNoun(w nlp.Word) bool {
	switch {
	case isAddress(w.Form):
		return false
	case w.UPOS == "PROPN" || strings.HasPrefix(w.XPOS, "NNP"):
		return true
	case w.UPOS == "" && w.XPOS == "":
		return capitalised(w.Form) && w.Form != "I"
	}
	return false
}

// pluralDemonym reports whether w is the plural of a demonym
// ("Palestinians", "Iraqis").
func (lx *Lexicon) pluralDemonym(w string) bool {
	stem, ok := strings.CutSuffix(w, "s")
	return ok && lx.demonyms[stem] != ""
}

// isAddress reports whether a token is a web or e-mail address
// ("http://bbc.co.uk/news", "www.adobe.com", "jo@example.com").
func isAddress(f string) bool {
	if strings.Contains(f, "@") || strings.Contains(f, "://") || strings.HasPrefix(strings.ToLower(f), "www.") {
		return true
	}
	dot := strings.LastIndexByte(f, '.')
	if dot <= 0 {
		return false
	}
	switch strings.ToLower(strings.TrimRight(f[dot+1:], "/")) {
	case "com", "net", "org", "edu", "gov", "uk", "html", "htm":
		return true
	}
	return false
}

// nameLike reports whether a run of proper nouns looks like a name: it is
// not a plural demonym ("Palestinians": people, not a name) and a single
// token has two letters or more.
func (lx *Lexicon) nameLike(run []nlp.Word) bool {
	if len(run) == 1 && lx.pluralDemonym(run[0].Form) {
		return false
	}
	if len(run) == 1 && (run[0].XPOS == "NNPS" || lx.notNames[run[0].Form]) {
		return false
	}
	if len(run) == 1 && letters(run[0].Form) < 2 {
		return false
	}
	return true
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// corporateEnd returns the end of a name ending at j, taking in a company
// form after it ("Enron Corp.", "CCNG, Inc.").
func corporateEnd(words []nlp.Word, j int, taken []bool) int {
	k := j
	if k < len(words) && words[k].Form == "," {
		k++
	}
	if k < len(words) && !taken[k] && corporateForm(words[k].Form) {
		return k + 1
	}
	return j
}

func corporateForm(w string) bool {
	switch w {
	case "Inc.", "Inc", "Corp.", "Corp", "Co.", "Ltd.", "Ltd", "LTD.", "LLC", "L.L.C.", "PLC", "plc", "AG", "GmbH",
		"S.A.", "N.V.", "L.P.", "LP", "LLP":
		return true
	}
	return false
}
