package input

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestNodeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>One.</p><p>Two.</p>", "One.\n\nTwo."},
		{"<p>Lots   of\n  space </p>", "Lots of space"},
		{"<p>a<br>b</p>", "a\nb"},
		{"<ul><li>one</li><li>two</li></ul><p>after</p>", "one\ntwo\n\nafter"},
		{"<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>", "a\tb\nc\td"},
		{"<pre>x  =  1\n  y</pre>", "x  =  1\n  y"},
		{"<p>Two <b>bold</b>words and<em>emph</em>, done.</p>", "Two bold words and emph, done."},
		{"<p><b>Kyiv</b>, Ukraine</p>", "Kyiv, Ukraine"},
		{"<p>a <a href=x>link</a> here</p>", "a link here"},
		{"<p>x</p><script>var a;</script><style>p{}</style><p>y</p>", "x\n\ny"},
		{"<div><div><p>nested</p></div></div>", "nested"},
		{"<h2>Head</h2>Tail text", "Head\n\nTail text"},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		if got := nodeText(doc); got != tt.want {
			t.Errorf("nodeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFromHTMLGolden extracts testdata/*.html and compares the articles
// with the .golden.json files beside them. Run with -update to rewrite them.
func TestFromHTMLGolden(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no testdata pages (%v)", err)
	}
	for _, p := range pages {
		t.Run(filepath.Base(p), func(t *testing.T) {
			var got Article
			for a, err := range Read(t.Context(), []string{p}, Options{}) {
				if err != nil {
					t.Fatal(err)
				}
				got = a
			}
			got.Origin = "" // depends on the path separator
			gotJSON, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			gotJSON = append(gotJSON, '\n')
			golden := strings.TrimSuffix(p, ".html") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, gotJSON, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if string(gotJSON) != string(want) {
				t.Errorf("got\n%s\nwant\n%s", gotJSON, want)
			}
		})
	}
}

func TestFromHTMLCharset(t *testing.T) {
	page := "<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head><body><p>Le caf\xe9 est ferm\xe9.</p></body></html>"
	a, err := fromHTMLBytes(t, page)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Café" || a.Text != "Le café est fermé." {
		t.Errorf("got title %q text %q, want %q and %q", a.Title, a.Text, "Café", "Le café est fermé.")
	}
}

func TestFromHTMLNoText(t *testing.T) {
	a, err := fromHTMLBytes(t, "<html><head><title>Empty</title></head><body><script>x()</script></body></html>")
	if !errors.Is(err, ErrNoText) {
		t.Errorf("got article %+v, error %v, want ErrNoText", a, err)
	}
}

// fromHTMLBytes reads page as an .html file would be read.
func fromHTMLBytes(t *testing.T, page string) (Article, error) {
	r := newReader(t.Context(), Options{}, nil)
	a, e := r.single("page.html", strings.NewReader(page), formatHTML)
	if e != nil {
		return a, e
	}
	return a, nil
}
