package input

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// fromHTML extracts the main text and the metadata of an HTML page.
func fromHTML(page string) (a Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("html extraction failed: %v", p)
		}
	}()
	cfg := trafilatura.DefaultConfig()
	cfg.MinExtractedSize = 1 // keep the structure of short articles
	res, err := trafilatura.Extract(strings.NewReader(flattenDeep(page, maxHTMLDepth)), trafilatura.Options{
		Config:          cfg,
		EnableFallback:  true,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
	})
	if err != nil {
		return Article{}, fmt.Errorf("%w in HTML: %v", ErrNoText, err)
	}
	a = Article{
		Title: res.Metadata.Title,
		URL:   res.Metadata.URL,
		Text:  nodeText(res.ContentNode),
	}
	if t := strings.TrimSpace(a.Text); t != "" && t == strings.TrimSpace(a.Title) {
		// Trafilatura's last resort returns the page's text, which may be
		// no more than its <title>.
		return Article{}, fmt.Errorf("%w in HTML beyond its title", ErrNoText)
	}
	if !res.Metadata.Date.IsZero() {
		a.Date = res.Metadata.Date.Format(time.DateOnly)
	}
	return a, nil
}

// Separators between pieces of text, weakest first.
const (
	sepNone = iota
	sepSpace
	sepCell
	sepLine
	sepPara
)

var sepText = [...]string{"", " ", "\t", "\n", "\n\n"}

// breakBefore gives the separator put before and after the text of block
// elements. Other elements are inline, apart from those in skipElement.
var breakBefore = map[string]int{
	"address": sepPara, "article": sepPara, "aside": sepPara, "blockquote": sepPara,
	"details": sepPara, "div": sepPara, "dl": sepPara, "fieldset": sepPara,
	"figcaption": sepPara, "figure": sepPara, "footer": sepPara, "form": sepPara,
	"h1": sepPara, "h2": sepPara, "h3": sepPara, "h4": sepPara, "h5": sepPara,
	"h6": sepPara, "header": sepPara, "hr": sepPara, "main": sepPara, "nav": sepPara,
	"ol": sepPara, "p": sepPara, "pre": sepPara, "section": sepPara, "summary": sepPara,
	"table": sepPara, "ul": sepPara,
	"br": sepLine, "dd": sepLine, "dt": sepLine, "li": sepLine, "tr": sepLine,
	"caption": sepLine, "td": sepCell, "th": sepCell,
}

var skipElement = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true,
	"svg": true, "math": true, "img": true, "iframe": true, "object": true,
}

// nodeText renders the text of an extracted HTML tree: blocks become
// paragraphs separated by a blank line, list items, table rows and <br>
// become lines, table cells are separated by tabs, and runs of white space
// outside <pre> become one space. Trafilatura drops the space between an
// inline element and the word after or before it ("<b>x</b> y" becomes
// "<b>x</b>y"), so a space is put back between two letters or digits that
// meet at the edge of an inline element.
func nodeText(n *html.Node) string {
	var w textWriter
	w.node(n)
	return w.b.String()
}

type textWriter struct {
	b        strings.Builder
	pending  int  // separator owed before the next text
	boundary bool // an inline element edge since the last text
	pre      int  // depth of <pre> elements
}

func (w *textWriter) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		w.element(n)
		return
	}
	w.children(n)
}

func (w *textWriter) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
}

func (w *textWriter) element(n *html.Node) {
	if skipElement[n.Data] {
		return
	}
	sep, block := breakBefore[n.Data]
	if !block {
		w.boundary = true
		w.children(n)
		w.boundary = true
		return
	}
	if n.Data == "pre" {
		w.pre++
		defer func() { w.pre-- }()
	}
	w.sep(sep)
	w.children(n)
	w.sep(sep)
}

func (w *textWriter) sep(s int) {
	w.pending = max(w.pending, s)
}

func (w *textWriter) text(s string) {
	if w.pre > 0 || s == "" {
		w.write(s)
		return
	}
	if isSpaceByte(s[0]) {
		w.sep(sepSpace)
	}
	w.write(strings.Join(strings.Fields(s), " "))
	if isSpaceByte(s[len(s)-1]) {
		w.sep(sepSpace)
	}
}

// write writes s after the separator owed.
func (w *textWriter) write(s string) {
	if s == "" {
		return
	}
	if w.b.Len() > 0 {
		sep := w.pending
		if sep == sepNone && w.boundary && wordEnd(w.b.String()) && wordStart(s) {
			sep = sepSpace
		}
		w.b.WriteString(sepText[sep])
	}
	w.pending, w.boundary = sepNone, false
	w.b.WriteString(s)
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

func wordEnd(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func wordStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
