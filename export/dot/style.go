package dot

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgraph/kg/graph"
)

// A look is how one kind of node is drawn.
type look struct {
	shape string
	fill  string // "" for no fill
	words string // the look in words, for the caption's legend
}

// looks gives each entity type a shape and a fill colour (ColorBrewer
// Set3, readable with black text), and literals a plain box.
var looks = map[graph.Type]look{
	graph.Person:       {"ellipse", "#8dd3c7", "teal ellipse"},
	graph.Organization: {"hexagon", "#80b1d3", "blue hexagon"},
	graph.Place:        {"octagon", "#b3de69", "green octagon"},
	graph.Weapon:       {"invtrapezium", "#fb8072", "red inverted trapezium"},
	graph.Product:      {"parallelogram", "#fdb462", "orange parallelogram"},
	graph.Event:        {"trapezium", "#bebada", "lilac trapezium"},
	graph.Thing:        {"ellipse", "#d9d9d9", "grey ellipse"},
}

var literalLook = look{shape: "box", words: "white box"}

func lookOf(t graph.Type) look {
	if t.IsLiteral() {
		return literalLook
	}
	if l, ok := looks[t]; ok {
		return l
	}
	return looks[graph.Thing]
}

// Edge colours: [negated][low confidence].
var edgeColours = [2][2]string{
	{"#333333", "#aaaaaa"},
	{"#c0392b", "#eba59e"},
}

func edgeColour(negated, low bool) string {
	i, j := 0, 0
	if negated {
		i = 1
	}
	if low {
		j = 1
	}
	return edgeColours[i][j]
}

// maxLabel is the length in runes beyond which labels are shortened (the
// tooltip keeps the whole text).
const maxLabel = 40

// maxSources is how many source sentences an edge tooltip lists.
const maxSources = 5

func edgeLabel(e *vedge) string {
	l := e.lemma
	if e.modality != "" {
		l = e.modality + " " + l
	}
	if e.negated {
		l = "not " + l
	}
	if n := len(e.sources); n > 1 {
		l += fmt.Sprintf(" \u00d7%d", n)
	}
	return shorten(l)
}

func edgeTooltip(e *vedge) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%d statement", edgeLabel(e), len(e.sources))
	if len(e.sources) != 1 {
		b.WriteString("s")
	}
	fmt.Fprintf(&b, ", confidence up to %.2f)", e.conf)
	for i, s := range e.sources {
		if i == maxSources {
			fmt.Fprintf(&b, "\n... and %d more", len(e.sources)-maxSources)
			break
		}
		fmt.Fprintf(&b, "\n[%s #%d, %.2f] %s", s.article, s.sentence, s.conf, s.text)
	}
	return b.String()
}

func nodeTooltip(n *vnode) string {
	if n.iri == "" {
		return fmt.Sprintf("%s: %s", n.typ, n.label)
	}
	s := fmt.Sprintf("%s (%s)\n%s", n.label, n.typ, n.iri)
	if len(n.aliases) > 0 {
		s += "\nalso: " + strings.Join(n.aliases, ", ")
	}
	return s + fmt.Sprintf("\n%d statement", n.degree) + plural(n.degree)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// shorten cuts s to maxLabel runes, marking the cut with an ellipsis.
func shorten(s string) string {
	if utf8.RuneCountInString(s) <= maxLabel {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:maxLabel-1])) + "\u2026"
}

// lineWidth is the length in runes of the lines wrap makes.
const lineWidth = 20

// wrap shortens s (see shorten) and breaks it into lines of at most
// lineWidth runes at spaces (inside a word longer than a line, anywhere),
// so that long labels make compact nodes. Line breaks already in s are
// kept.
func wrap(s string) string {
	var lines []string
	for _, para := range strings.Split(shorten(s), "\n") {
		line := []rune(nil)
		for _, word := range strings.Split(para, " ") {
			w := []rune(word)
			if len(line) > 0 && len(line)+1+len(w) > lineWidth {
				lines = append(lines, string(line))
				line = nil
			}
			if len(line) > 0 {
				line = append(line, ' ')
			}
			line = append(line, w...)
			for len(line) > lineWidth {
				lines = append(lines, string(line[:lineWidth]))
				line = line[lineWidth:]
			}
		}
		lines = append(lines, string(line))
	}
	return strings.Join(lines, "\n")
}

// leftLines escapes text as a label of left-justified lines.
func leftLines(s string) string {
	return escapeLines(s+"\n", `\l`)
}

// escape turns text into a Graphviz escString that displays as the text:
// backslashes are doubled (Graphviz reads \n, \l, \N, ... in labels and
// tooltips), line breaks become \n, other control characters become
// spaces and invalid UTF-8 becomes U+FFFD.
//
// A line break followed by letters, digits, '_' or non-ASCII characters
// and then a double quote (as in "truly\nexemplary" deal") stays a line
// break character, which Graphviz also draws as a line break: after an
// escape sequence such as \n, Graphviz 12's DOT writer stops escaping
// double quotes until the next ASCII punctuation or space, and would write
// a broken file.
func escape(s string) string {
	return escapeLines(s, `\n`)
}

// escapeLines is escape with line breaks written as brk (\n centres a
// line, \l justifies it left; a line kept as a character is centred).
func escapeLines(s, brk string) string {
	rs := []rune(strings.ToValidUTF8(s, "\uFFFD"))
	var b strings.Builder
	for i, r := range rs {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n' && quoteAfterWord(rs[i+1:]):
			b.WriteByte('\n')
		case r == '\n':
			b.WriteString(brk)
		case r == '\r':
		case unicode.IsControl(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// quoteAfterWord reports whether rs starts with a run of characters that
// Graphviz's DOT writer takes as part of an identifier (ASCII letters and
// digits, '_', anything not ASCII) followed by a double quote.
func quoteAfterWord(rs []rune) bool {
	for _, r := range rs {
		switch {
		case r == '"':
			return true
		case r < utf8.RuneSelf && !(r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)):
			return false
		}
	}
	return false
}
