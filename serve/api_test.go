package serve

import (
	"net/url"
	"strings"
	"testing"
)

func TestSearch(t *testing.T) {
	s, _ := fixtureServer(t, Options{})
	tests := []struct {
		q, typ string
		want   []string // labels, in order
		match  string   // of the first result
	}{
		{"Ukraine", "", []string{"Ukraine"}, matchExact},
		{"zel", "", []string{"Volodymyr Zelensky"}, matchPrefix}, // the alias Zelensky
		{"lodymyr", "", []string{"Volodymyr Zelensky"}, matchSubstring},
		{"joe b", "", []string{"Joe Biden"}, matchPrefix},
		{"bid", "", []string{"Joe Biden"}, matchPrefix},
		{"ide", "", []string{"Joe Biden"}, matchSubstring},
		{"president", "", nil, ""},
		{"states", "", []string{"United States"}, matchWord},
		{"zelenskyy", "", []string{"Volodymyr Zelensky"}, matchExact}, // an alias
		{"ZELENSKIY", "", []string{"Volodymyr Zelensky"}, matchFuzzy},
		{"volodimir", "", []string{"Volodymyr Zelensky"}, matchFuzzy},
		{"u", "", []string{"United States", "Ukraine"}, matchPrefix},
		{"u", "Place", []string{"United States", "Ukraine"}, matchPrefix},
		{"u.s.", "", []string{"United States"}, matchExact},
		{"kiev", "", []string{"Kyiv"}, matchExact},
		{"odd name", "", []string{"Odd \"name\"\nwith <tags> & \\ \u57fa\u8f85"}, matchPrefix},
		{"\u57fa\u8f85", "", []string{"Odd \"name\"\nwith <tags> & \\ \u57fa\u8f85"}, matchWord},
		{"cision", "", []string{"decision"}, matchSubstring},
		{"xyzzy", "", nil, ""},
		{"  ", "", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			var res struct{ Results []searchResult }
			target := "/api/kg/search?q=" + url.QueryEscape(tt.q) + "&type=" + tt.typ
			do(t, s, "GET", target, "").json(t, &res)
			var got []string
			for _, r := range res.Results {
				got = append(got, r.Label)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if len(res.Results) > 0 && res.Results[0].Match != tt.match {
				t.Errorf("match %q, want %q", res.Results[0].Match, tt.match)
			}
		})
	}
	var res struct{ Results []searchResult }
	do(t, s, "GET", "/api/kg/search?q=e&limit=2", "").json(t, &res)
	if len(res.Results) != 2 {
		t.Errorf("limit 2: %d results", len(res.Results))
	}
	for _, bad := range []string{"limit=0", "limit=51", "limit=x", "type=Alien"} {
		if r := do(t, s, "GET", "/api/kg/search?q=e&"+bad, ""); r.status != 400 {
			t.Errorf("%s: status %d", bad, r.status)
		}
	}
}

type entityResponse struct {
	Entity     entityJSON
	Total      int
	Statements []statementJSON
}

func TestEntity(t *testing.T) {
	s, _ := fixtureServer(t, Options{})
	var res entityResponse
	do(t, s, "GET", "/api/kg/entity?id=joe-biden", "").json(t, &res)
	if res.Entity.Label != "Joe Biden" || res.Entity.Type != "Person" || strings.Join(res.Entity.Aliases, ",") != "Biden" {
		t.Errorf("entity = %+v", res.Entity)
	}
	if len(res.Statements) != 1 || res.Total != 1 {
		t.Fatalf("statements = %+v", res.Statements)
	}
	st := res.Statements[0]
	want := statementJSON{ID: st.ID, Predicate: "authorize", Surface: "has authorized", Confidence: 0.9,
		Extractor: "fixture", ExtractorVersion: "1",
		Article:  article{ID: "a", Title: "Biden authorizes ATACMS", Statements: 3},
		Sentence: sentenceJSON{Index: 0, Text: "US President Joe Biden has authorized Ukraine to use ATACMS.", Start: 0, End: 60},
		Span:     spanJSON{Start: 13, End: 45},
		Highlight: &highlightJSON{Before: "US President ", Words: "Joe Biden has authorized Ukraine",
			After: " to use ATACMS."}}
	want.Subject = termJSON{ID: "https://example.org/kg/id/entity/joe-biden", Node: "https://example.org/kg/id/entity/joe-biden", Label: "Joe Biden", Type: "Person"}
	want.Object = termJSON{ID: "https://example.org/kg/id/entity/ukraine", Node: "https://example.org/kg/id/entity/ukraine", Label: "Ukraine", Type: "Place"}
	if got, w := jsonOf(t, st), jsonOf(t, want); got != w {
		t.Errorf("statement\n got %s\nwant %s", got, w)
	}

	// The same entity by its IRI, in angle brackets too.
	for _, id := range []string{"https://example.org/kg/id/entity/joe-biden", "<https://example.org/kg/id/entity/joe-biden>"} {
		var again entityResponse
		do(t, s, "GET", "/api/kg/entity?id="+url.QueryEscape(id), "").json(t, &again)
		if again.Entity.Label != "Joe Biden" {
			t.Errorf("by %s: %+v", id, again.Entity)
		}
	}
}

