package text

import (
	"unicode"
	"unicode/utf8"
)

// decodeAt decodes the rune at s[i], with an ASCII fast path.
func decodeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return ' ', 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// decodeBefore decodes the rune that ends at s[i]; at i == 0 it returns a space.
func decodeBefore(s string, i int) (rune, int) {
	if i <= 0 {
		return ' ', 0
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r)
}

// isWordRune reports whether r belongs inside a word: a letter, a digit or
// other number, or a combining mark.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9'
	}
	return unicode.IsDigit(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'A' && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z'
	}
	return unicode.IsLower(r)
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isASCIIAlnum(c byte) bool { return isASCIILetter(c) || c >= '0' && c <= '9' }

// isApostrophe reports whether r can be an apostrophe inside a word.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// isHyphen reports whether r can join the parts of a hyphenated word.
func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// isDash reports whether r is a hyphen or dash that forms a punctuation token.
func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '―', '−':
		return true
	}
	return false
}

// isOpener reports whether r opens a quotation or bracket, or is a dash, so
// that a straight quote after it opens a quotation.
func isOpener(r rune) bool {
	switch r {
	case '(', '[', '{', '“', '‘', '«', '„', '"', '\'':
		return true
	}
	return isDash(r)
}
