package text

import "strings"

// punct tokenises the punctuation or symbol r (n bytes) at doc[i], inside
// the chunk that ends at j, and returns the end of the token.
func (t *tokenizer) punct(i, j int, r rune, n int) int {
	doc := t.doc
	k := i + n
	switch {
	case r == '.' || r == '…':
		dots := 0
		for k = i; k < j; {
			r, n := decodeAt(doc, k)
			if r == '.' {
				dots++
			} else if r == '…' {
				dots += 3
			} else {
				break
			}
			k += n
		}
		switch {
		case dots == 1:
			t.emit(i, k, ".", kTerm)
		case r == '…' && k == i+n:
			t.emit(i, k, "...", kEllipsis)
		default:
			t.emit(i, k, strings.ReplaceAll(doc[i:k], "…", "..."), kEllipsis)
		}
	case r == '!' || r == '?':
		for k < j && (doc[k] == '!' || doc[k] == '?') {
			k++
		}
		t.emit(i, k, doc[i:k], kTerm)
	case isDash(r):
		ascii := r == '-'
		for k < j {
			r, n := decodeAt(doc, k)
			if !isDash(r) {
				break
			}
			ascii = ascii && r == '-'
			k += n
		}
		text := "--"
		switch {
		case ascii:
			text = doc[i:k]
		case k == i+n && r != '—' && r != '―':
			text = "-"
		}
		t.emit(i, k, text, kPunct)
	case r == '"' || r == '“' || r == '”' || r == '„' || r == '«' || r == '»' || r == '‟':
		t.emit(i, k, `"`, doubleQuoteKind(doc, i, k, j, r))
	case r == '\'' || r == '‘' || r == '’' || r == '`' || r == 'ʼ' || r == '‚' || r == '‛':
		return t.single(i, j, r, n)
	case r == '(' || r == '[' || r == '{':
		t.emit(i, k, doc[i:k], kOpenBracket)
	case r == ')' || r == ']' || r == '}':
		t.emit(i, k, doc[i:k], kCloseBracket)
	case r == '*' || r == '=' || r == '_' || r == '~' || r == '#' || r == '+' || r == '^':
		for k < j && rune(doc[k]) == r {
			k++
		}
		t.emit(i, k, doc[i:k], kPunct)
	default:
		t.emit(i, k, doc[i:k], kPunct)
	}
	return k
}

// doubleQuoteKind decides whether the double quote r at doc[i:k] opens or
// closes a quotation. Typographic quotes say so themselves; a straight
// quote opens when it follows a space, an opening bracket or quote, or a
// dash and precedes a non-space, closes when it follows a non-space, and is
// left to the splitter otherwise.
func doubleQuoteKind(doc string, i, k, j int, r rune) kind {
	switch r {
	case '“', '„', '«', '‟':
		return kOpenQuote
	case '”', '»':
		return kCloseQuote
	}
	prev, _ := decodeBefore(doc, i)
	next := ' '
	if k < j {
		next, _ = decodeAt(doc, k)
	}
	switch {
	case !isSpace(next) && (isSpace(prev) || isOpener(prev)):
		return kOpenQuote
	case !isSpace(prev):
		return kCloseQuote
	}
	return kQuote
}

// single tokenises a single quote, apostrophe or backtick at doc[i].
func (t *tokenizer) single(i, j int, r rune, n int) int {
	doc := t.doc
	k := i + n
	next := ' '
	if k < j {
		next, _ = decodeAt(doc, k)
	}
	prev, _ := decodeBefore(doc, i)
	switch {
	case next == r && (r == '\'' || r == '’'): // '' as a closing double quote
		t.emit(i, k+n, `"`, kCloseQuote)
		return k + n
	case next == '`' && r == '`': // `` as an opening double quote
		t.emit(i, k+1, `"`, kOpenQuote)
		return k + 1
	}
	if isApostrophe(r) && len(t.toks) > 0 {
		// A clitic after a token that ends here: "U.S.'s".
		last := t.toks[len(t.toks)-1]
		e := k
		for e < j && isASCIILetter(doc[e]) {
			e++
		}
		if last.end == i && (last.kind == kWord || last.kind == kAbbrev || last.kind == kTitle) {
			if text := cliticText(doc[k:e]); text != "" && (e == j || !isWordRune(runeAt(doc, e))) {
				t.emit(i, e, text, kWord)
				return e
			}
		}
		if last.end < i && isSpace(prev) && last.kind == kWord && doc[k:e] == "s" && e == j {
			// "Chile 's Interior Minister": a possessive set apart by a space
			t.emit(i, e, "'s", kWord)
			return e
		}
	}
	if isDigit(next) && (isSpace(prev) || isOpener(prev)) {
		// An elided century: '90s.
		e := k
		for e < j && isWordRune(runeAt(doc, e)) {
			_, w := decodeAt(doc, e)
			e += w
		}
		t.emit(i, e, "'"+doc[k:e], kWord)
		return e
	}
	kd := kCloseSingle
	switch {
	case r == '‘' || r == '`' || r == '‚' || r == '‛':
		kd = kOpenSingle
	case !isSpace(next) && (isSpace(prev) || isOpener(prev)):
		kd = kOpenSingle
	}
	t.emit(i, k, "'", kd)
	return k
}

func runeAt(s string, i int) rune {
	r, _ := decodeAt(s, i)
	return r
}

// urlEnd returns the end of the URL or e-mail address starting at doc[i]
// in the chunk ending at j, or i when there is none; e-mail addresses are
// looked for only when at is set. Trailing punctuation is not part of a
// URL, nor is an unbalanced closing parenthesis.
func urlEnd(doc string, i, j int, at bool) int {
	s := doc[i:j]
	var min int
	switch c := s[0] | 0x20; {
	case c != 'h' && c != 'f' && c != 'w':
		if at {
			return emailEnd(doc, i, j)
		}
		return i
	case hasPrefixFold(s, "http://"), hasPrefixFold(s, "ftp://"):
		min = len("http://")
	case hasPrefixFold(s, "https://"):
		min = len("https://")
	case hasPrefixFold(s, "www."):
		min = len("www.")
	case at:
		return emailEnd(doc, i, j)
	default:
		return i
	}
	k := j
	for k > i+min {
		r, n := decodeBefore(doc, k)
		switch r {
		case '.', ',', ';', ':', '!', '?', '"', '\'', '’', '”', '»', ']', '}', '>':
			k -= n
			continue
		case ')':
			if strings.Count(doc[i:k], "(") < strings.Count(doc[i:k], ")") {
				k -= n
				continue
			}
		}
		break
	}
	if k <= i+min {
		return i
	}
	return k
}

// maxLocalPart is the longest local part of an e-mail address (RFC 5321);
// the bound keeps tokenisation linear on long runs like "a%a%a%...".
const maxLocalPart = 64

// emailEnd returns the end of the e-mail address starting at doc[i], or i.
func emailEnd(doc string, i, j int) int {
	k := i
	for k < j && k-i <= maxLocalPart && (isASCIIAlnum(doc[k]) || strings.IndexByte("._%+-", doc[k]) >= 0) {
		k++
	}
	if k == i || k >= j || doc[k] != '@' {
		return i
	}
	k++
	end, dot := i, false
	for k < j && (isASCIIAlnum(doc[k]) || doc[k] == '-' || doc[k] == '.') {
		if doc[k] == '.' {
			dot = true
		} else if isASCIIAlnum(doc[k]) && dot {
			end = k + 1
		}
		k++
	}
	return end
}

// hasPrefixFold reports whether s begins with the ASCII prefix p, ignoring case.
func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}
