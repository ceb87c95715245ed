package input

import (
	"regexp"
	"strings"
)

// fromMarkdown converts Markdown to plain text; see the package
// documentation for the rules.
func fromMarkdown(src string) Article {
	lines := strings.Split(src, "\n")
	var c mdConverter
	for _, l := range skipFrontMatter(lines) {
		c.line(strings.TrimSuffix(l, "\r"))
	}
	c.flush()
	return Article{Title: c.title, Text: strings.Join(c.paras, "\n\n")}
}

// skipFrontMatter drops a leading block fenced by "---" lines (YAML front
// matter), if it is closed by "---" or "...".
func skipFrontMatter(lines []string) []string {
	if len(lines) == 0 || strings.TrimRight(lines[0], " \t\r") != "---" {
		return lines
	}
	for i := 1; i < len(lines); i++ {
		if l := strings.TrimRight(lines[i], " \t\r"); l == "---" || l == "..." {
			return lines[i+1:]
		}
	}
	return lines
}

// Kinds of Markdown blocks that group lines.
const (
	blockPara = iota
	blockList
	blockTable
)

// An mdConverter turns Markdown lines into paragraphs of plain text.
type mdConverter struct {
	paras   []string // finished paragraphs
	cur     []string // lines of the block being read
	kind    int      // kind of the block being read
	fence   string   // opening fence of the code block being skipped
	comment bool     // inside an HTML comment
	title   string
}

var (
	atxHeading = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+(.*?))??(?:[ \t]+#+)?[ \t]*$`)
	setextLine = regexp.MustCompile(`^ {0,3}(=+|-+)[ \t]*$`)
	thematic   = regexp.MustCompile(`^ {0,3}([-*_])(?:[ \t]*([-*_]))(?:[ \t]*([-*_]))+[ \t]*$`)
	fenceOpen  = regexp.MustCompile("^ {0,3}(`{3,}|~{3,})")
	refDef     = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:[ \t]*\S`)
	listItem   = regexp.MustCompile(`^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)(?:\[[ xX]\][ \t]+)?`)
	tableDelim = regexp.MustCompile(`^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$`)
	quoteMark  = regexp.MustCompile(`^(?: {0,3}>[ \t]?)+`)
)

func (c *mdConverter) line(l string) {
	if c.fence != "" {
		if t := strings.TrimSpace(quoteMark.ReplaceAllString(l, "")); strings.HasPrefix(t, c.fence) && strings.Trim(t, c.fence[:1]) == "" {
			c.fence = ""
		}
		return
	}
	blank, inComment := strings.TrimSpace(l) == "", c.comment
	if l = c.stripComments(l); strings.TrimSpace(l) == "" && (!blank || inComment || c.comment) {
		return // a comment, not a paragraph break
	}
	l = quoteMark.ReplaceAllString(l, "")
	if m := fenceOpen.FindStringSubmatch(l); m != nil {
		c.flush()
		c.fence = m[1]
		return
	}
	if strings.TrimSpace(l) == "" {
		c.flush()
		return
	}
	c.block(l)
}

// block handles a non-blank line outside code blocks and comments.
func (c *mdConverter) block(l string) {
	if m := setextLine.FindStringSubmatch(l); m != nil && c.kind == blockPara && len(c.cur) > 0 {
		c.heading(strings.Join(c.cur, " "), m[1][0] == '=')
		return
	}
	if thematic.MatchString(l) {
		c.flush()
		return
	}
	if m := atxHeading.FindStringSubmatch(l); m != nil {
		c.flush()
		c.heading(inline(m[2]), len(m[1]) == 1)
		return
	}
	if refDef.MatchString(l) || (tableDelim.MatchString(l) && strings.Contains(l, "|")) {
		return
	}
	if m := listItem.FindString(l); m != "" && c.canStartList(m) {
		c.add(blockList, inline(l[len(m):]), false)
		return
	}
	if t := strings.TrimSpace(l); strings.HasPrefix(t, "|") {
		c.add(blockTable, tableRow(t), false)
		return
	}
	c.add(c.kind, inline(strings.TrimSpace(l)), c.kind == blockList)
}

// add appends text to a block of the given kind, starting a new block if
// the kind changes. With join set, text continues the block's last line.
func (c *mdConverter) add(kind int, text string, join bool) {
	if text == "" {
		return
	}
	if kind != c.kind || len(c.cur) == 0 {
		c.flush()
		c.kind = kind
		join = false
	}
	if join {
		c.cur[len(c.cur)-1] += " " + text
		return
	}
	c.cur = append(c.cur, text)
}

// canStartList reports whether a line starting with the list marker m
// starts a list item. As in CommonMark, an ordered list can interrupt a
// paragraph only if it starts with 1, so that a wrapped line like
// "2024. The year..." stays text.
func (c *mdConverter) canStartList(m string) bool {
	m = strings.TrimLeft(m, " \t")
	if m[0] < '0' || m[0] > '9' || c.kind != blockPara || len(c.cur) == 0 {
		return true
	}
	return strings.HasPrefix(m, "1.") || strings.HasPrefix(m, "1)")
}

// heading ends the current block with a heading paragraph. The first
// block of the document, if it is a level-1 heading, is also the title.
func (c *mdConverter) heading(text string, level1 bool) {
	if level1 && len(c.paras) == 0 {
		c.title = text
	}
	c.cur = []string{text}
	c.kind = blockPara
	c.flush()
}

func (c *mdConverter) flush() {
	if len(c.cur) > 0 && strings.TrimSpace(strings.Join(c.cur, "")) != "" {
		c.paras = append(c.paras, strings.Join(c.cur, "\n"))
	}
	c.cur = c.cur[:0]
	c.kind = blockPara
}

// stripComments removes HTML comments from l, which may open or close one
// that spans lines.
func (c *mdConverter) stripComments(l string) string {
	var b strings.Builder
	for l != "" {
		if c.comment {
			i := strings.Index(l, "-->")
			if i < 0 {
				return b.String()
			}
			l, c.comment = l[i+3:], false
			continue
		}
		i := strings.Index(l, "<!--")
		if i < 0 {
			b.WriteString(l)
			break
		}
		b.WriteString(l[:i])
		l, c.comment = l[i+4:], true
	}
	return b.String()
}

// tableRow turns "| a | b |" into "a\tb".
func tableRow(t string) string {
	t = strings.TrimPrefix(t, "|")
	t = strings.TrimSuffix(t, "|")
	cells := strings.Split(t, "|")
	for i, cell := range cells {
		cells[i] = inline(strings.TrimSpace(cell))
	}
	return strings.Join(cells, "\t")
}
