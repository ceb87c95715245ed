package dep

import (
	"strings"
	"unicode"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/graph"
)

// appositions reads "X, Y," as X - be - Y: "Dmitry Peskov, spokesperson
// for Russian President Vladimir Putin, ...".
func (rd *reader) appositions() []extract.Fact {
	t := rd.t
	var out []extract.Fact
	for i := range t.w {
		h := t.head[i]
		if t.rel[i] != "appos" || h < 0 || !t.nominal(h) || !t.nominal(i) || t.w[h].UPOS == "PRON" {
			continue
		}
		if t.has(i, "cc") || t.has(i, "conj") || rd.mention[i] >= 0 && rd.mention[i] == rd.mention[h] || rd.moved[i] {
			continue // a list the parser took for an apposition, or one name: "Monday, April 22"
		}
		if !rd.openIE && !rd.setOff(i) {
			continue // "told the Financial Times earlier this week": for the graph, no apposition without a comma
		}
		if !rd.openIE && rd.bracketedAcronym(i) {
			continue // "The Social Democratic Party (PSD)": another name, for the recogniser to link
		}
		if !rd.openIE && (rd.date(i) || rd.date(h) && !t.has(h, "compound")) {
			// "..., WikiNews, April 25, 2005", "Veja magazine, March 13,",
			// "Last year, militants under ...": a date says when, not what
			// (but "an analyst day, a chance to ..." names an event)
			continue
		}
		name, desc := h, i
		if t.w[h].UPOS == "NOUN" && t.w[i].UPOS == "PROPN" {
			// "the Ukrainian president, Volodymyr Zelensky", "wealthy
			// aristocrat Lydia Carew": the name is the subject
			name, desc = i, h
		}
		subj := rd.phrase(nil, name, false, !rd.openIE)
		obj := rd.bracketed(rd.phrase(nil, desc, true, false))
		if subj.Len() == 0 || obj.Len() == 0 || overlaps(subj, obj) || rd.quoteBetween(subj, obj) {
			continue
		}
		f := rd.be(subj, obj)
		f.Confidence = rd.apposConfidence(h, i, obj)
		out = append(out, f)
	}
	return out
}

