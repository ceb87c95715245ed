package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/storetest"
)

// TestPostgresServeDuringBuild serves a PostgreSQL store read-only while
// kg build writes 60 Wikinews articles into it in batches of 4, and asks
// it, every 20 ms, how many articles it holds (Gizmo) and for
// entities named "zel" (kg's search). Every request must succeed within
// five seconds, the answers must never shrink, the server must see the
// count grow while the build runs, and it must reach the number built.
// (The search answers from an index the read-only server builds once, at
// start: it does not grow, only stays.)
func TestPostgresServeDuringBuild(t *testing.T) {
	const articles = 60
	pg := storetest.FreshPostgres(t)
	corpus := firstLines(t, wikinews, articles)
	if code, _, stderr := kg(t, "", "--db", pg, "build", "-q", "../../data/articles"); code != 0 {
		t.Fatalf("seed build: %s", stderr)
	}
	base := startServe(t, pg)
	count := fmt.Sprintf(`g.Emit(g.V().Has("%s", "%s").Count())`, graph.PropType, graph.ClassArticle) // IRIs print in <>

	type built struct {
		code   int
		stderr string
	}
	done := make(chan built, 1)
	go func() {
		code, _, stderr := kg(t, "", "--db", pg, "build", "-q", "--batch", "4", corpus)
		done <- built{code, stderr}
	}()

	client := &http.Client{Timeout: 5 * time.Second}
	lastCount, lastFound, requests := 0, 0, 0
	seen := map[int]bool{} // article counts seen
	var slowest time.Duration
	ask := func() {
		start := time.Now()
		n := gizmoCount(t, client, base, count)
		found := searchCount(t, client, base, "zel")
		slowest = max(slowest, time.Since(start))
		requests += 2
		if n < lastCount || found < lastFound {
			t.Errorf("answers shrank: %d articles after %d, %d entities found after %d", n, lastCount, found, lastFound)
		}
		lastCount, lastFound = max(lastCount, n), max(lastFound, found)
		seen[n] = true
	}
	var b built
	for waiting := true; waiting; {
		select {
		case b = <-done:
			waiting = false
		case <-time.After(20 * time.Millisecond):
			ask()
		}
	}
	if b.code != 0 {
		t.Fatalf("build exited %d: %s", b.code, b.stderr)
	}
	first := lastCount
	ask()
	t.Logf("%d requests during the build, the slowest pair %v; %d article counts seen, growing to %d, then %d; %d entities found for \"zel\"",
		requests, slowest.Round(time.Millisecond), len(seen), first, lastCount, lastFound)
	if len(seen) < 3 {
		t.Errorf("the server saw only the article counts %v: the queries did not run while the build wrote", seen)
	}
	if want := 5 + articles; lastCount != want {
		t.Errorf("the server counts %d articles after the build, want %d", lastCount, want)
	}
	if lastFound == 0 {
		t.Error("the search found nothing for \"zel\"")
	}
}

// gizmoCount posts a Gizmo query that emits one number and returns it.
func gizmoCount(t *testing.T, c *http.Client, base, query string) int {
	t.Helper()
	var res struct {
		Result []int `json:"result"`
	}
	getJSON(t, c, http.MethodPost, base+"/api/v1/query/gizmo", query, &res)
	if len(res.Result) != 1 {
		t.Fatalf("query %s: result %v", query, res.Result)
	}
	return res.Result[0]
}

// searchCount returns how many entities kg's search finds for q.
func searchCount(t *testing.T, c *http.Client, base, q string) int {
	t.Helper()
	var res struct {
		Results []json.RawMessage `json:"results"`
	}
	getJSON(t, c, http.MethodGet, base+"/api/kg/search?limit=50&q="+url.QueryEscape(q), "", &res)
	return len(res.Results)
}

// getJSON sends a request, fails the test unless it is answered 200 with
// JSON, and decodes that into v.
func getJSON(t *testing.T, c *http.Client, method, target, body string, v any) {
	t.Helper()
	req, err := http.NewRequest(method, target, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, target, err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("%s %s: %d %v: %s", method, target, res.StatusCode, err, raw)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		t.Fatalf("%s %s: not JSON (%v): %s", method, target, err, raw)
	}
}
