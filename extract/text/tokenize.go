package text

import "strings"

// kind classifies a token for sentence splitting.
type kind uint8

const (
	kWord         kind = iota // word, number, clitic, URL, e-mail address
	kTerm                     // ".", "!", "?", "?!"
	kEllipsis                 // "...", "…"
	kTitle                    // abbreviation with period that never ends a sentence ("Mr.")
	kAbbrev                   // abbreviation with period that may end a sentence ("U.S.")
	kOpenQuote                // opening double quote
	kCloseQuote               // closing double quote
	kQuote                    // straight double quote whose direction the splitter decides
	kOpenSingle               // opening single quote
	kCloseSingle              // closing single quote or trailing possessive apostrophe
	kOpenBracket              // ( [ {
	kCloseBracket             // ) ] }
	kPunct                    // any other punctuation or symbol
)

// tok is a token with the class the sentence splitter needs.
type tok struct {
	text       string
	start, end int
	kind       kind
}

// tokenizer appends the tokens of spans of doc to toks.
type tokenizer struct {
	doc  string
	toks []tok
	at   bool // the current chunk contains "@" and may hold an e-mail address
}

func (t *tokenizer) emit(start, end int, text string, k kind) {
	t.toks = append(t.toks, tok{text: text, start: start, end: end, kind: k})
}

// tokenize appends the tokens of doc[start:end] to t.toks.
func (t *tokenizer) tokenize(start, end int) {
	doc := t.doc
	for i := start; i < end; {
		r, n := decodeAt(doc, i)
		if isSpace(r) {
			i += n
			continue
		}
		j := i + n
		for j < end {
			r, n := decodeAt(doc, j)
			if isSpace(r) {
				break
			}
			j += n
		}
		t.chunk(i, j)
		i = j
	}
}

// chunk tokenises doc[i:j], a run of non-space characters.
func (t *tokenizer) chunk(i, j int) {
	t.at = strings.IndexByte(t.doc[i:j], '@') >= 0
	for i < j {
		r, n := decodeAt(t.doc, i)
		if isWordRune(r) {
			i = t.word(i, j)
		} else {
			i = t.punct(i, j, r, n)
		}
	}
}

// word tokenises the word starting at doc[i] and returns its end.
func (t *tokenizer) word(i, j int) int {
	doc := t.doc
	if k := urlEnd(doc, i, j, t.at); k > i {
		t.emit(i, k, doc[i:k], kWord)
		return k
	}
	if k := dottedEnd(doc, i, j); k > i {
		c := kAbbrev
		if dottedTitles[doc[i:k]] {
			c = kTitle
		}
		t.emit(i, k, doc[i:k], c)
		return k
	}
	k := i
	for k < j {
		r, n := decodeAt(doc, k)
		if isWordRune(r) || k > i && joins(doc, i, k, j, r, n) {
			k += n
			continue
		}
		break
	}
	first := len(t.toks)
	t.core(i, k)
	if k < j && doc[k] == '.' && (k+1 >= j || doc[k+1] != '.') && len(t.toks) > first {
		last := &t.toks[len(t.toks)-1]
		if last.end == k && last.text == doc[last.start:k] {
			switch abbrevAt(doc, last.start, k) {
			case titleAbbrev:
				last.kind = kTitle
			case endAbbrev:
				last.kind = kAbbrev
			default:
				return k
			}
			k++
			last.end = k
			last.text = doc[last.start:k]
		}
	}
	return k
}

// joins reports whether the rune r (n bytes) at doc[k], inside the word
// that starts at doc[i] and whose chunk ends at j, continues the word.
func joins(doc string, i, k, j int, r rune, n int) bool {
	if k+n >= j {
		return false
	}
	prev, _ := decodeBefore(doc, k)
	next, _ := decodeAt(doc, k+n)
	switch {
	case r == '.':
		// 31.5, 1.2.3, kyivpost.com, report.pdf
		return isDigit(prev) && isDigit(next) || next >= 'a' && next <= 'z'
	case r == ',' || r == ':':
		return isDigit(prev) && isDigit(next) // 12,000 and 5:30
	case r == '/':
		return isDigit(prev) && isDigit(next) && dateLike(doc, i, j) // 11/28/2000
	case r == '&':
		return isLetter(prev) && isLetter(next) // AT&T
	case r == '_':
		return isWordRune(next)
	case isApostrophe(r):
		return isLetter(next) // O'Brien, don't, Zelensky's, 1990's
	case isHyphen(r):
		return isWordRune(next) // split later by core
	}
	return false
}

