package graph

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// FoldName returns the form in which names are compared: s lower-cased,
// without accents, periods and apostrophes, every other run of characters
// that are not letters or digits (invalid UTF-8 included) one space, and
// no space at either end. "George W. Bush", "george w bush" and
// "GEORGE W BUSH" all fold to "george w bush"; "Zelens'kyy" to
// "zelenskyy"; "al-Qaeda" and "Al Qaeda" to "al qaeda". The store's name
// filters and kg serve's search compare names so.
func FoldName(s string) string {
	s = norm.NFD.String(strings.ToLower(strings.ToValidUTF8(s, " ")))
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r), r == '.', r == '\'', r == '\u2019':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}
