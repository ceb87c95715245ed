package storetest

import (
	"context"
	"errors"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

// Backend describes a store backend to the suite.
type Backend struct {
	// Fresh returns the location of a new, empty store.
	Fresh func(t *testing.T) string
	// Persistent backends keep their data across Close and Open.
	Persistent bool
}

// Run runs the whole suite against b.
func Run(t *testing.T, b Backend) {
	tests := []struct {
		name string
		fn   func(*testing.T, Backend)
	}{
		{"RoundTrip", testRoundTrip},
		{"Idempotent", testIdempotent},
		{"Replace", testReplace},
		{"ReplaceOrphans", testReplaceOrphans},
		{"AtomicBatch", testAtomicBatch},
		{"Entities", testEntities},
		{"EntitiesOnce", testEntitiesOnce},
		{"Concepts", testConcepts},
		{"Filters", testFilters},
		{"NameFilters", testNameFilters},
		{"Stats", testStats},
		{"GizmoProvenance", testGizmoProvenance},
		{"Attribution", testAttribution},
		{"Remove", testRemove},
		{"SharedAgain", testSharedAgain},
		{"Check", testCheck},
		{"Reopen", testReopen},
		{"ConcurrentReadWrite", testConcurrentReadWrite},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, b) })
	}
}

// Open opens a fresh store of backend b, closed when the test ends.
func Open(t *testing.T, b Backend) *store.Store {
	t.Helper()
	return open(t, b.Fresh(t), store.Options{})
}