// bracketedAcronym reports whether the apposition headed by i is an
// acronym alone in brackets: "(PSD)", "(UIA)".
func (rd *reader) bracketedAcronym(i int) bool {
	t := rd.t
	if i == 0 || i+1 >= len(t.w) || t.w[i-1].Form != "(" || t.w[i+1].Form != ")" {
		return false
	}
	f := t.w[i].Form
	if len(f) < 2 || len(f) > 6 {
		return false
	}
	for _, r := range strings.TrimSuffix(f, "s") {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// date reports whether the phrase headed by i is a date or a time: a
// time word ("Monday", "this year", "March"), a year, or a number with a
// month or weekday ("April 25", "25 April 2005"). An age ("Pearl Ryner,
// 40,") is not.
func (rd *reader) date(i int) bool {
	t := rd.t
	if timeWords[t.lower(i)] && (t.w[i].UPOS != "PROPN" || calendarWords[t.lower(i)]) {
		return true // not "The Times", "This Week"
	}
	if t.w[i].UPOS != "NUM" {
		return false
	}
	if f := t.w[i].Form; len(f) == 4 && (strings.HasPrefix(f, "19") || strings.HasPrefix(f, "20")) {
		return true
	}
	for _, k := range t.kids[i] {
		if calendarWords[t.lower(k)] {
			return true
		}
	}
	return false
}

var calendarWords = set("january february march april may june july august september october november december " +
	"monday tuesday wednesday thursday friday saturday sunday")

// setOff reports whether the apposition headed by i is set off from its
// head by punctuation (a comma, a dash, a colon or a bracket), or is a
// name after a common noun ("wealthy aristocrat Lydia Carew").
func (rd *reader) setOff(i int) bool {
	t := rd.t
	h := t.head[i]
	if t.w[h].UPOS == "NOUN" && t.w[i].UPOS == "PROPN" {
		return true
	}
	from, to := t.extent(i, nil, nil)
	if i > h {
		return from > 0 && t.punct(from-1) || t.punct(from)
	}
	return to+1 < len(t.w) && t.punct(to+1) || t.punct(to)
}

// bracketed cuts a phrase that opens a parenthesis at its closing
// bracket: "(ATACMs) for strikes" is "ATACMs".
func (rd *reader) bracketed(sp extract.Span) extract.Span {
	if sp.From == 0 {
		return sp
	}
	switch rd.t.w[sp.From-1].Form {
	case "(", "-LRB-", "[", "-LSB-":
	default:
		return sp
	}
	for i := sp.From; i < sp.To; i++ {
		switch rd.t.w[i].Form {
		case ")", "-RRB-", "]", "-RSB-":
			if i > sp.From {
				sp.To = i
			}
			return sp
		}
	}
	return sp
}

// quoteBetween reports whether a quotation mark separates two phrases: an
// apposition does not begin with a quotation ("a potential “breakthrough
// moment”").
func (rd *reader) quoteBetween(a, b extract.Span) bool {
	from, to := min(a.To, b.To), max(a.From, b.From)
	for i := from; i < to && i < len(rd.t.w); i++ {
		switch rd.t.w[i].Form {
		case "``", "''", "\"", "“", "”", "‘", "’", "`":
			return true
		}
	}
	return false
}

// titles reads a title before a name as name - be - title: "UK Defense
// Secretary Ben Wallace", "President Bush". The title comes from the
// recognised mention or, failing that, from the parse (a descriptive or
// common-noun modifier before a proper noun).
func (rd *reader) titles() []extract.Fact {
	t := rd.t
	var out []extract.Fact
	done := make([]bool, len(t.w))
	for _, m := range rd.s.Mentions {
		if m.Title == "" || m.TitleFrom >= m.From || m.TitleFrom < 0 || m.To > len(t.w) || m.Type != graph.Person ||
			rd.onlyHonorifics(m.TitleFrom, m.From) {
			continue
		}
		f := rd.be(extract.Span{From: m.From, To: m.To}, extract.Span{From: m.TitleFrom, To: m.From})
		f.Confidence = 0.68 // as often right as main-clause facts on CaRB dev
		out = append(out, f)
		for i := m.TitleFrom; i < m.To; i++ {
			done[i] = true
		}
	}
	for h := range t.w {
		if t.w[h].UPOS != "PROPN" || done[h] {
			continue
		}
		title, from := -1, h
		for _, k := range t.kids[h] {
			if k > h {
				break
			}
			if rd.titleWord(k) {
				title = k
			}
			if t.rel[k] != "det" && t.rel[k] != "case" && !t.punct(k) {
				a, _ := t.extent(k, nil, nil)
				from = min(from, a)
			}
		}
		if title < 0 || done[title] || rd.mention[h] >= 0 && rd.s.Mentions[rd.mention[h]].Type != graph.Person {
			continue
		}
		start, to := t.extent(title, nil, nil)
		from = min(from, start)
		if !rd.capitalisedRun(to+1, h) {
			continue
		}
		_, end := t.extent(h, func(k int) bool { return k < h || rd.apart(k) || t.rel[k] != "flat" }, nil)
		for from < to && (t.w[from].UPOS == "DET" || t.w[from].UPOS == "ADP" || t.punct(from) || rd.notTitle(from)) {
			from++
		}
		if !rd.lettered(from, to) {
			continue // "#Hilary Weston": a list marker
		}
		f := rd.be(extract.Span{From: to + 1, To: rd.mentionEnd(end) + 1}, extract.Span{From: from, To: to + 1})
		f.Confidence = 0.6
		out = append(out, f)
	}
	return out
}

// lettered reports whether words from..to (inclusive) have a letter.
func (rd *reader) lettered(from, to int) bool {
	for i := from; i <= to; i++ {
		if strings.IndexFunc(rd.t.w[i].Form, unicode.IsLetter) >= 0 {
			return true
		}
	}
	return false
}

// notTitle reports whether word i, at the start of the words before a
// name, is no part of its title: a conjunction, an adverb or a word that
// introduces the phrase ("and the Democratic Unionist leader", "including
// Bern mayor", "meanwhile former minister").
func (rd *reader) notTitle(i int) bool {
	t := rd.t
	switch t.w[i].UPOS {
	case "CCONJ", "SCONJ":
		return true
	case "ADV":
		return i+1 >= len(t.w) || t.w[i+1].Form != "-" // but "newly-elected"
	}
	return t.rel[i] == "case" || t.rel[i] == "cc"
}

// capitalisedRun reports whether tokens from..to (inclusive) are proper
// nouns: the name after a title.
func (rd *reader) capitalisedRun(from, to int) bool {
	for i := from; i <= to; i++ {
		if rd.t.w[i].UPOS != "PROPN" {
			return false
		}
	}
	return from <= to
}

// be is the fact subj - be - obj for a relation the text leaves implicit.
func (rd *reader) be(subj, obj extract.Span) extract.Fact {
	if !rd.openIE {
		obj = rd.dropArticle(obj)
	}
	return extract.Fact{Subject: subj, Object: obj, Lemma: "be", Surface: "be"}
}

func overlaps(a, b extract.Span) bool { return a.From < b.To && b.From < a.To }

// titleWord reports whether dependent k of a name is a title: a
// descriptive modifier ("President" in "President Bush") or a common noun
// ("spokesman John Kirby"), but not an honorific ("Mr.", "Dr.").
func (rd *reader) titleWord(k int) bool {
	t := rd.t
	if honorifics[strings.TrimSuffix(t.lower(k), ".")] {
		return false
	}
	if t.sub(k) == "nmod:desc" {
		return true
	}
	f := t.w[k].Form
	// not a time: "present-day Palestinians", "two-year programme"
	return t.rel[k] == "compound" && t.w[k].UPOS == "NOUN" && f != "" && f[0] >= 'a' && f[0] <= 'z' && !timeWords[t.lower(k)]
}

var honorifics = set("mr mrs ms miss mx dr madam mister messrs mme mlle prof rev st hon")

// onlyHonorifics reports whether words [from, to) are all honorifics or
// punctuation: "Mr.", "Mr/Mrs".
func (rd *reader) onlyHonorifics(from, to int) bool {
	for i := from; i < to; i++ {
		for _, w := range strings.FieldsFunc(rd.t.lower(i), func(r rune) bool { return r == '/' || r == '.' }) {
			if !honorifics[w] {
				return false
			}
		}
	}
	return true
}
