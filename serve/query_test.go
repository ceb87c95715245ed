package serve

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

const (
	bidenAuthorized = `g.V("<https://example.org/kg/id/entity/joe-biden>").Out("<https://example.org/kg/id/rel/authorize>").All()`
	ukraineIRI      = "<https://example.org/kg/id/entity/ukraine>"
)

// TestCayleyShapes checks the request and response shapes of Cayley's
// query API: {"result": [...]} with one object per result, {"result":
// null} for none, GraphQL's {"data": ...}, JSON-LD on request.
func TestCayleyShapes(t *testing.T) {
	s, _ := fixtureServer(t, Options{})
	tests := []struct {
		name, method, target, body string
		header                     []string
		want                       string
		contentType                string
	}{
		{"v1 gizmo", "POST", "/api/v1/query/gizmo", bidenAuthorized, nil,
			`{"result":[{"id":"\u003chttps://example.org/kg/id/entity/ukraine\u003e"}]}` + "\n", "application/json"},
		{"v1 escapes HTML like Cayley", "POST", "/api/v1/query/gizmo", `g.Emit("<b>")`, nil,
			`{"result":["\u003cb\u003e"]}` + "\n", "application/json"},
		{"v2 does not", "POST", "/api/v2/query?lang=gizmo", `g.Emit("<b>")`, nil,
			`{"result":["<b>"]}` + "\n", "application/json"},
		{"v2 GET", "GET", "/api/v2/query?lang=gizmo&qu=" + url.QueryEscape(bidenAuthorized), "", nil,
			`{"result":[{"id":"` + ukraineIRI + `"}]}` + "\n", "application/json"},
		{"no results is null", "POST", "/api/v2/query?lang=gizmo", `g.V("<nobody>").Out().All()`, nil,
			`{"result":null}` + "\n", "application/json"},
		{"JSON-LD", "POST", "/api/v2/query?lang=gizmo", bidenAuthorized, []string{"Accept", "application/ld+json"},
			`{"result":[{"id":{"@id":"https://example.org/kg/id/entity/ukraine"}}]}` + "\n", "application/ld+json"},
		{"mql", "POST", "/api/v1/query/mql", `[{"id": "<https://example.org/kg/id/entity/joe-biden>", "<https://example.org/kg/id/rel/authorize>": null}]`, nil,
			`{"result":[{"\u003chttps://example.org/kg/id/rel/authorize\u003e":"` + strings.NewReplacer("<", `\u003c`, ">", `\u003e`).Replace(ukraineIRI) +
				`","id":"\u003chttps://example.org/kg/id/entity/joe-biden\u003e"}]}` + "\n", "application/json"},
		{"graphql", "POST", "/api/v1/query/graphql", `{ nodes(id: <https://example.org/kg/id/entity/joe-biden>) { <https://example.org/kg/id/rel/authorize> { id } } }`, nil,
			`{"data":{"nodes":{"\u003chttps://example.org/kg/id/rel/authorize\u003e":{"id":"https://example.org/kg/id/entity/ukraine"}}}}` + "\n", "application/json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, s, tt.method, tt.target, tt.body, tt.header...)
			if r.status != 200 {
				t.Fatalf("status %d: %s", r.status, r.body)
			}
			if r.body != tt.want {
				t.Errorf("body\n got %s\nwant %s", r.body, tt.want)
			}
			if ct := r.header.Get("Content-Type"); ct != tt.contentType {
				t.Errorf("Content-Type %q, want %q", ct, tt.contentType)
			}
		})
	}
}

func TestQueryErrors(t *testing.T) {
	s, _ := fixtureServer(t, Options{MaxResultBytes: 200})
	tests := []struct {
		name, method, target, body string
		status                     int
		errorHas                   string
	}{
		{"syntax", "POST", "/api/v1/query/gizmo", `g.V(`, 400, "SyntaxError"},
		{"runtime", "POST", "/api/v2/query?lang=gizmo", `g.Nope()`, 400, "no member 'Nope'"},
		{"thrown", "POST", "/api/v2/query?lang=gizmo", `throw new Error("mine")`, 400, "mine"},
		{"no language", "POST", "/api/v2/query", bidenAuthorized, 400, "not specified"},
		{"unknown language", "POST", "/api/v2/query?lang=sparql", bidenAuthorized, 400, "unknown query language"},
		{"empty", "POST", "/api/v2/query?lang=gizmo", "", 400, "empty"},
		{"too large", "POST", "/api/v2/query?lang=gizmo", `g.V().All()`, 422, "limit of 200 bytes"},
		{"one huge result", "POST", "/api/v2/query?lang=gizmo", `g.Emit(new Array(300).join("x"))`, 422, "limit of 200 bytes"},
		{"bad mql", "POST", "/api/v1/query/mql", `{`, 400, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, s, tt.method, tt.target, tt.body)
			if r.status != tt.status {
				t.Fatalf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			if msg := r.errorText(t); !strings.Contains(msg, tt.errorHas) {
				t.Errorf("error %q does not mention %q", msg, tt.errorHas)
			}
		})
	}
	r := do(t, s, "POST", "/api/v1/query/graphql", `{ nodes(`)
	var gql struct {
		Errors []struct{ Message string }
	}
	r.json(t, &gql)
	if r.status != 400 || len(gql.Errors) != 1 || gql.Errors[0].Message == "" {
		t.Errorf("graphql error: %d %s", r.status, r.body)
	}
}

