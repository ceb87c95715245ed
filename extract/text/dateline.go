package text

// dateline returns the number of tokens of the dateline that opens a
// paragraph, dash included, or 0 when there is none. A dateline is a
// place, and perhaps a date, set off from the first sentence by a dash
// with space on both sides: "Berlin (Germany) - ", "New York - ",
// "Copenhagen, Denmark - ", "WASHINGTON D.C., USA – ", "February 22, 2005
// OTTAWA - ", "Washington, May 5 — ". It is at most eight words, each
// capitalised or a number (the first not a number nor a word that starts
// sentences, such as "The"), with commas, a hyphen inside a word
// ("Monte-Carlo"), abbreviations ("D.C.") and one bracketed group between
// them, and the word after the dash is capitalised or opens a quotation or
// bracket. It is no part of the sentence's syntax.
func dateline(toks []tok) int {
	const maxWords = 8
	words, open := 0, false
	for i, t := range toks {
		switch {
		case isDashText(t.text) && spacedAround(toks, i):
			if words == 0 || open || i+1 == len(toks) || !opensSentence(toks[i+1]) {
				return 0
			}
			return i + 1
		case t.kind == kWord || t.kind == kAbbrev:
			r := runeAt(t.text, 0)
			if i == 0 && (starters[t.text] || !isUpper(r)) || !isUpper(r) && !isDigit(r) && !placeParticles[t.text] {
				return 0
			}
			if words++; words > maxWords {
				return 0
			}
		case t.kind == kPunct && (t.text == "," || isDashText(t.text)) && i > 0:
			// a comma, or a hyphen inside a name ("Monte-Carlo")
		case t.kind == kOpenBracket && !open && i > 0:
			open = true
		case t.kind == kCloseBracket && open:
			open = false
		default:
			return 0
		}
	}
	return 0
}

// placeParticles are lower-case words inside place names: "Rio de
// Janeiro", "Frankfurt am Main", "Stratford upon Avon". Read-only.
var placeParticles = map[string]bool{"de": true, "da": true, "do": true, "dos": true, "das": true,
	"del": true, "della": true, "di": true, "la": true, "le": true, "el": true, "am": true, "upon": true,
	"on": true, "of": true}

func isDashText(s string) bool { return s == "-" || s == "--" }

// spacedAround reports whether token i has space on both sides.
func spacedAround(toks []tok, i int) bool {
	return i > 0 && toks[i-1].end < toks[i].start && i+1 < len(toks) && toks[i].end < toks[i+1].start
}

// opensSentence reports whether t can open the sentence after a dateline:
// a capitalised word, an opening quotation mark or bracket.
func opensSentence(t tok) bool {
	switch t.kind {
	case kOpenQuote, kQuote, kOpenBracket:
		return true
	case kWord, kAbbrev, kTitle:
		return isUpper(runeAt(t.text, 0))
	}
	return false
}
