package serve

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/kgraph/kg/export/dot"
	"github.com/kgraph/kg/graph/store"
	"github.com/kgraph/kg/graph/storetest"
)

// sharedRenderer is the one renderer of the test process, as go-graphviz
// wants.
var sharedRenderer = sync.OnceValues(dot.NewRenderer)

func renderer(t testing.TB) *dot.Renderer {
	t.Helper()
	r, err := sharedRenderer()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// fixtureServer serves an in-memory store holding the storetest fixture.
func fixtureServer(t testing.TB, opt Options) (*Server, *store.Store) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, "memory", store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Write(ctx, storetest.Documents(st.Namespace())); err != nil {
		t.Fatal(err)
	}
	s, err := New(st, renderer(t), opt)
	if err != nil {
		t.Fatal(err)
	}
	return s, st
}

// response is what a handler answered.
type response struct {
	status int
	header http.Header
	body   string
}

// json decodes the body into v, failing the test when it is not JSON.
func (r response) json(t testing.TB, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(r.body), v); err != nil {
		t.Fatalf("body is not JSON (%v): %s", err, r.body)
	}
}

// errorText returns the "error" of a JSON error body.
func (r response) errorText(t testing.TB) string {
	t.Helper()
	var e struct {
		Error *string `json:"error"`
	}
	r.json(t, &e)
	if e.Error == nil {
		t.Fatalf("no \"error\" in %s", r.body)
	}
	return *e.Error
}

func do(t testing.TB, h http.Handler, method, target, body string, header ...string) response {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, rd)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return response{status: rec.Code, header: rec.Header(), body: rec.Body.String()}
}

func TestNewNeedsStoreAndRenderer(t *testing.T) {
	if _, err := New(nil, renderer(t), Options{}); err == nil {
		t.Error("New without a store succeeded")
	}
	_, st := fixtureServer(t, Options{})
	if _, err := New(st, nil, Options{}); err == nil {
		t.Error("New without a renderer succeeded")
	}
}

func TestErrorsAreJSON(t *testing.T) {
	s, _ := fixtureServer(t, Options{MaxBodyBytes: 64})
	tests := []struct {
		name, method, target, body string
		header                     []string
		status                     int
		allow                      string
	}{
		{"unknown path", "GET", "/nowhere", "", nil, 404, ""},
		{"unknown api path", "GET", "/api/kg/nothing", "", nil, 404, ""},
		{"wrong method", "GET", "/api/v1/query/gizmo", "", nil, 405, "POST"},
		{"wrong method on page", "POST", "/", "x", nil, 405, "GET"},
		{"body over limit", "POST", "/api/v1/query/gizmo", strings.Repeat("x", 65), nil, 413, ""},
		{"write when read-only", "POST", "/api/v2/write", "<a> <b> <c> .", nil, 403, ""},
		{"unknown language", "POST", "/api/v1/query/sql", "select", nil, 400, ""},
		{"unknown entity", "GET", "/api/kg/entity?id=nobody", "", nil, 404, ""},
		{"bad depth", "GET", "/api/kg/neighbourhood?id=joe-biden&depth=9", "", nil, 400, ""},
		{"unknown download", "GET", "/api/kg/neighbourhood.exe?id=joe-biden", "", nil, 404, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, s, tt.method, tt.target, tt.body, tt.header...)
			if r.status != tt.status {
				t.Errorf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			if ct := r.header.Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type %q", ct)
			}
			if msg := r.errorText(t); msg == "" {
				t.Error("empty error message")
			}
			if got := r.header.Get("Allow"); got != tt.allow {
				t.Errorf("Allow %q, want %q", got, tt.allow)
			}
		})
	}
}

func TestHosts(t *testing.T) {
	s, _ := fixtureServer(t, Options{Hosts: []string{"localhost", "127.0.0.1", "::1"}})
	for host, want := range map[string]int{
		"localhost:8080": 200, "127.0.0.1:8080": 200, "[::1]:8080": 200, "LOCALHOST": 200,
		"evil.example:8080": 403, "127.0.0.1.evil.example": 403,
	} {
		req := httptest.NewRequest("GET", "/api/kg/info", nil)
		req.Host = host
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code != want {
			t.Errorf("Host %s: status %d, want %d", host, rec.Code, want)
		}
	}
}

func TestHealth(t *testing.T) {
	s, _ := fixtureServer(t, Options{})
	if r := do(t, s, "GET", "/health", ""); r.status != http.StatusNoContent {
		t.Errorf("health: %d", r.status)
	}
}

func TestInfo(t *testing.T) {
	s, _ := fixtureServer(t, Options{})
	var info struct {
		Entities, Statements, Articles int
		Writable                       bool
		Downloads                      []string
		Limits                         map[string]any
		MostMentioned                  []entityJSON `json:"most_mentioned"`
	}
	do(t, s, "GET", "/api/kg/info", "").json(t, &info)
	if info.Entities != 8 || info.Statements != 6 || info.Articles != 2 || info.Writable {
		t.Errorf("info = %+v", info)
	}
	if len(info.MostMentioned) == 0 || info.MostMentioned[0].Label != "United States" {
		t.Errorf("most mentioned = %+v", info.MostMentioned)
	}
	if strings.Join(info.Downloads, ",") != "svg,png,jsonld,graphml" {
		t.Errorf("downloads = %v", info.Downloads)
	}
}

// jsonOf encodes v as JSON, for comparing values by their encoding.
func jsonOf(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
