package text

// Wiki text flattened to one line keeps its list items' asterisks:
// "... affected, February 21, 2005 *UK Food Standards Agency - List of
// ...", "the following excerpts: *Traditional definition of marriage",
// "Democracy Rising *Code Pink *Global Exchange". Read as one sentence,
// such a list gives statements across its items ("Food Safety Authority
// of Ireland - be - List of Irish Products affected, February 21, 2005
// *UK Food ..."). So a list-item asterisk starts a sentence.

// bullet reports whether toks[i] is a list-item asterisk: a lone "*" or
// "•" after a space or a colon (or opening the paragraph) and before a
// word, number, quotation or bracket; when a space follows an asterisk,
// it must come straight after a colon ("Baghdad:* Mishan al-Juburi").
// Not "5 * 3", "f*ck", "said*" or "***".
func bullet(toks []tok, i int) bool {
	t := toks[i]
	if t.text != "*" && t.text != "•" || i+1 == len(toks) {
		return false
	}
	afterColon := i > 0 && toks[i-1].text == ":"
	if i > 0 && toks[i-1].end == t.start && !afterColon {
		return false // inside a word or after other punctuation
	}
	nx := toks[i+1]
	if nx.start > t.end && !afterColon && t.text == "*" {
		return false
	}
	switch nx.kind {
	case kWord, kTitle, kAbbrev, kOpenQuote, kQuote, kOpenBracket:
		return true
	}
	return false
}
