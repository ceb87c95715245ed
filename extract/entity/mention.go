package entity

import (
	"strings"

	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/graph"
)

// Mention is a recognised name or literal: tokens [From, To) of a sentence.
type Mention struct {
	From, To  int
	Type      graph.Type // entity type or literal kind
	Label     string     // canonical label when the gazetteer knows the name
	Value     string     // normalised literal value (ISO date), else ""
	Title     string     // title before a person's name ("UK Defense Secretary"), else ""
	TitleFrom int        // first token of Title
	Text      string     // the mention's words
}

// Recognize returns the mentions in a tagged sentence, in order and
// non-overlapping.
func (lx *Lexicon) Recognize(words []nlp.Word) []Mention {
	taken := make([]bool, len(words))
	var out []Mention
	keep := func(m Mention) {
		for i := m.From; i < m.To; i++ {
			taken[i] = true
		}
		m.Text = joinForms(words[m.From:m.To])
		out = append(out, m)
	}
	for _, m := range lx.gazetteerMatches(words) {
		keep(m)
	}
	for _, m := range literals(words, taken) {
		keep(m)
	}
	for _, m := range lx.demonymMentions(words, taken) {
		keep(m)
	}
	for _, m := range lx.nameRuns(words, taken) {
		keep(m)
	}
	sortMentions(out)
	out = linkAcronyms(words, out)
	for i := range out {
		if out[i].Type == graph.Person {
			lx.attachTitle(words, &out[i])
		}
	}
	return out
}

// attachTitle finds the title right before a person's name: title words
// and the capitalised words (places, organisations, demonyms) before them.
func (lx *Lexicon) attachTitle(words []nlp.Word, m *Mention) {
	j := m.From - 1
	if j < 0 || !lx.titles[words[j].Form] {
		return
	}
	for j > 0 {
		w := words[j-1]
		if !lx.titles[w.Form] && !(capitalised(w.Form) && (w.UPOS == "ADJ" || w.UPOS == "PROPN" || w.UPOS == "NOUN")) {
			break
		}
		j--
	}
	m.TitleFrom = j
	m.Title = joinForms(words[j:m.From])
}

func (lx *Lexicon) gazetteerMatches(words []nlp.Word) []Mention {
	var out []Mention
	none := make([]bool, len(words)) // nothing is taken yet
	for i := 0; i < len(words); {
		n, k := lx.lookupAt(words, i)
		if n == 0 {
			i++
			continue
		}
		prev := 0 // end of the last mention
		if len(out) > 0 {
			prev = out[len(out)-1].To
		}
		m, ok := lx.gazetteerMention(words, prev, i, i+n, k, none)
		if ok {
			out = append(out, m)
			i = m.To
			continue
		}
		i += n
	}
	return out
}

// lookupAt returns the longest gazetteer name at i: as written, or a place
// in lower case ("kerala"), or a name in capitals ("TEHRAN").
func (lx *Lexicon) lookupAt(words []nlp.Word, i int) (int, Known) {
	if n := lx.longestName(words, i); n > 0 {
		return n, lx.names[tokenKey(forms(words[i:i+n]))]
	}
	if n, k := lx.longestLower(words, i); n > 0 {
		return n, k
	}
	return lx.longestCaps(words, i)
}

// gazetteerMention makes the mention of entry k found at [i, j): without
// a leading "the" ("the US"), with a compass word at or after prev before
// a place ("East Jerusalem", a place of its own) and a company form after
// an organisation ("Enron Corp."). ok is false when the place belongs to a
// longer name ("Houston Chronicle", "University of Texas"), which nameRuns
// will find.
func (lx *Lexicon) gazetteerMention(words []nlp.Word, prev, i, j int, k Known, none []bool) (Mention, bool) {
	m := Mention{From: i, To: j, Type: k.Type, Label: k.Label}
	if j-i > 1 && strings.EqualFold(words[i].Form, "the") {
		m.From++
	}
	switch k.Type {
	case graph.Place:
		if lx.inLongerName(words, m.From, j, none) {
			return m, false
		}
		if f := m.From; f > prev && compassWord(words[f-1].Form) && (f < 2 || !capitalised(words[f-2].Form)) {
			m.From, m.Label = f-1, ""
		}
	case graph.Organization:
		if lx.extendsName(words, m.From) {
			return m, false
		}
		m.To = corporateEnd(words, j, none)
	}
	return m, true
}