// dateLike reports whether the chunk doc[i:j] starts with digits/digits/digits
// not followed by a letter or digit.
func dateLike(doc string, i, j int) bool {
	k := i
	for g := 0; g < 3; g++ {
		s := k
		for k < j && doc[k] >= '0' && doc[k] <= '9' {
			k++
		}
		if k == s {
			return false
		}
		if g < 2 {
			if k >= j || doc[k] != '/' {
				return false
			}
			k++
		}
	}
	return k == j || !isASCIIAlnum(doc[k])
}

// core splits the word doc[i:k] at hyphens, following EWT: a hyphen is its
// own token unless the part before it is a known prefix or the word is a
// phone-number-like digit group.
func (t *tokenizer) core(i, k int) {
	doc := t.doc
	if phoneLike(doc[i:k]) {
		t.piece(i, k)
		return
	}
	p, seg := i, i
	for h := i; h < k; {
		r, n := decodeAt(doc, h)
		if !isHyphen(r) {
			h += n
			continue
		}
		if !isHyphenPrefix(doc[seg:h]) {
			t.piece(p, h)
			t.emit(h, h+n, "-", kPunct)
			p = h + n
		}
		h += n
		seg = h
	}
	t.piece(p, k)
}

// phoneLike reports whether s is digit groups joined by two or more
// ASCII hyphens (713-853-3989, 11-20-2000).
func phoneLike(s string) bool {
	hyphens := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '-':
			hyphens++
		case c < '0' || c > '9':
			return false
		}
	}
	return hyphens >= 2
}

// piece emits the hyphen-free word doc[a:b], splitting clitics off.
func (t *tokenizer) piece(a, b int) {
	s := t.doc[a:b]
	if q := lastApostrophe(s); q > 0 {
		_, w := decodeAt(s, q)
		suf := s[q+w:]
		if text := cliticText(suf); text != "" {
			t.wordTok(a, a+q)
			t.emit(a+q, b, text, kWord)
			return
		}
		if (suf == "t" || suf == "T") && q >= 2 && (s[q-1] == 'n' || s[q-1] == 'N') {
			t.wordTok(a, a+q-1)
			t.emit(a+q-1, b, notText(s[q-1], suf[0]), kWord)
			return
		}
	}
	switch {
	case len(s) == 6 && strings.EqualFold(s, "cannot"):
		t.wordTok(a, a+3)
		t.wordTok(a+3, b)
	case len(s) == 5 && (strings.EqualFold(s, "gonna") || strings.EqualFold(s, "wanna") || strings.EqualFold(s, "gotta")):
		t.wordTok(a, a+3)
		t.wordTok(a+3, b)
	default:
		t.wordTok(a, b)
	}
}

// lastApostrophe returns the byte index of the last apostrophe (' ’ ʼ) in s, or -1.
func lastApostrophe(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case '\'':
			return i
		case 0xe2: // ’ is e2 80 99
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99 {
				return i
			}
		case 0xca: // ʼ is ca bc
			if i+1 < len(s) && s[i+1] == 0xbc {
				return i
			}
		}
	}
	return -1
}

// cliticText returns the token text of the clitic whose letters follow an
// apostrophe ("s" -> "'s"), or "" when suf is not a clitic.
func cliticText(suf string) string {
	switch suf {
	case "s":
		return "'s"
	case "re":
		return "'re"
	case "ve":
		return "'ve"
	case "ll":
		return "'ll"
	case "d":
		return "'d"
	case "m":
		return "'m"
	case "S", "RE", "VE", "LL", "D", "M", "Re", "Ve", "Ll":
		return "'" + suf
	}
	return ""
}

// notText returns the token text for n't with the given letter cases.
func notText(n, t byte) string {
	if n == 'n' && t == 't' {
		return "n't"
	}
	if n == 'N' && t == 'T' {
		return "N'T"
	}
	return string([]byte{n, '\'', t})
}

// wordCanon maps typographic apostrophes and hyphens inside words to ASCII.
var wordCanon = strings.NewReplacer("’", "'", "ʼ", "'", "‐", "-", "‑", "-")

// wordTok emits doc[a:b] as a word token; a == b emits nothing.
func (t *tokenizer) wordTok(a, b int) {
	if a == b {
		return
	}
	s := t.doc[a:b]
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			s = wordCanon.Replace(s)
			break
		}
	}
	t.emit(a, b, s, kWord)
}
