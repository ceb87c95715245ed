package dot

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgraph/kg/export/internal/look"
	"github.com/kgraph/kg/graph"
)

func lookOf(t graph.Type) look.Look { return look.Of(t) }

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

// Graphviz does not show a label or tooltip as it is given: it decodes
// HTML entities (&amp; shows as &), reads escape sequences (\n, \l, \N,
// ...) and, in tooltips, reads them twice (once as line breaks, once as
// object names). label and tooltip escape text so that it shows exactly
// as written: & becomes &amp;, each backslash two (labels) or four
// (tooltips) backslashes. Line breaks stay line-break characters, which
// Graphviz shows as centred line breaks, rather than becoming \n: after an
// escape sequence such as \n, Graphviz 12's DOT writer stops escaping
// double quotes until the next ASCII punctuation or space, and would write
// a broken file ("a\nb"c"). Other control characters become spaces and
// invalid UTF-8 becomes U+FFFD.

// label escapes text for a label.
func label(s string) string { return escape(s, `\\`) }

// tooltip escapes text for a tooltip.
func tooltip(s string) string { return escape(s, `\\\\`) }

// leftLines escapes text for a label of left-justified lines (\l ends
// each). Every line but the first must be free of double quotes and
// backslashes: the \l before it would trip Graphviz's DOT writer.
func leftLines(s string) string {
	return strings.ReplaceAll(label(s+"\n"), "\n", `\l`)
}

// escape escapes s with each backslash written as backslash.
func escape(s, backslash string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(backslash)
		case r == '&':
			b.WriteString("&amp;")
		case r == '\n':
			b.WriteByte('\n')
		case r == '\r':
		case unicode.IsControl(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
