package pattern

import (
	"strings"

	"github.com/kgraph/kg/extract/nlp"
)

// relation is a verb phrase found at some position of a sentence.
type relation struct {
	from, to  int   // tokens [from, to) of the phrase
	words     []int // the words that make the lemma (verb, particles, prepositions)
	verb      int   // the main verb, or the copula
	negated   bool
	modality  string
	passive   bool
	copula    bool
	prepEnded bool // ends in a preposition: "run out of"
	linking   bool // a verb that takes an adjective: "remained cautious"
}

var linkingVerbs = map[string]bool{"remain": true, "become": true, "seem": true, "appear": true,
	"stay": true, "prove": true, "look": true, "sound": true, "feel": true, "grow": true}

var modals = map[string]string{"may": "may", "might": "might", "could": "could", "would": "would",
	"should": "should", "must": "must", "can": "can", "ca": "can", "shall": "shall"}

var negations = map[string]bool{"not": true, "n't": true, "never": true}

// relationAt reads a relation phrase starting at token i: auxiliaries,
// negations and at most two adverbs, then a verb, then optional particles
// and one preposition. With no verb, a form of "be" is a copula.
func relationAt(ws []nlp.Word, i int) (relation, bool) {
	r := relation{from: i, verb: -1}
	adverbs := 0
	j := i
	be := -1
	for ; j < len(ws); j++ {
		w := ws[j]
		switch {
		case w.UPOS == "AUX":
			if m, ok := modals[strings.ToLower(w.Form)]; ok {
				r.modality = m
			}
			if w.Lemma == "be" {
				be = j
			}
			continue
		case negations[strings.ToLower(w.Form)]:
			r.negated = true
			continue
		case w.UPOS == "ADV" && adverbs < 2 && j+1 < len(ws) && (ws[j+1].UPOS == "VERB" || ws[j+1].UPOS == "AUX" || ws[j+1].UPOS == "ADV"):
			adverbs++
			continue
		}
		break
	}
	if j < len(ws) && ws[j].UPOS == "VERB" {
		r.verb = j
		r.words = append(r.words, j)
		// passive: "was supplied", or a reduced relative "supplied by"
		r.passive = ws[j].XPOS == "VBN" && (be >= 0 || j+1 < len(ws) && ws[j+1].Form == "by")
		r.linking = linkingVerbs[ws[j].Lemma]
		j++
	} else if be >= 0 && j > be {
		r.verb, r.copula = be, true
		r.words = append(r.words, be)
	} else {
		return r, false
	}
	// particles: "run out", "give up"
	for j < len(ws) && (ws[j].XPOS == "RP" || ws[j].UPOS == "ADP" && j+1 < len(ws) && ws[j+1].UPOS == "ADP") {
		r.words = append(r.words, j)
		j++
	}
	if j < len(ws) && ws[j].UPOS == "ADP" && ws[j].XPOS != "RP" && j+1 < len(ws) && startsPhrase(ws[j+1]) && !(r.passive && ws[j].Form == "by") {
		r.words = append(r.words, j)
		r.prepEnded = true
		j++
	}
	r.to = j
	return r, true
}

func startsPhrase(w nlp.Word) bool {
	switch w.UPOS {
	case "DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "SYM":
		return true
	}
	return false
}

// lemma returns the relation's lemma phrase.
func (r relation) lemma(ws []nlp.Word) string {
	parts := make([]string, 0, len(r.words))
	for _, i := range r.words {
		l := ws[i].Lemma
		if l == "" {
			l = strings.ToLower(ws[i].Form)
		}
		parts = append(parts, strings.ToLower(l))
	}
	return strings.Join(parts, " ")
}
