package input

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// nested returns n <name> elements, one in another, around inner.
func nested(name string, n int, inner string) string {
	return strings.Repeat("<"+name+">", n) + inner + strings.Repeat("</"+name+">", n)
}

// TestFlattenDeepLeavesOrdinaryPages checks that pages within the limit
// come back as they are, even with many elements whose end tags are left
// out, many void or self-closing elements, and tags inside scripts.
func TestFlattenDeepLeavesOrdinaryPages(t *testing.T) {
	pages := map[string]string{
		"article":              "<html><head><title>T</title></head><body><article><p>One.</p><p>Two <b>x</b>.</p></article></body></html>",
		"limit deep":           nested("div", 8, "deep"),
		"unclosed paragraphs":  strings.Repeat("<p>para ", 100),
		"unclosed list items":  "<ul>" + strings.Repeat("<li>item ", 100) + "</ul>",
		"unclosed table cells": "<table>" + strings.Repeat("<tr><td>a<td>b", 100) + "</table>",
		"line breaks":          strings.Repeat("line<br>", 100),
		"svg paths":            "<svg>" + strings.Repeat(`<path d="M0 0"/>`, 100) + "</svg><p>after</p>",
		"tags in a script":     "<script>" + strings.Repeat("document.write('<div>');", 100) + "</script><p>x</p>",
		"stray end tags":       strings.Repeat("</div>", 100) + "<p>x</p>",
	}
	for name, page := range pages {
		if got := flattenDeep(page, 8); got != page {
			t.Errorf("%s: changed to %q", name, got)
		}
	}
}

func TestFlattenDeep(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"one too deep", nested("div", 3, "x"), "<div><div>x</div></div>"},
		{"text at every depth kept", "<div>a<div>b<div>c<div>d</div>e</div>f</div>g</div>", "<div>a<div>bcdef</div>g</div>"},
		{"self-closing div opens an element", "<div/><div/><div/>x", "<div/><div/>x"},
		{"script deep down kept whole", nested("i", 3, "<script>if (a<b) {}</script>"), "<i><i><script>if (a<b) {}</script></i></i>"},
		{"void element deep down kept", nested("i", 3, "a<br>b"), "<i><i>a<br>b</i></i>"},
		{"no new tag from a lone <", "<i><i>a<<i>b>c</i></i></i>", "<i><i>a<<!---->b>c</i></i>"},
	}
	for _, tt := range tests {
		if got := flattenDeep(tt.in, 2); got != tt.want {
			t.Errorf("%s: flattenDeep(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestFromHTMLDeeplyNested reads a page of 100,000 nested <div>s, which
// the HTML parser alone would take minutes over, and 100,000 self-closing
// ones (which HTML parsers open and never close).
func TestFromHTMLDeeplyNested(t *testing.T) {
	const n = 100_000
	text := "Ukrainian President Volodymyr Zelensky met Polish President Andrzej Duda in Kyiv on Monday."
	for name, body := range map[string]string{
		"nested":       nested("div", n, "<p>"+text+"</p>"),
		"self-closing": strings.Repeat("<div/>", n) + "<p>" + text + "</p>",
	} {
		start := time.Now()
		a, err := fromHTML("<html><head><title>Deep</title></head><body>" + body + "</body></html>")
		if err != nil || !strings.Contains(a.Text, text) {
			t.Errorf("%s: text %q, error %v", name, a.Text, err)
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("%s: took %v", name, d)
		}
	}
}

// FuzzFlattenDeep checks that flattening never panics, keeps the text
// (as the tokenizer reads it) and is done in one go: a flattened page is
// within the limit.
func FuzzFlattenDeep(f *testing.F) {
	for _, s := range []string{
		"<div><div><div>x</div></div></div>", "<p>a<p>b<p>c", "<svg><path/><path/></svg>",
		"<i><i>a<<i>b>c</i></i></i>", "<div/><div/><div/><div/>", "<b><i><u><s>x</s></u></i></b>",
		"<script><div><div><div></script>", "<table><tr><td><tr><td><tr><td>x</table>",
		"<div><div><div></<div>a>", "<i><i><i><!-- c --><i>x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		out := flattenDeep(page, 2)
		if again := flattenDeep(out, 2); again != out {
			t.Errorf("flattened %q to %q, which flattens again to %q", page, out, again)
		}
		if a, b := tokenText(page), tokenText(out); a != b {
			t.Errorf("flattened %q to %q: text %q became %q", page, out, a, b)
		}
	})
}

// tokenText is the text of page's text tokens, joined.
func tokenText(page string) string {
	z := html.NewTokenizer(strings.NewReader(page))
	var b strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			b.Write(z.Text())
		}
	}
}
