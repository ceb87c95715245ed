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
}

// looks gives each entity type a shape and a fill colour (ColorBrewer
// Set3, readable with black text), and literals a plain box.
var looks = map[graph.Type]look{
	graph.Person:       {"ellipse", "#8dd3c7"},
	graph.Organization: {"hexagon", "#80b1d3"},
	graph.Place:        {"octagon", "#b3de69"},
	graph.Weapon:       {"invtrapezium", "#fb8072"},
	graph.Product:      {"parallelogram", "#fdb462"},
	graph.Event:        {"trapezium", "#bebada"},
	graph.Thing:        {"ellipse", "#d9d9d9"},
}

var literalLook = look{shape: "box"}

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

// leftLines escapes text as a label of left-justified lines.
func leftLines(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		b.WriteString(escape(line))
		b.WriteString(`\l`)
	}
	return b.String()
}

// escape turns text into a Graphviz escString that displays as the text:
// backslashes are doubled (Graphviz reads \n, \l, \N, ... in labels and
// tooltips), line breaks become \n, other control characters and invalid
// UTF-8 become spaces and U+FFFD.
func escape(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
		case unicode.IsControl(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
