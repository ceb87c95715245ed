package text

// Token is one token of a sentence.
type Token struct {
	// Text is the normalised form the models see; it differs from the
	// source bytes only as the package documentation lists (quotes,
	// dashes, ellipses, typographic apostrophes).
	Text string
	// Start and End are byte offsets into the normalised document:
	// doc[Start:End] is the token's original text.
	Start, End int
}

// Sentence is one sentence of main content.
type Sentence struct {
	Index      int // 0-based index among the article's kept sentences, in order
	Start, End int // byte span in the document, trimmed of surrounding space
	Tokens     []Token
}

// Split splits a normalised document into sentences of main content,
// skipping page cruft. It never panics; on text that was not normalised it
// still returns sentences whose offsets are valid for doc.
func Split(doc string) []Sentence {
	lines := scanLines(doc)
	markCruft(doc, lines)
	// About one token per five bytes of news text; sizing the buffers up
	// front avoids most regrowth.
	sp := splitter{
		tz:  tokenizer{doc: doc},
		buf: make([]Token, 0, len(doc)/5+8),
		out: make([]Sentence, 0, len(doc)/120+1),
	}
	sp.spans = make([]int, 0, cap(sp.out))
	forBlocks(doc, lines, sp.block)
	return sp.finish()
}

// splitter collects the sentences of a document block by block. Token
// slices are carved out of one shared buffer at the end.
type splitter struct {
	tz    tokenizer
	out   []Sentence
	buf   []Token
	spans []int // start of each sentence's tokens in buf
}

// block tokenises doc[start:end], a paragraph, and splits it into sentences.
func (sp *splitter) block(start, end int) {
	if need := (end-start)/4 + 16; cap(sp.tz.toks) < need {
		sp.tz.toks = make([]tok, 0, need)
	}
	sp.tz.toks = sp.tz.toks[:0]
	sp.tz.tokenize(start, end)
	toks := sp.tz.toks
	n := len(toks)
	depth, s := 0, 0
	if d := dateline(toks); d > 0 {
		sp.emit(toks[:d], d-1) // "Berlin (Germany) -": a sentence of its own, without a verb
		s = d
	}
	for i := s; i < n; i++ {
		if i > s && bullet(toks, i) { // a list item: "... 2005 *UK Food Standards Agency"
			sp.emit(toks[s:i], i-s-1)
			s, depth = i, 0
		}
		depth = trackQuote(&toks[i], depth)
		if k := toks[i].kind; k != kTerm && k != kEllipsis && k != kAbbrev {
			continue
		}
		j := i + 1
		for j < n && isCloser(toks[j].kind, depth) {
			depth = trackQuote(&toks[j], depth)
			j++
		}
		if j == n {
			break
		}
		if endsSentence(toks[i], toks[j], depth) {
			sp.emit(toks[s:j], i-s)
			s = j
		}
		i = j - 1
	}
	if s < n {
		last := n - 1
		for last > s && isCloser(toks[last].kind, 1) {
			last--
		}
		sp.emit(toks[s:], last-s)
	}
}

// trackQuote resolves the direction of an undecided straight double quote
// and returns the quotation depth after t.
func trackQuote(t *tok, depth int) int {
	switch t.kind {
	case kQuote:
		if depth > 0 {
			t.kind = kCloseQuote
			return depth - 1
		}
		t.kind = kOpenQuote
		return depth + 1
	case kOpenQuote:
		return depth + 1
	case kCloseQuote:
		if depth > 0 {
			return depth - 1
		}
	}
	return depth
}

// isCloser reports whether a token of kind k closes a quotation or bracket
// and so stays with the sentence that ends before it.
func isCloser(k kind, depth int) bool {
	return k == kCloseQuote || k == kCloseSingle || k == kCloseBracket || k == kQuote && depth > 0
}

// endsSentence reports whether a sentence ends after t (and any closers
// after it) when nx is the next token; depth is the double-quote depth.
func endsSentence(t, nx tok, depth int) bool {
	switch t.kind {
	case kTerm:
		return startsSentence(nx)
	case kEllipsis:
		return depth == 0 && (nx.kind == kOpenQuote || isUpper(runeAt(nx.text, 0)))
	case kAbbrev:
		return nx.kind == kWord && starters[nx.text]
	}
	return false
}

// startsSentence reports whether nx can begin a sentence after a full stop,
// question mark or exclamation mark: anything but a word starting with a
// lower-case letter, closing punctuation, or , ; : % /.
func startsSentence(nx tok) bool {
	switch nx.kind {
	case kTerm, kEllipsis, kCloseQuote, kCloseSingle, kCloseBracket:
		return false
	case kPunct:
		switch nx.text {
		case ",", ";", ":", "%", "/":
			return false
		}
		return true
	}
	return !isLower(runeAt(nx.text, 0))
}

// emit records the sentence made of toks. When toks[split] is an
// abbreviation ending in a period, the period becomes a token of its own,
// as EWT does at the end of a sentence ("etc" ".").
func (sp *splitter) emit(toks []tok, split int) {
	if len(toks) == 0 {
		return
	}
	sp.spans = append(sp.spans, len(sp.buf))
	for i, t := range toks {
		if i == split && (t.kind == kAbbrev || t.kind == kTitle) && len(t.text) > 1 && t.text[len(t.text)-1] == '.' {
			sp.buf = append(sp.buf,
				Token{Text: t.text[:len(t.text)-1], Start: t.start, End: t.end - 1},
				Token{Text: ".", Start: t.end - 1, End: t.end})
			continue
		}
		sp.buf = append(sp.buf, Token{Text: t.text, Start: t.start, End: t.end})
	}
	sp.out = append(sp.out, Sentence{Index: len(sp.out), Start: toks[0].start, End: toks[len(toks)-1].end})
}

// finish attaches each sentence's tokens and returns the sentences.
func (sp *splitter) finish() []Sentence {
	for i := range sp.out {
		lo, hi := sp.spans[i], len(sp.buf)
		if i+1 < len(sp.spans) {
			hi = sp.spans[i+1]
		}
		sp.out[i].Tokens = sp.buf[lo:hi:hi]
	}
	return sp.out
}
