package input

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// inline converts the inline Markdown of one line to plain text: links
// become their text, images, footnote references and HTML tags are
// dropped, autolinks become their address, code spans keep their content,
// emphasis and strikethrough markers are removed, backslash escapes and
// HTML character references are resolved.
func inline(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		n := inlineAt(&b, s, i)
		if n == 0 {
			b.WriteByte(s[i])
			n = 1
		}
		i += n
	}
	return strings.TrimSpace(b.String())
}

// inlineAt converts the construct starting at s[i], if any, writes its
// text to b, and returns its length, or 0 if s[i] is a plain byte.
func inlineAt(b *strings.Builder, s string, i int) int {
	switch s[i] {
	case '\\':
		if i+1 < len(s) && isASCIIPunct(s[i+1]) {
			b.WriteByte(s[i+1])
			return 2
		}
	case '`':
		return codeSpan(b, s, i)
	case '!':
		if i+1 < len(s) && s[i+1] == '[' {
			if _, n := link(s[i+1:]); n > 0 {
				return 1 + n // an image: dropped
			}
		}
	case '[':
		text, n := link(s[i:])
		if n > 0 {
			b.WriteString(inline(text))
		}
		return n
	case '<':
		return angle(b, s[i:])
	case '&':
		return entity(b, s[i:])
	case '*', '_', '~':
		return delimiter(b, s, i)
	}
	return 0
}

// codeSpan writes the content of the code span at s[i:] and returns its
// length, or writes an unmatched run of backticks as it is.
func codeSpan(b *strings.Builder, s string, i int) int {
	n := len(s[i:]) - len(strings.TrimLeft(s[i:], "`"))
	tick := s[i : i+n]
	for j := i + n; j < len(s); {
		k := strings.Index(s[j:], tick)
		if k < 0 {
			break
		}
		j += k
		m := len(s[j:]) - len(strings.TrimLeft(s[j:], "`"))
		if m == n {
			code := s[i+n : j]
			if len(code) > 1 && code[0] == ' ' && code[len(code)-1] == ' ' && strings.Trim(code, " ") != "" {
				code = code[1 : len(code)-1]
			}
			b.WriteString(code)
			return j + m - i
		}
		j += m
	}
	b.WriteString(tick)
	return n
}

// link parses a link "[text](destination)", "[text][label]" or
// "[text][]" at the start of s, and returns its text and length. A
// footnote reference "[^label]" has empty text. Anything else, including
// a bare "[text]", is not a link: link returns 0.
func link(s string) (string, int) {
	end := matching(s, '[', ']')
	if end < 0 {
		return "", 0
	}
	text, rest := s[1:end], s[end+1:]
	switch {
	case strings.HasPrefix(text, "^"):
		return "", end + 1
	case strings.HasPrefix(rest, "("):
		if e := matching(rest, '(', ')'); e >= 0 {
			return text, end + 1 + e + 1
		}
	case strings.HasPrefix(rest, "["):
		if e := matching(rest, '[', ']'); e >= 0 {
			return text, end + 1 + e + 1
		}
	}
	return "", 0
}

// matching returns the index of the close byte that matches the open byte
// at s[0], skipping backslash escapes, or -1.
func matching(s string, open, close byte) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case open:
			depth++
		case close:
			if depth--; depth == 0 {
				return i
			}
		}
	}
	return -1
}

// angle handles s starting with '<': an autolink "<scheme:...>" or
// "<user@host>" becomes its address, an HTML tag, comment or declaration
// is dropped. It returns the length consumed, or 0.
func angle(b *strings.Builder, s string) int {
	end := strings.IndexByte(s, '>')
	if end < 2 {
		return 0
	}
	inner := s[1:end]
	if strings.ContainsAny(inner, " \t<") {
		if isTagStart(inner) {
			return end + 1
		}
		return 0
	}
	if i := strings.IndexByte(inner, ':'); i > 1 && isScheme(inner[:i]) || strings.Contains(inner, "@") {
		b.WriteString(inner)
		return end + 1
	}
	if isTagStart(inner) {
		return end + 1
	}
	return 0
}

// isTagStart reports whether inner, the text after '<', starts an HTML
// tag, closing tag, comment, declaration or processing instruction.
func isTagStart(inner string) bool {
	inner = strings.TrimPrefix(inner, "/")
	return inner != "" && (isASCIILetter(inner[0]) || inner[0] == '!' || inner[0] == '?') &&
		!strings.Contains(inner, "<")
}

func isScheme(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isASCIILetter(c) && (i == 0 || (c < '0' || c > '9') && c != '+' && c != '.' && c != '-') {
			return false
		}
	}
	return true
}

// entity writes the character that the HTML character reference at the
// start of s stands for, and returns its length, or 0.
func entity(b *strings.Builder, s string) int {
	end := strings.IndexByte(s, ';')
	if end < 2 || end > 32 {
		return 0
	}
	ref := s[:end+1]
	text := html.UnescapeString(ref)
	if text == ref {
		return 0
	}
	b.WriteString(text)
	return len(ref)
}

// delimiter handles the run of emphasis or strikethrough markers at s[i]:
// it drops the run if it opens or closes emphasis, else writes it to b,
// and returns its length. Like CommonMark, a run counts if it is left- or
// right-flanking; '_' inside a word and a single '~' are literal.
func delimiter(b *strings.Builder, s string, i int) int {
	c := s[i]
	n := len(s[i:]) - len(strings.TrimLeft(s[i:], string(c)))
	if !isDelimiter(s, i, n) {
		b.WriteString(s[i : i+n])
	}
	return n
}

func isDelimiter(s string, i, n int) bool {
	c := s[i]
	if c == '~' && n != 2 {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+n:])
	if i == 0 {
		before = ' '
	}
	if i+n == len(s) {
		after = ' '
	}
	left := !unicode.IsSpace(after) && (!isPunct(after) || unicode.IsSpace(before) || isPunct(before))
	right := !unicode.IsSpace(before) && (!isPunct(before) || unicode.IsSpace(after) || isPunct(after))
	if c == '_' && left && right {
		return false
	}
	return left || right
}

func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

func isASCIIPunct(c byte) bool {
	return c < utf8.RuneSelf && c > ' ' && c != 0x7F && !isASCIILetter(c) && (c < '0' || c > '9')
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