// extendsName reports whether the proper noun before token i begins a
// longer name that an organisation's name at i only ends: "New Democratic
// Party" and "Social Democratic Party" are not the Democratic Party, which
// nameRuns then leaves to be their own. A place or a nationality before
// the name does not ("United States Democratic Party", "Wisconsin
// Democratic Party": the party, or a branch of it).
func (lx *Lexicon) extendsName(words []nlp.Word, i int) bool {
	if i == 0 || !properNoun(words[i-1]) || !capitalised(words[i-1].Form) {
		return false
	}
	if _, ok := lx.demonyms[words[i-1].Form]; ok {
		return false
	}
	for k := max(0, i-4); k < i; k++ { // a known name ending at i
		if n, _ := lx.lookupAt(words, k); n > 0 && k+n == i {
			return false
		}
	}
	// A person's name before it ("Sara Shackleton Enron Wholesale
	// Services", a signature): a given name or an initial opens a run of
	// two words or more (one word alone is "Christian Democrats").
	k := i - 1
	for k > 0 && properNoun(words[k-1]) && capitalised(words[k-1].Form) {
		k--
	}
	return k == i-1 || !lx.givenNames[words[k].Form] && !initial(words[k].Form)
}

// initial reports whether w is an initial: "E.".
func initial(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

// inLongerName reports whether the place name [from, to) belongs to a
// longer name around it: an organisation's, with proper nouns ending in an
// organisation word after it ("Chicago Symphony Orchestra") or an
// organisation word and "of" before it ("University of Texas"); or a
// place's, with proper nouns ending in a place word after it ("Texas
// City"). none marks no token taken.
func (lx *Lexicon) inLongerName(words []nlp.Word, from, to int, none []bool) bool {
	if from >= 2 && words[from-1].Form == "of" && lx.orgWords[words[from-2].Form] {
		return true
	}
	if lx.startsOrgName(words, to, none) {
		return true
	}
	k := to
	for k < len(words) && properNoun(words[k]) {
		k++
	}
	return k > to && lx.placeWords[words[k-1].Form]
}

// longestName returns the length of the longest gazetteer name at i, 0 if none.
// Names must start with a capital letter or a digit in the text, or with a
// lower-case particle ("bin Laden", "al-Sadr"), possibly after "the".
func (lx *Lexicon) longestName(words []nlp.Word, i int) int {
	first := words[i].Form
	if strings.EqualFold(first, "the") && i+1 < len(words) {
		first = words[i+1].Form
	}
	longest := lx.firstWords[firstWord(first)]
	if !capitalised(words[i].Form) && !particle(words[i].Form) || longest == 0 {
		return 0
	}
	if first != words[i].Form {
		longest++ // "the"
	}
	for n := min(longest, len(words)-i); n > 0; n-- {
		if _, ok := lx.names[tokenKey(forms(words[i:i+n]))]; ok {
			return n
		}
	}
	return 0
}

// particle reports whether w is a lower-case word that may begin a name.
func particle(w string) bool {
	switch w {
	case "al", "el", "bin", "ibn", "de", "da", "von", "van", "der", "du", "di", "del", "la", "le":
		return true
	}
	return false
}

func forms(ws []nlp.Word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Form
	}
	return out
}

func joinForms(ws []nlp.Word) string { return tokenKey(forms(ws)) }

func capitalised(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func sortMentions(ms []Mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].From < ms[j-1].From; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// longestLower returns the longest place name written in lower case at i
// ("kerala", "san francisco").
func (lx *Lexicon) longestLower(words []nlp.Word, i int) (int, Known) {
	longest := lx.lowFirst[words[i].Form]
	for n := min(longest, len(words)-i); n > 0; n-- {
		if k, ok := lx.lowPlaces[tokenKey(forms(words[i:i+n]))]; ok {
			return n, k
		}
	}
	return 0, Known{}
}

// compassWord reports whether w makes a place of its own before a place
// name ("East Jerusalem", "Greater London", "Upper Egypt").
func compassWord(w string) bool {
	switch w {
	case "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Greater",
		"Upper", "Lower", "Inner", "Outer", "Old", "New":
		return true
	}
	return false
}

// longestCaps returns the longest gazetteer name written in capitals at i
// ("TEHRAN", "UNITED NATIONS"): words of four letters or more, looked up
// with only their first letter a capital.
func (lx *Lexicon) longestCaps(words []nlp.Word, i int) (int, Known) {
	var title []string
	for k := i; k < len(words) && k-i < lx.maxTokens && len(words[k].Form) >= 4 && isCaps(words[k].Form); k++ {
		w := words[k].Form
		title = append(title, w[:1]+strings.ToLower(w[1:]))
	}
	for n := len(title); n > 0; n-- {
		if k, ok := lx.names[tokenKey(title[:n])]; ok {
			return n, k
		}
	}
	return 0, Known{}
}

func isCaps(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// IsDemonym reports whether m is a demonym standing for its place
// ("Iraqi" for Iraq).
func (lx *Lexicon) IsDemonym(m Mention) bool {
	place, ok := lx.demonyms[m.Text]
	return ok && place == m.Label
}
