package text

import "strings"

// boilerplate is one page-cruft line pattern, compared case-insensitively
// with a line trimmed of space and of trailing "." and ":".
type boilerplate struct {
	text     string
	prefix   bool // the line starts with text, rather than equals it
	maxWords int  // when > 0, only lines of at most this many words match
	related  bool // a related-content heading; see markCruft
}

// boilerplates is the list of page-cruft line patterns. Read-only.
var boilerplates = []boilerplate{
	{text: "advertisement"},
	{text: "advertisements"},
	{text: "sponsored"},
	{text: "sponsored content"},
	{text: "skip to content"},
	{text: "share this article"},
	{text: "other topics of interest", related: true},
	{text: "related", related: true},
	{text: "related articles", related: true},
	{text: "related stories", related: true},
	{text: "related links", related: true},
	{text: "read more", related: true},
	{text: "read also", related: true},
	{text: "see also", related: true},
	{text: "you may also like", related: true},
	{text: "to suggest a correction", prefix: true},
	{text: "you can also highlight the text", prefix: true},
	{text: "this comment contains spoilers", prefix: true},
	{text: "click here to", prefix: true},
	{text: "sign up for our", prefix: true},
	{text: "all rights reserved", prefix: true},
	{text: "copyright ©", prefix: true},
	{text: "source:", prefix: true, maxWords: 8},
	{text: "photo:", prefix: true, maxWords: 12},
	{text: "image:", prefix: true, maxWords: 12},
	{text: "read more:", prefix: true, maxWords: 20},
	{text: "read also:", prefix: true, maxWords: 20},
}

// matchBoilerplate returns the pattern that line s matches, or nil.
func matchBoilerplate(s string) *boilerplate {
	t := strings.TrimRight(s, ".: ")
	for i := range boilerplates {
		b := &boilerplates[i]
		if b.prefix {
			if hasPrefixFold(s, b.text) && (b.maxWords == 0 || wordCount(s) <= b.maxWords) {
				return b
			}
		} else if len(t) == len(b.text) && strings.EqualFold(t, b.text) {
			return b
		}
	}
	return nil
}

// isCommentsHeading reports whether line s starts a comment section, which
// ends the article body: "Comments", "Comments (12)", "Comments ( 1)",
// "12 comments", "Leave a comment", "Leave a reply".
func isCommentsHeading(s string) bool {
	if len(s) > 40 {
		return false
	}
	s = strings.TrimRight(s, ":. ")
	if i := strings.IndexByte(s, '('); i > 0 && strings.HasSuffix(s, ")") {
		if !allDigits(strings.TrimSpace(s[i+1 : len(s)-1])) {
			return false
		}
		s = strings.TrimSpace(s[:i])
	} else if i := strings.IndexByte(s, ' '); i > 0 && allDigits(s[:i]) {
		s = s[i+1:]
	}
	switch strings.ToLower(s) {
	case "comment", "comments", "leave a comment", "leave a reply", "add a comment",
		"show comments", "view comments", "reader comments":
		return true
	}
	return false
}

// markCruft sets drop on the lines that are page cruft:
//   - lines matching a boilerplate pattern;
//   - lines without any letter or digit (separators such as "***");
//   - bare URLs on their own line, and a short byline-like line right after one;
//   - repeated lines: every occurrence of a headline-like line that occurs
//     more than once (a teaser), and every occurrence but the first of a
//     repeated sentence-like line;
//   - the headline-like line right before a related-content heading (with
//     no blank line between) and the first line after it.
func markCruft(doc string, ls []line) {
	first := make(map[string]int, len(ls))
	repeated := make([]bool, len(ls))
	for i, l := range ls {
		s := doc[l.start:l.end]
		if f, ok := first[s]; ok {
			repeated[i], repeated[f] = true, true
		} else {
			first[s] = i
		}
	}
	for i := range ls {
		l := &ls[i]
		s := doc[l.start:l.end]
		switch b := matchBoilerplate(s); {
		case b != nil:
			l.drop = true
			if b.related {
				if i > 0 && !l.gap && headlineLike(doc[ls[i-1].start:ls[i-1].end]) {
					ls[i-1].drop = true
				}
				if i+1 < len(ls) && headlineLike(doc[ls[i+1].start:ls[i+1].end]) {
					ls[i+1].drop = true
				}
			}
		case !hasAlnum(s):
			l.drop = true
		case isBareURL(s):
			l.drop = true
			if i+1 < len(ls) && !ls[i+1].gap {
				if t := doc[ls[i+1].start:ls[i+1].end]; headlineLike(t) && wordCount(t) <= 5 {
					ls[i+1].drop = true
				}
			}
		case repeated[i] && (headlineLike(s) || first[s] != i):
			l.drop = true
		}
	}
}

// headlineLike reports whether s looks like a headline or title: at most
// 20 words and no final punctuation (. ! ? … : ; ,), ignoring closing quotes
// and brackets.
func headlineLike(s string) bool {
	for len(s) > 0 {
		r, n := decodeBefore(s, len(s))
		switch r {
		case '"', '\'', '”', '’', ')', ']':
			s = s[:len(s)-n]
			continue
		case '.', '!', '?', '…', ':', ';', ',':
			return false
		}
		break
	}
	return len(s) > 0 && wordCount(s) <= 20
}

// isBareURL reports whether line s is a single URL.
func isBareURL(s string) bool {
	if strings.ContainsAny(s, " \t") {
		return false
	}
	return hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://") || hasPrefixFold(s, "www.")
}

func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

func hasAlnum(s string) bool {
	for i := 0; i < len(s); {
		r, n := decodeAt(s, i)
		if isWordRune(r) {
			return true
		}
		i += n
	}
	return false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) > 0
}
