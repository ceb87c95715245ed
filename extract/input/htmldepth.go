package input

import (
	"strings"

	"golang.org/x/net/html"
)

// maxHTMLDepth is how deeply elements may nest in a page given to the HTML
// parser. The tags of elements nested deeper are dropped and their text is
// kept, as browsers' parsers do (Blink's limit is 512 as well). Parsing
// and extraction take time quadratic in the depth: a page of 8,000 nested
// <div>s took 40 s, one of 100,000 would take hours.
const maxHTMLDepth = 512

// flattenDeep returns page with the start and end tags of elements nested
// deeper than limit removed, or page itself when there are none.
// It follows the nesting on the token stream, in one pass, about the way
// the parser would for ordinary pages: void elements (<br>), elements
// whose content is raw text (<script>, <style>, <title>, ...) and
// self-closing tags within <svg> or <math> add no depth and are always
// kept; a start tag first closes the innermost elements whose end tags it
// implies (<li> an open <li>, <tr> an open <td> and <tr>, <div> an open
// <p>, ...); then any start tag, self-closing or not, opens an element,
// and any end tag closes the innermost one.
// Where removing tags would join a '<' of text to the text after it, into
// a new tag, an empty comment keeps them apart.
func flattenDeep(page string, limit int) string {
	z := html.NewTokenizer(strings.NewReader(page))
	n := nesting{limit: limit}
	var out strings.Builder
	pos, dropped, gap := 0, false, false // gap: tags removed since the last token kept
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		name, _ := z.TagName()
		keep := n.step(tt, string(name))
		switch {
		case !keep && !dropped:
			out.Grow(len(page))
			out.WriteString(page[:pos])
			dropped, gap = true, true
		case !keep:
			gap = true
		case dropped:
			if gap && strings.HasSuffix(out.String(), "<") {
				out.WriteString("<!---->")
			}
			out.Write(raw)
			gap = false
		}
		pos += len(raw)
	}
	if !dropped {
		return page
	}
	out.WriteString(page[pos:])
	return out.String()
}

// A nesting follows the open elements of a page along its tokens.
type nesting struct {
	limit   int      // the depth allowed
	open    []string // names of the open elements, innermost last, up to limit
	depth   int      // number of open elements, which may be more than len(open)
	foreign int      // open <svg> and <math> elements
}

// step takes the next token, of type tt with tag name (for tags), and
// reports whether it is within the depth limit, so kept.
func (n *nesting) step(tt html.TokenType, name string) bool {
	switch {
	case tt != html.StartTagToken && tt != html.EndTagToken && tt != html.SelfClosingTagToken,
		voidElements[name], rawTextElements[name],
		tt == html.SelfClosingTagToken && n.foreign > 0:
		return true
	case tt == html.EndTagToken:
		keep := n.depth <= n.limit
		n.close(name)
		return keep
	}
	for n.depth > 0 && n.depth == len(n.open) && impliesEnd(name, n.open[n.depth-1]) {
		n.close(n.open[n.depth-1])
	}
	n.depth++
	if n.depth <= n.limit {
		n.open = append(n.open, name)
	}
	if name == "svg" || name == "math" {
		n.foreign++
	}
	return n.depth <= n.limit
}

// close closes the innermost open element, for an end tag of name.
func (n *nesting) close(name string) {
	if n.depth == 0 {
		return
	}
	if n.depth == len(n.open) {
		n.open = n.open[:n.depth-1]
	}
	n.depth--
	if (name == "svg" || name == "math") && n.foreign > 0 {
		n.foreign--
	}
}

// voidElements have no content and no end tag.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "keygen": true, "link": true, "meta": true, "param": true, "source": true,
	"track": true, "wbr": true,
}

// rawTextElements hold text only, which the tokenizer reads up to their
// end tag.
var rawTextElements = map[string]bool{
	"script": true, "style": true, "title": true, "textarea": true, "xmp": true, "iframe": true,
	"noembed": true, "noframes": true, "noscript": true, "plaintext": true,
}

// impliesEnd reports whether a start tag of name closes an open element
// called open, whose end tag may be left out.
func impliesEnd(name, open string) bool {
	switch open {
	case "p":
		return name == "p" || closesP[name]
	case "li":
		return name == "li"
	case "dt", "dd":
		return name == "dt" || name == "dd"
	case "option":
		return name == "option" || name == "optgroup"
	case "optgroup":
		return name == "optgroup"
	case "td", "th":
		return name == "td" || name == "th" || name == "tr" || name == "tbody" || name == "thead" || name == "tfoot"
	case "tr":
		return name == "tr" || name == "tbody" || name == "thead" || name == "tfoot"
	case "tbody", "thead", "tfoot":
		return name == "tbody" || name == "thead" || name == "tfoot"
	case "rt", "rp":
		return name == "rt" || name == "rp"
	}
	return false
}

// closesP are the block elements whose start tag closes an open <p>.
var closesP = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "details": true, "div": true,
	"dl": true, "fieldset": true, "figcaption": true, "figure": true, "footer": true, "form": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "header": true, "hgroup": true,
	"main": true, "menu": true, "nav": true, "ol": true, "pre": true, "section": true, "table": true, "ul": true,
}
