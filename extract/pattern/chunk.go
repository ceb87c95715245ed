package pattern

import (
	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/extract/nlp"
)

// chunks finds the noun phrases of a sentence: maximal runs of nominal
// tokens (determiners, adjectives, numbers, nouns, possessive 's, words
// joined by hyphens, and whole mentions) that contain a noun, a number or
// a pronoun. np[i] is the index in the result of the chunk holding token
// i, or -1.
func chunks(s *extract.Sentence) (out []extract.Span, np []int) {
	n := len(s.Words)
	inMention := make([]bool, n)
	for _, m := range s.Mentions {
		for i := m.From; i < m.To && i < n; i++ {
			inMention[i] = true
		}
	}
	np = make([]int, n)
	for i := range np {
		np[i] = -1
	}
	for i := 0; i < n; {
		if !nominal(s.Words, i, inMention) {
			i++
			continue
		}
		j := i
		head := false
		for j < n && nominal(s.Words, j, inMention) {
			if inMention[j] || headTag(s.Words[j]) {
				head = true
			}
			// A pronoun stands alone: "he" is a phrase, "he Ukraine" is two.
			if s.Words[j].UPOS == "PRON" && s.Words[j].XPOS != "PRP$" {
				j++
				break
			}
			j++
			if j < n && s.Words[j].UPOS == "PRON" && s.Words[j].XPOS != "PRP$" {
				break
			}
		}
		if head {
			for k := i; k < j; k++ {
				np[k] = len(out)
			}
			out = append(out, extract.Span{From: i, To: j})
		}
		i = j
	}
	return out, np
}

func headTag(w nlp.Word) bool {
	switch w.UPOS {
	case "NOUN", "PROPN", "NUM", "PRON":
		return w.XPOS != "PRP$" && w.XPOS != "WP"
	}
	return false
}

func nominal(ws []nlp.Word, i int, inMention []bool) bool {
	if inMention[i] {
		return true
	}
	w := ws[i]
	switch w.UPOS {
	case "DET":
		return w.XPOS != "WDT"
	case "ADJ", "NOUN", "PROPN", "NUM":
		return true
	case "PRON":
		return w.XPOS != "WP" && w.XPOS != "WP$"
	case "PART":
		return w.Form == "'s" || w.Form == "'"
	case "SYM":
		return w.Form == "$" || w.Form == "%"
	case "PUNCT":
		// a hyphen inside a compound: "US - made", "long - range"
		return w.Form == "-" && i > 0 && i+1 < len(ws) && adjoins(ws, i)
	case "VERB":
		// participles inside a noun phrase: "the US-made systems"
		return i > 0 && ws[i-1].Form == "-" && i+1 < len(ws) && (ws[i+1].UPOS == "NOUN" || ws[i+1].UPOS == "PROPN" || ws[i+1].UPOS == "ADJ")
	}
	return false
}

func adjoins(ws []nlp.Word, i int) bool {
	prev, next := ws[i-1].UPOS, ws[i+1].UPOS
	return prev != "PUNCT" && next != "PUNCT" && prev != "VERB"
}
