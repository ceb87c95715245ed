package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the canonical form of an article's text that kg stores
// and that all byte offsets refer to. See the package documentation for the
// exact rules. Normalize is idempotent and its result is valid UTF-8 in NFC.
func Normalize(raw string) string {
	if isPlainASCII(raw) {
		return raw
	}
	var b strings.Builder
	b.Grow(len(raw))
	for i := 0; i < len(raw); {
		c := raw[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\r':
				b.WriteByte('\n')
				if i+1 < len(raw) && raw[i+1] == '\n' {
					i++
				}
			case c == '\n' || c == '\t':
				b.WriteByte(c)
			case c == '\v' || c == '\f':
				b.WriteByte('\n')
			case c < 0x20 || c == 0x7f:
				b.WriteByte(' ')
			default:
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(raw[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteRune(utf8.RuneError)
		case r == 0x85 || r == 0x2028 || r == 0x2029:
			b.WriteByte('\n')
		case r < 0xa0:
			b.WriteByte(' ') // C1 control
		case isInvisibleFormat(r):
			// removed
		case unicode.Is(unicode.Zs, r):
			b.WriteByte(' ')
		default:
			b.WriteString(raw[i : i+n])
		}
		i += n
	}
	s := b.String()
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// isPlainASCII reports whether s is ASCII without control characters other
// than tab and line feed, so that Normalize returns it unchanged.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x7f || c < 0x20 && c != '\n' && c != '\t' {
			return false
		}
	}
	return true
}

// isInvisibleFormat reports whether r is one of the invisible format
// characters that Normalize removes: byte order mark / zero-width no-break
// space, zero-width space, word joiner, soft hyphen and bidirectional marks.
// Zero-width (non-)joiners are kept: they matter in some scripts and emoji.
func isInvisibleFormat(r rune) bool {
	switch {
	case r == 0xfeff, r == 0x200b, r == 0x2060, r == 0x00ad,
		r == 0x200e, r == 0x200f, r == 0x061c,
		r >= 0x202a && r <= 0x202e,
		r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}
