package graph

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Joe Biden", "joe-biden"},
		{"U.S.", "us"},
		{"Zelensky's", "zelenskys"},
		{"run out of", "run-out-of"},
		{"  Kyiv  ", "kyiv"},
		{"F-16", "f-16"},
		{"0.1", "0.1"},
		{"Ministry of Defense (UK)", "ministry-of-defense-uk"},
		{"基辅", "基辅"},
	}
	for _, tc := range tests {
		if got := Slug(tc.in); got != tc.want {
			t.Errorf("Slug(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	long := strings.Repeat("Ministry of Very Long Names ", 400)
	if got := Slug(long); len(got) > 120 || Slug(long+"x") == got || !strings.HasPrefix(got, "ministry-of-very-long-names") {
		t.Errorf("Slug of a %d-byte label = %q", len(long), got)
	}
	if a, b := Slug("..."), Slug("!!!"); a == "" || a == b {
		t.Errorf("labels without letters: %q and %q", a, b)
	}
}

func FuzzSlug(f *testing.F) {
	for _, s := range []string{"Joe Biden", "U.S.", "", "\x00", "a--b", "3.5%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Slug(s)
		if got == "" || !utf8.ValidString(got) || strings.ContainsAny(got, " /?#<>\"") {
			t.Errorf("Slug(%q) = %q", s, got)
		}
		if Slug(got) != got && !strings.HasPrefix(got, "x") {
			t.Errorf("Slug is not idempotent on %q: %q then %q", s, got, Slug(got))
		}
	})
}

func TestNamespace(t *testing.T) {
	for _, bad := range []string{"relative/", "https://example.org/no-slash", "::"} {
		if _, err := NewNamespace(bad); err == nil {
			t.Errorf("NewNamespace(%q) succeeded", bad)
		}
	}
	ns, err := NewNamespace("https://example.net/g#")
	if err != nil {
		t.Fatal(err)
	}
	if got := ns.Article("a b/c"); got != "https://example.net/g#article/a%20b%2Fc" {
		t.Errorf("Article = %s", got)
	}
	if got := (Namespace{}).Entity("Kyiv"); got != DefaultBase+"entity/kyiv" {
		t.Errorf("zero Namespace Entity = %s", got)
	}
	if ns.Statement("a", "k1") == ns.Statement("a", "k2") {
		t.Error("different keys give the same statement IRI")
	}
}

func TestConceptIRI(t *testing.T) {
	ns, err := NewNamespace("https://example.net/g/")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		article, phrase, want string
	}{
		{"a1", "protesters", "https://example.net/g/article/a1/concept/protesters"},
		{"a1", "air defense forces", "https://example.net/g/article/a1/concept/air-defense-forces"},
		{"a1", "Government", "https://example.net/g/article/a1/concept/government"},
		{"a b/c", "the report", "https://example.net/g/article/a%20b%2Fc/concept/the-report"},
	}
	for _, tt := range tests {
		if got := ns.Concept(tt.article, tt.phrase); string(got) != tt.want {
			t.Errorf("Concept(%q, %q) = %s, want %s", tt.article, tt.phrase, got, tt.want)
		}
	}
	if ns.Concept("a1", "report") == ns.Concept("a2", "report") {
		t.Error("the same phrase in two articles gives one IRI")
	}
	if ns.Concept("a1", "report") == ns.Entity("report") {
		t.Error("a concept and the entity of the same label share an IRI")
	}
}

func ExampleNamespace_Concept() {
	var ns Namespace
	fmt.Println(ns.Concept("enwikinews-736", "the report"))
	fmt.Println(ns.Entity("Hu Jintao"))
	// Output:
	// https://example.org/kg/id/article/enwikinews-736/concept/the-report
	// https://example.org/kg/id/entity/hu-jintao
}

func TestShared(t *testing.T) {
	ns, err := NewNamespace("https://example.net/g#")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		iri  IRI
		want bool
	}{
		{ns.Entity("Kyiv"), true},
		{ns.Relation("hold talks with"), true},
		{ns.Extractor("dep", "1"), true},
		{ns.Article("entity/x"), false},
		{ns.Sentence("a", 1), false},
		{ns.Statement("a", "k"), false},
		{ns.Concept("a", "the report"), false},
		{(Namespace{}).Entity("Kyiv"), false}, // another base
		{IRI(Schema + "Person"), false},
	}
	for _, tt := range tests {
		if got := ns.Shared(string(tt.iri)); got != tt.want {
			t.Errorf("Shared(%s) = %v, want %v", tt.iri, got, tt.want)
		}
	}
}
