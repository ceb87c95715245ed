package querydoc

import (
	"strings"
	"testing"
)

const page = "# Guide\n\n```sh\nkg query ...\n```\n\n" +
	"```js\ng.V().All()\n```\n\n```json\n[1, 2]\n```\n\n" +
	"The prelude:\n\n```js\nfunction f() {}\n```\n\n" +
	"```js\n// with the prelude\nf()\n```\n\n```json\n[]\n```\n\n" +
	"```graphql\n{ nodes { id } }\n```\n\n```json\n[{\"nodes\": null}]\n```\n"

func TestParse(t *testing.T) {
	p, err := Parse(page)
	if err != nil {
		t.Fatal(err)
	}
	if p.Prelude != "function f() {}\n" {
		t.Errorf("prelude %q", p.Prelude)
	}
	want := []Query{
		{Lang: "gizmo", Text: "g.V().All()\n", Line: 7, Output: "[1, 2]\n"},
		{Lang: "gizmo", Text: "// with the prelude\nf()\n", Line: 21, Output: "[]\n"},
		{Lang: "graphql", Text: "{ nodes { id } }\n", Line: 30, Output: "[{\"nodes\": null}]\n"},
	}
	if len(p.Queries) != len(want) {
		t.Fatalf("%d queries: %+v", len(p.Queries), p.Queries)
	}
	for i, q := range p.Queries {
		q.out = [2]int{}
		if q != want[i] {
			t.Errorf("query %d = %+v, want %+v", i, q, want[i])
		}
	}
	if got := p.Source(p.Queries[1]); got != "function f() {}\n// with the prelude\nf()\n" {
		t.Errorf("source with prelude %q", got)
	}
	if got := p.Source(p.Queries[0]); got != "g.V().All()\n" {
		t.Errorf("source without prelude %q", got)
	}
}

func TestParseTwoPreludes(t *testing.T) {
	if _, err := Parse("```js\na\n```\n\n```js\nb\n```\n"); err == nil || !strings.Contains(err.Error(), "line 5") {
		t.Errorf("error %v", err)
	}
}

func TestWithOutputs(t *testing.T) {
	p, _ := Parse(page)
	got, err := p.WithOutputs([]string{"[3]", "[\n  \"x\"\n]\n", "[]"})
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(strings.Replace(strings.Replace(page, "[1, 2]\n", "[3]\n", 1),
		"```json\n[]\n```", "```json\n[\n  \"x\"\n]\n```", 1), "[{\"nodes\": null}]\n", "[]\n", 1)
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if _, err := p.WithOutputs([]string{"[]"}); err == nil {
		t.Error("too few outputs accepted")
	}
}

func TestSame(t *testing.T) {
	tests := []struct {
		got    []any
		output string
		same   bool
	}{
		{[]any{"a", "b"}, `["b", "a"]`, true},
		{[]any{map[string]any{"x": 1.0, "y": "z"}}, `[{"y": "z", "x": 1}]`, true},
		{[]any{"a"}, `["a", "a"]`, false},
		{[]any{}, `[]`, true},
		{[]any{"a"}, `["b"]`, false},
	}
	for _, tt := range tests {
		same, _, _, err := Same(tt.got, tt.output)
		if err != nil || same != tt.same {
			t.Errorf("Same(%v, %s) = %v, %v", tt.got, tt.output, same, err)
		}
	}
	if _, _, _, err := Same(nil, "not json"); err == nil {
		t.Error("no error for an output that is not JSON")
	}
}

// FuzzParse checks that a page parses or fails cleanly, and that writing
// its own outputs back gives the page unchanged.
func FuzzParse(f *testing.F) {
	f.Add(page)
	f.Add("```js\n```\n```json\n```\n")
	f.Add("```mql\nx\n```")
	f.Fuzz(func(t *testing.T, s string) {
		p, err := Parse(s)
		if err != nil {
			return
		}
		outs := make([]string, len(p.Queries))
		for i, q := range p.Queries {
			outs[i] = q.Output
			if q.Output != "" && !strings.HasSuffix(q.Output, "\n") {
				return // WithOutputs ends outputs with a newline
			}
			if q.Output == "" {
				return
			}
		}
		back, err := p.WithOutputs(outs)
		if err != nil || back != s {
			t.Errorf("round trip changed the page (%v):\n%q\n%q", err, s, back)
		}
	})
}