func open(t *testing.T, loc string, opt store.Options) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), loc, opt)
	if err != nil {
		t.Fatalf("open %s: %v", loc, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func write(t *testing.T, s *store.Store, docs []graph.Document) store.WriteStats {
	t.Helper()
	st, err := s.Write(context.Background(), docs)
	if err != nil {
		t.Fatalf("write: %v", err)
	}
	return st
}

// Statements returns every statement of s, sorted by article, sentence and span.
func Statements(t *testing.T, s *store.Store, f store.Filter) []store.Record {
	t.Helper()
	var out []store.Record
	if err := s.Statements(context.Background(), f, func(r store.Record) error {
		out = append(out, r)
		return nil
	}); err != nil {
		t.Fatalf("statements: %v", err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key() < out[j].Key() })
	return out
}

func wantStatements(docs []graph.Document) []graph.Statement {
	var out []graph.Statement
	for _, d := range docs {
		out = append(out, d.Statements...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key() < out[j].Key() })
	return out
}

func testRoundTrip(t *testing.T, b Backend) {
	s := Open(t, b)
	docs := Documents(s.Namespace())
	st := write(t, s, docs)
	if st.Added != 2 || st.Unchanged != 0 {
		t.Errorf("write stats = %+v, want 2 added", st)
	}
	got := Statements(t, s, store.Filter{})
	want := wantStatements(docs)
	if len(got) != len(want) {
		t.Fatalf("got %d statements, want %d", len(got), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(got[i].Statement, want[i]) {
			t.Errorf("statement %d:\n got %+v\nwant %+v", i, got[i].Statement, want[i])
		}
		if got[i].SentenceText == "" || !strings.HasPrefix(string(got[i].ID), s.Namespace().Base) {
			t.Errorf("statement %d: sentence %q, id %q", i, got[i].SentenceText, got[i].ID)
		}
	}
}

func testIdempotent(t *testing.T, b Backend) {
	s := Open(t, b)
	docs := Documents(s.Namespace())
	write(t, s, docs)
	before, _ := s.Stats(context.Background())
	st := write(t, s, docs)
	if st.Unchanged != 2 || st.QuadsIn != 0 {
		t.Errorf("second write = %+v, want 2 unchanged and no quads", st)
	}
	after, _ := s.Stats(context.Background())
	if !reflect.DeepEqual(before, after) {
		t.Errorf("stats changed on rewrite:\n%+v\n%+v", before, after)
	}
}

func testReplace(t *testing.T, b Backend) {
	s := Open(t, b)
	docs := Documents(s.Namespace())
	write(t, s, docs)
	changed := docs[0]
	changed.Article.Hash = "changed"
	changed.Statements = changed.Statements[:1]
	if st := write(t, s, []graph.Document{changed}); st.Replaced != 1 {
		t.Errorf("write stats = %+v, want 1 replaced", st)
	}
	got := Statements(t, s, store.Filter{Source: "a"})
	if len(got) != 1 || !reflect.DeepEqual(got[0].Statement, changed.Statements[0]) {
		t.Errorf("after replace, article a has %v", got)
	}
	if n := len(Statements(t, s, store.Filter{Source: "b"})); n != len(docs[1].Statements) {
		t.Errorf("article b has %d statements after replacing a, want %d", n, len(docs[1].Statements))
	}
}

func testAtomicBatch(t *testing.T, b Backend) {
	s := Open(t, b)
	docs := Documents(s.Namespace())
	bad := docs[1]
	bad.Statements = append([]graph.Statement(nil), bad.Statements...)
	bad.Statements[0].Prov.Confidence = 2
	if _, err := s.Write(context.Background(), []graph.Document{docs[0], bad}); err == nil {
		t.Fatal("write with an invalid statement succeeded")
	}
	if got := Statements(t, s, store.Filter{}); len(got) != 0 {
		t.Errorf("failed batch left %d statements behind", len(got))
	}
}

func testReopen(t *testing.T, b Backend) {
	if !b.Persistent {
		t.Skip("backend is not persistent")
	}
	loc := b.Fresh(t)
	s, err := store.Open(context.Background(), loc, store.Options{Base: "https://example.net/g/"})
	if err != nil {
		t.Fatal(err)
	}
	docs := Documents(s.Namespace())
	write(t, s, docs)
	s.Close()
	if _, err := store.Open(context.Background(), loc, store.Options{Base: "https://other.example/"}); err == nil {
		t.Error("reopening with a different base succeeded")
	}
	s2 := open(t, loc, store.Options{})
	if got := s2.Namespace().Base; got != "https://example.net/g/" {
		t.Errorf("reopened base = %q", got)
	}
	if got := Statements(t, s2, store.Filter{}); len(got) != len(wantStatements(docs)) {
		t.Errorf("reopened store has %d statements", len(got))
	}
}

func testStats(t *testing.T, b Backend) {
	s := Open(t, b)
	write(t, s, Documents(s.Namespace()))
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 2 || st.Sentences != 5 || st.Statements != 6 {
		t.Errorf("stats = %+v, want 2 articles, 5 sentences, 6 statements", st)
	}
	if st.Entities[graph.Person] != 2 || st.Entities[graph.Place] != 3 || st.Predicates["provide"] != 1 {
		t.Errorf("entities %v predicates %v", st.Entities, st.Predicates)
	}
}

var errStop = errors.New("stop")

// testAttribution stores reported content with its speaker and reads both back.
func testAttribution(t *testing.T, b Backend) {
	s := Open(t, b)
	docs := Documents(s.Namespace())
	d := docs[0]
	d.Statements = append([]graph.Statement(nil), d.Statements...)
	speaker := d.Entities[2] // Volodymyr Zelensky
	d.Statements[2].Attribution = graph.EntityTerm(speaker)
	write(t, s, []graph.Document{d})
	var got []graph.Term
	for _, r := range Statements(t, s, store.Filter{}) {
		got = append(got, r.Attribution)
	}
	want := []graph.Term{{}, {}, graph.EntityTerm(speaker)}
	sort.Slice(want, func(i, j int) bool { return want[i].ID < want[j].ID })
	sort.Slice(got, func(i, j int) bool { return got[i].ID < got[j].ID })
	if !reflect.DeepEqual(got, want) {
		t.Errorf("attributions = %+v, want %+v", got, want)
	}
	bad := d
	bad.Statements = append([]graph.Statement(nil), d.Statements...)
	bad.Statements[0].Attribution = graph.Literal(graph.Text, "a rumour")
	if _, err := s.Write(context.Background(), []graph.Document{bad}); err == nil {
		t.Error("a literal attribution was accepted")
	}
}

func testRemove(t *testing.T, b Backend) {
	s := Open(t, b)
	docs := Documents(s.Namespace())
	// Both articles mention the United States: give article a a mention too.
	a := docs[0]
	us := docs[1].Entities[0]
	a.Entities = append(append([]graph.Entity(nil), a.Entities...), us)
	write(t, s, []graph.Document{a, docs[1]})
	st, err := s.Remove(context.Background(), []string{"a", "nope"})
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 1 || st.Missing != 1 || st.Entities != 5 {
		t.Errorf("remove stats %+v, want 1 article, 1 missing, 5 entities (a's own)", st)
	}
	if got := Statements(t, s, store.Filter{}); len(got) != len(docs[1].Statements) {
		t.Errorf("%d statements left, want article b's %d", len(got), len(docs[1].Statements))
	}
	if got := entities(t, s, store.EntityFilter{}); len(got) != 3 {
		t.Errorf("%d entities left, want b's 3 (the United States stays)", len(got))
	}
	if st, _ := s.Stats(context.Background()); st.Articles != 1 {
		t.Errorf("stats after remove: %+v", st)
	}
	// Writing the removed article again restores it.
	if w := write(t, s, []graph.Document{docs[0]}); w.Added != 1 {
		t.Errorf("rewrite after remove: %+v", w)
	}
}

func testCheck(t *testing.T, b Backend) {
	s := Open(t, b)
	write(t, s, Documents(s.Namespace()))
	rep, err := s.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Problems) != 0 || rep.Statements != 6 || rep.Articles != 2 || rep.Sentences != 5 {
		t.Errorf("check of a good store: %+v", rep)
	}
}