func TestEntityFilters(t *testing.T) {
	s, _ := fixtureServer(t, Options{})
	tests := []struct {
		query string
		want  []string // predicates
	}{
		{"", []string{"provide", "provide on"}},
		{"&types=Money", []string{"provide"}},
		{"&types=Date,Money", []string{"provide", "provide on"}},
		{"&predicates=provide+on", []string{"provide on"}},
		{"&min_confidence=0.5", []string{"provide"}},
		{"&article=a", nil},
		{"&article=b", []string{"provide", "provide on"}},
		{"&negated=true", nil},
		{"&negated=false", []string{"provide", "provide on"}},
	}
	for _, tt := range tests {
		var res entityResponse
		do(t, s, "GET", "/api/kg/entity?id=united-states"+tt.query, "").json(t, &res)
		var got []string
		for _, st := range res.Statements {
			got = append(got, st.Predicate)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") || res.Total != 2 {
			t.Errorf("%q: %q of %d, want %q", tt.query, got, res.Total, tt.want)
		}
	}
	for _, bad := range []string{"&types=Alien", "&min_confidence=2", "&min_confidence=x", "&negated=maybe"} {
		if r := do(t, s, "GET", "/api/kg/entity?id=united-states"+bad, ""); r.status != 400 {
			t.Errorf("%s: %d", bad, r.status)
		}
	}
}

func TestStatement(t *testing.T) {
	s, _ := fixtureServer(t, Options{})
	var ent entityResponse
	do(t, s, "GET", "/api/kg/entity?id=decision", "").json(t, &ent)
	if len(ent.Statements) != 1 {
		t.Fatalf("decision: %+v", ent)
	}
	var res struct{ Statement statementJSON }
	do(t, s, "GET", "/api/kg/statement?id="+url.QueryEscape(string(ent.Statements[0].ID)), "").json(t, &res)
	st := res.Statement
	if !st.Negated || st.Object.Label != `on "tanks"` || st.Object.ID != "" || !strings.HasPrefix(st.Object.Node, "literal:") ||
		st.Highlight == nil || st.Highlight.Words != "No decision has been reached" {
		t.Errorf("statement = %+v", st)
	}
	if r := do(t, s, "GET", "/api/kg/statement?id=nope", ""); r.status != 404 {
		t.Errorf("unknown statement: %d", r.status)
	}
}

func TestFacets(t *testing.T) {
	s, _ := fixtureServer(t, Options{})
	var res struct {
		Types, Predicates []countJSON
		Articles          []article
	}
	do(t, s, "GET", "/api/kg/facets", "").json(t, &res)
	if len(res.Predicates) != 6 || len(res.Articles) != 2 || res.Articles[1].URL != "https://example.com/b?x=1&y=2" {
		t.Errorf("facets = %+v", res)
	}
	if res.Types[0] != (countJSON{"Person", 2}) && res.Types[0] != (countJSON{"Place", 3}) {
		t.Errorf("types = %+v", res.Types)
	}
}

type neighbourhoodResponse struct {
	Center     entityJSON
	Depth      int
	Cut        bool
	Nodes      []nodeJSON
	Edges      []edgeJSON
	Statements []statementJSON
}