func TestMaxResults(t *testing.T) {
	s, _ := fixtureServer(t, Options{MaxResults: 3})
	for target, want := range map[string]int{
		"/api/v1/query/gizmo?limit=50": 3, "/api/v2/query?lang=gizmo": 3,
		"/api/v1/query/gizmo?limit=2": 2, "/api/v2/query?lang=gizmo&limit=1": 1,
	} {
		var res struct{ Result []any }
		do(t, s, "POST", target, `g.V().All()`).json(t, &res)
		if len(res.Result) != want {
			t.Errorf("%s: %d results, want %d", target, len(res.Result), want)
		}
	}
}

// TestRunawayQuery stops an endless Gizmo loop at the time limit and
// checks that other clients are answered meanwhile, while the loop still
// runs, and that the query gives its slot back.
func TestRunawayQuery(t *testing.T) {
	const limit = time.Second
	s, _ := fixtureServer(t, Options{QueryTimeout: limit, MaxQueries: 2})
	for _, q := range []string{`while(true){}`, `g.V().ForEach(function(d){ for(;;){} })`} {
		start := time.Now()
		var runaway response
		var stopped atomic.Bool
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			runaway = do(t, s, "POST", "/api/v1/query/gizmo", q)
			stopped.Store(true)
		}()
		waitFor(t, func() bool { return len(s.queries) == 1 }, "the loop to start")
		for i := range 5 {
			r := do(t, s, "POST", "/api/v2/query?lang=gizmo", bidenAuthorized)
			if r.status != 200 || !strings.Contains(r.body, "ukraine") {
				t.Errorf("query %d during the runaway: %d %s", i, r.status, r.body)
			}
			if r := do(t, s, "GET", "/api/kg/search?q=zel", ""); r.status != 200 {
				t.Errorf("search %d during the runaway: %d", i, r.status)
			}
		}
		if stopped.Load() {
			t.Errorf("%s: the other requests were answered only after the loop was stopped", q)
		}
		wg.Wait()
		took := time.Since(start)
		if runaway.status != http.StatusServiceUnavailable || !strings.Contains(runaway.errorText(t), "time limit") {
			t.Errorf("%s: %d %s", q, runaway.status, runaway.body)
		}
		if took < limit || took > limit+5*time.Second {
			t.Errorf("%s stopped after %v, limit %v", q, took, limit)
		}
		waitFor(t, func() bool { return len(s.queries) == 0 }, fmt.Sprintf("%s to give its slot back", q))
	}
}

// TestBusy answers 503 when every query slot stays taken for the whole
// time limit.
func TestBusy(t *testing.T) {
	s, _ := fixtureServer(t, Options{QueryTimeout: 300 * time.Millisecond, MaxQueries: 1})
	s.queries <- struct{}{} // a query that never ends
	r := do(t, s, "POST", "/api/v1/query/gizmo", bidenAuthorized)
	<-s.queries
	if r.status != http.StatusServiceUnavailable || !strings.Contains(r.errorText(t), "busy") {
		t.Errorf("%d %s", r.status, r.body)
	}
}

func waitFor(t *testing.T, ok func() bool, what string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("waited 5s for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestClose stops a running query, refuses new ones and returns once the
// script has stopped.
func TestClose(t *testing.T) {
	s, _ := fixtureServer(t, Options{QueryTimeout: time.Minute})
	var runaway response
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		runaway = do(t, s, "POST", "/api/v1/query/gizmo", `while(true){}`)
	}()
	waitFor(t, func() bool { return len(s.queries) == 1 }, "the query to start")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	start := time.Now()
	if err := s.Close(ctx); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	if runaway.status != http.StatusServiceUnavailable || !strings.Contains(runaway.errorText(t), "shutting down") {
		t.Errorf("the running query: %d %s", runaway.status, runaway.body)
	}
	if len(s.queries) != 0 || time.Since(start) > 3*time.Second {
		t.Errorf("Close returned after %v with %d queries running", time.Since(start), len(s.queries))
	}
	if r := do(t, s, "POST", "/api/v1/query/gizmo", bidenAuthorized); r.status != http.StatusServiceUnavailable {
		t.Errorf("a query after Close: %d %s", r.status, r.body)
	}
	if r := do(t, s, "GET", "/api/kg/search?q=biden", ""); r.status != 200 {
		t.Errorf("search after Close: %d", r.status)
	}
}

// TestMemoryLimit stops a script that fills memory long before its time
// limit.
func TestMemoryLimit(t *testing.T) {
	sample := []metrics.Sample{{Name: heapMetric}}
	metrics.Read(sample)
	limit := int64(sample[0].Value.Uint64()) + 200<<20
	s, _ := fixtureServer(t, Options{QueryTimeout: time.Minute, MaxQueryMemory: limit})
	// The error names the memory, not the time limit of a minute.
	r := do(t, s, "POST", "/api/v1/query/gizmo", `var a = []; while (true) { a.push(new Array(1000000).fill(a.length)) }`)
	if r.status != http.StatusServiceUnavailable || !strings.Contains(r.errorText(t), "memory") {
		t.Errorf("%d %s", r.status, r.body)
	}
	waitFor(t, func() bool { return len(s.queries) == 0 }, "the script to stop")
	runtime.GC()
	if r := do(t, s, "POST", "/api/v1/query/gizmo", bidenAuthorized); r.status != 200 {
		t.Errorf("a query after the memory was freed: %d %s", r.status, r.body)
	}
}
