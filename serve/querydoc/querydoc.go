// Package querydoc reads the worked queries of a Markdown guide (such as
// docs/queries.md) and writes their outputs back, so that a test can run
// every query and keep the page true.
//
// A query is a fenced block whose info string names its language (js for
// Gizmo, graphql, mql) followed directly by a json block: its output, a
// JSON array. One query block may have no output: the prelude, which a
// query starting with the line "// with the prelude" runs after. Other
// blocks (sh, text, ...) are left alone.
package querydoc

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// PreludeMark starts a query that runs after the prelude.
const PreludeMark = "// with the prelude"

// Query is one worked query of a page.
type Query struct {
	Lang   string // gizmo, graphql or mql
	Text   string // the query as the page shows it
	Line   int    // of its opening fence, from 1
	Output string // the page's output block, as written
	out    [2]int // the output's byte span in the page
}

// Page is a guide with its queries.
type Page struct {
	text    string
	Prelude string
	Queries []Query
}

// fence matches a fenced block: its info string and its text.
var fence = regexp.MustCompile("(?ms)^```(\\w*)\n(.*?)^```$")

var langs = map[string]string{"js": "gizmo", "graphql": "graphql", "mql": "mql"}

// Parse reads the queries of page.
func Parse(page string) (*Page, error) {
	p := &Page{text: page}
	blocks := fence.FindAllStringSubmatchIndex(page, -1)
	for i, b := range blocks {
		lang, ok := langs[page[b[2]:b[3]]]
		if !ok {
			continue
		}
		text := page[b[4]:b[5]]
		line := 1 + strings.Count(page[:b[0]], "\n")
		if i+1 == len(blocks) || page[blocks[i+1][2]:blocks[i+1][3]] != "json" {
			if p.Prelude != "" {
				return nil, fmt.Errorf("line %d: a second query without output (the prelude is at most one)", line)
			}
			p.Prelude = text
			continue
		}
		next := blocks[i+1]
		p.Queries = append(p.Queries, Query{Lang: lang, Text: text, Line: line,
			Output: page[next[4]:next[5]], out: [2]int{next[4], next[5]}})
	}
	return p, nil
}

// Source returns the query to run: its text, after the prelude when it
// starts with PreludeMark.
func (p *Page) Source(q Query) string {
	if strings.HasPrefix(q.Text, PreludeMark) {
		return p.Prelude + q.Text
	}
	return q.Text
}

// WithOutputs returns the page with the output of each query replaced by
// the matching entry of outputs (one per query, in order).
func (p *Page) WithOutputs(outputs []string) (string, error) {
	if len(outputs) != len(p.Queries) {
		return "", fmt.Errorf("%d outputs for %d queries", len(outputs), len(p.Queries))
	}
	var b strings.Builder
	last := 0
	for i, q := range p.Queries {
		b.WriteString(p.text[last:q.out[0]])
		out := outputs[i]
		if !strings.HasSuffix(out, "\n") {
			out += "\n"
		}
		b.WriteString(out)
		last = q.out[1]
	}
	b.WriteString(p.text[last:])
	return b.String(), nil
}

// Same reports whether the results got are those an output shows, in any
// order (a page shows results in store order, which a rebuilt store need
// not keep), and returns both sides, canonical and sorted, for a message.
func Same(got []any, output string) (same bool, gotText, wantText []string, err error) {
	var want []any
	if err := json.Unmarshal([]byte(output), &want); err != nil {
		return false, nil, nil, fmt.Errorf("the output is not a JSON array: %w", err)
	}
	gotText, wantText = canonical(got), canonical(want)
	return slices.Equal(gotText, wantText), gotText, wantText, nil
}

func canonical(results []any) []string {
	out := make([]string, len(results))
	for i, r := range results {
		b, _ := json.Marshal(r)
		out[i] = string(b)
	}
	slices.Sort(out)
	return out
}
