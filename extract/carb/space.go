package carb

import (
	"strings"
	"unicode"
)

// isSpace reports whether r is white space to Python's str.isspace, which
// the reference scorer relies on through str.strip and str.split. It is
// Go's unicode.IsSpace plus the four information separators U+001C..U+001F.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// fields splits s into whitespace tokens like Python's s.split().
func fields(s string) []string {
	return strings.FieldsFunc(s, isSpace)
}

// trim removes leading and trailing white space like Python's s.strip().
func trim(s string) string {
	return strings.TrimFunc(s, isSpace)
}
