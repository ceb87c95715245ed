package serve

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

// FuzzRequests sends whole requests, any method, path, query and body, to
// a server over the fixture store. It must never panic, never answer 500
// (503 is documented: a query stopped at its time limit, or a drawing
// that could not start in time), and answer every error with a JSON body
// that says what went wrong: {"error": "..."}, or GraphQL's {"errors":
// [{"message": "..."}]}.
func FuzzRequests(f *testing.F) {
	s, _ := fixtureServer(f, Options{QueryTimeout: 100 * time.Millisecond, MaxBodyBytes: 4 << 10,
		MaxResultBytes: 64 << 10, MaxQueryMemory: 512 << 20, MaxNodes: 20})
	for _, seed := range [][4]string{
		{"POST", "/api/v1/query/gizmo", "", `g.V("<https://example.org/kg/id/entity/joe-biden>").Out().All()`},
		{"POST", "/api/v1/query/gizmo", "limit=2", `g.V().Tag("x").Out().All()`},
		{"POST", "/api/v1/query/gizmo", "", `while(true){}`},
		{"POST", "/api/v2/query", "lang=graphql", `{ nodes { id } }`},
		{"GET", "/api/v2/query", "lang=mql&qu=" + url.QueryEscape(`[{"id": null}]`), ""},
		{"GET", "/api/v2/read", "sub=%3Chttps%3A%2F%2Fexample.org%2Fkg%2Fid%2Fentity%2Fjoe-biden%3E", ""},
		{"POST", "/api/v2/write", "", "<x:a> <x:b> <x:c> ."},
		{"GET", "/api/kg/search", "q=zel&limit=3&type=person", ""},
		{"GET", "/api/kg/entity", "id=joe-biden&depth=2&min_confidence=0.5&negated=false", ""},
		{"GET", "/api/kg/statement", "id=nothing", ""},
		{"GET", "/api/kg/neighbourhood", "id=joe-biden&depth=3&max_nodes=5&types=person,place", ""},
		{"GET", "/api/kg/neighbourhood.svg", "id=joe-biden&layout=neato", ""},
		{"GET", "/api/kg/facets", "", ""},
		{"GET", "/api/kg/info", "", ""},
		{"HEAD", "/", "", ""},
		{"DELETE", "/app.js", "", ""},
		{"GET", "/../../etc/passwd", "", ""},
		{"PATCH", "/api/v1/query/%00", "limit=-1", "\xff"},
	} {
		f.Add(seed[0], seed[1], seed[2], seed[3])
	}
	f.Fuzz(func(t *testing.T, method, path, query, body string) {
		u := &url.URL{Path: path, RawQuery: query}
		req := httptest.NewRequest(http.MethodGet, "/", strings.NewReader(body))
		req.Method, req.URL, req.RequestURI = method, u, u.RequestURI()
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		status := rec.Code
		if status >= 500 && status != http.StatusServiceUnavailable {
			t.Fatalf("%q %q ? %q with body %q: status %d: %s", method, path, query, body, status, rec.Body)
		}
		if status < 400 {
			return
		}
		if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
			t.Fatalf("%q %q ? %q: error %d with Content-Type %q: %s", method, path, query, status, ct, rec.Body)
		}
		var e struct {
			Error  *string `json:"error"`
			Errors []struct {
				Message string `json:"message"`
			} `json:"errors"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil {
			t.Fatalf("%q %q ? %q: error %d not JSON (%v): %s", method, path, query, status, err, rec.Body)
		}
		if (e.Error == nil || *e.Error == "") && (len(e.Errors) == 0 || e.Errors[0].Message == "") {
			t.Fatalf("%q %q ? %q: error %d without a message: %s", method, path, query, status, rec.Body)
		}
	})
}