func TestNeighbourhood(t *testing.T) {
	s, _ := fixtureServer(t, Options{})
	tests := []struct {
		query      string
		nodes      []string // labels, in order
		statements int
		cut        bool
	}{
		{"id=united-states", []string{"United States", "$67 billion", "2024-04-22"}, 2, false},
		{"id=united-states&max_nodes=2", []string{"United States", "$67 billion"}, 1, true},
		{"id=united-states&types=Date", []string{"United States", "2024-04-22"}, 1, false},
		{"id=ukraine&depth=1", []string{"Ukraine", "Joe Biden"}, 1, false},
		{"id=kyiv&depth=2", []string{"Kyiv", "Odd \"name\"\nwith <tags> & \\ \u57fa\u8f85"}, 1, false},
		{"id=decision&negated=false", []string{"decision"}, 0, false},
	}
	for _, tt := range tests {
		var res neighbourhoodResponse
		do(t, s, "GET", "/api/kg/neighbourhood?"+tt.query, "").json(t, &res)
		var got []string
		for _, n := range res.Nodes {
			got = append(got, n.Label)
		}
		if strings.Join(got, "|") != strings.Join(tt.nodes, "|") || len(res.Statements) != tt.statements || res.Cut != tt.cut {
			t.Errorf("%s: nodes %q, %d statements, cut %v; want %q, %d, %v", tt.query, got, len(res.Statements), res.Cut, tt.nodes, tt.statements, tt.cut)
		}
		if len(res.Nodes) == 0 || res.Nodes[0].Distance != 0 || !res.Nodes[0].Entity {
			t.Errorf("%s: the centre is not first: %+v", tt.query, res.Nodes)
		}
	}
	var res neighbourhoodResponse
	do(t, s, "GET", "/api/kg/neighbourhood?id=joe-biden", "").json(t, &res)
	if len(res.Edges) != 1 || res.Edges[0].From != "https://example.org/kg/id/entity/joe-biden" ||
		res.Edges[0].To != "https://example.org/kg/id/entity/ukraine" || len(res.Edges[0].Statements) != 1 {
		t.Errorf("edges = %+v", res.Edges)
	}
	if r := do(t, s, "GET", "/api/kg/neighbourhood", ""); r.status != 400 {
		t.Errorf("no id: %d", r.status)
	}
}

// TestLiteralCentre centres views on a literal value, as clicking it in
// the drawing does, and walks through it.
func TestLiteralCentre(t *testing.T) {
	s, _ := fixtureServer(t, Options{})
	var us neighbourhoodResponse
	do(t, s, "GET", "/api/kg/neighbourhood?id=united-states", "").json(t, &us)
	money := us.Nodes[1]
	if money.Label != "$67 billion" || money.Entity || !strings.HasPrefix(money.ID, "literal:") {
		t.Fatalf("second node = %+v", money)
	}
	for depth, want := range map[string][]string{
		"1": {"$67 billion", "United States"},
		"2": {"$67 billion", "United States", "2024-04-22"},
	} {
		var res neighbourhoodResponse
		do(t, s, "GET", "/api/kg/neighbourhood?depth="+depth+"&id="+url.QueryEscape(money.ID), "").json(t, &res)
		var got []string
		for _, n := range res.Nodes {
			got = append(got, n.Label)
		}
		if strings.Join(got, "|") != strings.Join(want, "|") || !res.Center.Literal || res.Center.Type != "Money" {
			t.Errorf("depth %s: %q around %+v, want %q", depth, got, res.Center, want)
		}
	}
	var ent entityResponse
	do(t, s, "GET", "/api/kg/entity?id="+url.QueryEscape(money.ID), "").json(t, &ent)
	if ent.Entity.Label != "$67 billion" || !ent.Entity.Literal || ent.Entity.Mentions != 1 || len(ent.Statements) != 1 ||
		ent.Statements[0].Subject.Label != "United States" {
		t.Errorf("literal as entity: %+v", ent)
	}
	if r := do(t, s, "GET", "/api/kg/neighbourhood.svg?id="+url.QueryEscape(money.ID)+"&download=1", ""); r.status != 200 ||
		!strings.HasPrefix(r.header.Get("Content-Disposition"), `attachment; filename="kg-literal-`) {
		t.Errorf("literal drawing: %d %v", r.status, r.header)
	}
	if r := do(t, s, "GET", "/api/kg/neighbourhood?id=literal:0000", ""); r.status != 404 {
		t.Errorf("unknown literal: %d", r.status)
	}
}
