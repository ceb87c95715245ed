package text

import "strings"

// line is one non-blank line of the article body.
type line struct {
	start, end int  // byte span, trimmed of surrounding space
	gap        bool // a blank line or the start of the document precedes it
	drop       bool // page cruft
}

// scanLines returns the non-blank lines of doc up to the comments heading
// that ends the article body (see isCommentsHeading).
func scanLines(doc string) []line {
	var ls []line
	gap := true
	for i := 0; i < len(doc); {
		e := strings.IndexByte(doc[i:], '\n')
		if e < 0 {
			e = len(doc)
		} else {
			e += i
		}
		s, t := trimSpace(doc, i, e)
		switch {
		case s == t:
			gap = true
		case isCommentsHeading(doc[s:t]):
			return ls
		default:
			ls = append(ls, line{start: s, end: t, gap: gap})
			gap = false
		}
		i = e + 1
	}
	return ls
}

// trimSpace returns the span doc[s:t] of doc[i:e] without leading and trailing space.
func trimSpace(doc string, i, e int) (s, t int) {
	for i < e {
		r, n := decodeAt(doc, i)
		if !isSpace(r) {
			break
		}
		i += n
	}
	for e > i {
		r, n := decodeBefore(doc, e)
		if !isSpace(r) {
			break
		}
		e -= n
	}
	return i, e
}

// forBlocks calls f with the span of each paragraph: a maximal run of kept
// lines, with no blank or dropped line between them, where each line
// continues the one before (see continues).
func forBlocks(doc string, ls []line, f func(start, end int)) {
	start, end := -1, -1
	for i, l := range ls {
		if l.drop {
			continue
		}
		if start >= 0 && i > 0 && !ls[i-1].drop && !l.gap && continues(doc, ls[i-1], l) {
			end = l.end
			continue
		}
		if start >= 0 {
			f(start, end)
		}
		start, end = l.start, l.end
	}
	if start >= 0 {
		f(start, end)
	}
}

// continues reports whether line cur continues the sentence of line prev
// instead of starting a new one: cur starts with a lower-case letter, or
// prev ends with , ; ( [ { or an abbreviation that never ends a sentence
// ("Mr.", "Gen.", "e.g.").
func continues(doc string, prev, cur line) bool {
	if isLower(runeAt(doc, cur.start)) {
		return true
	}
	last, _ := decodeBefore(doc, prev.end)
	switch last {
	case ',', ';', '(', '[', '{', '“':
		return true
	case '.':
		w := prev.end - 1
		for w > prev.start && doc[w-1] != ' ' && doc[w-1] != '\t' {
			w--
		}
		return dottedTitles[doc[w:prev.end]] || abbrevAt(doc, w, prev.end-1) == titleAbbrev
	}
	return false
}
