package serve

import (
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	s, _ := fixtureServer(t, Options{})
	r := do(t, s, "GET", "/api/v2/read?sub=<https://example.org/kg/id/entity/joe-biden>", "")
	if r.status != 200 || r.header.Get("Content-Type") != "application/n-quads" {
		t.Fatalf("%d %s: %s", r.status, r.header.Get("Content-Type"), r.body)
	}
	for _, want := range []string{
		`<https://example.org/kg/id/entity/joe-biden> <http://schema.org/name> "Joe Biden" .`,
		`<https://example.org/kg/id/entity/joe-biden> <https://example.org/kg/id/rel/authorize> <https://example.org/kg/id/entity/ukraine> <https://example.org/kg/id/article/a/st/`,
	} {
		if !strings.Contains(r.body, want) {
			t.Errorf("read does not hold %s:\n%s", want, r.body)
		}
	}
	if n := strings.Count(r.body, "\n"); n != 4 { // type, name, alias, fact
		t.Errorf("%d quads with subject joe-biden, want 4:\n%s", n, r.body)
	}
	r = do(t, s, "GET", "/api/v2/read?format=json&pred=<http://schema.org/name>", "")
	var quads []jsonQuad
	r.json(t, &quads)
	if len(quads) < 8 {
		t.Errorf("%d names as JSON", len(quads))
	}
	if r := do(t, s, "GET", "/api/v2/read?format=nope", ""); r.status != 400 {
		t.Errorf("unknown format: %d", r.status)
	}
	small, _ := fixtureServer(t, Options{MaxResultBytes: 100})
	if r := do(t, small, "GET", "/api/v2/read", ""); r.status != 422 {
		t.Errorf("whole store over the size limit: %d %s", r.status, r.body)
	}
}

func TestFormats(t *testing.T) {
	s, _ := fixtureServer(t, Options{})
	var formats []struct {
		ID          string
		Read, Write bool
	}
	do(t, s, "GET", "/api/v2/formats", "").json(t, &formats)
	have := map[string]bool{}
	for _, f := range formats {
		have[f.ID] = f.Read && f.Write
	}
	if !have["nquads"] || !have["json"] {
		t.Errorf("formats = %+v", formats)
	}
}

// TestWrites writes and deletes through both API versions on a writable
// server and checks that queries and the explorer API see the change.
func TestWrites(t *testing.T) {
	s, _ := fixtureServer(t, Options{Writable: true})
	ask := func() string {
		return do(t, s, "POST", "/api/v2/query?lang=gizmo", `g.V("<x:a>").Out("<x:knows>").All()`).body
	}
	r := do(t, s, "POST", "/api/v1/write", `[{"subject": "<x:a>", "predicate": "<x:knows>", "object": "<x:b>"}]`)
	if r.status != 200 || r.body != `{"result": "Successfully wrote 1 quads."}` {
		t.Fatalf("v1 write: %d %s", r.status, r.body)
	}
	if got := ask(); !strings.Contains(got, "x:b") {
		t.Errorf("after v1 write: %s", got)
	}
	r = do(t, s, "POST", "/api/v2/write", "<x:a> <x:knows> <x:c> .\n", "Content-Type", "application/n-quads")
	if r.status != 200 || r.body != `{"result":"Successfully wrote 1 quads.","count":1}`+"\n" {
		t.Fatalf("v2 write: %d %s", r.status, r.body)
	}
	r = do(t, s, "POST", "/api/v1/delete", `[{"subject": "<x:a>", "predicate": "<x:knows>", "object": "<x:b>"}]`)
	if r.status != 200 || r.body != `{"result": "Successfully deleted 1 quads."}` {
		t.Fatalf("v1 delete: %d %s", r.status, r.body)
	}
	if got := ask(); strings.Contains(got, "x:b") || !strings.Contains(got, "x:c") {
		t.Errorf("after v1 delete and v2 write: %s", got)
	}
	r = do(t, s, "POST", "/api/v2/delete", "<x:a> <x:knows> <x:c> .\n")
	if r.status != 200 || !strings.Contains(r.body, `"count":1`) {
		t.Fatalf("v2 delete: %d %s", r.status, r.body)
	}
	if got := ask(); got != `{"result":null}`+"\n" {
		t.Errorf("after deleting all: %s", got)
	}

	// The explorer's index follows writes.
	var info struct{ Entities int }
	do(t, s, "GET", "/api/kg/info", "").json(t, &info)
	do(t, s, "POST", "/api/v2/write", `<https://example.org/kg/id/entity/new> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .`+"\n"+
		`<https://example.org/kg/id/entity/new> <http://schema.org/name> "Newcomer" .`+"\n")
	var after struct{ Entities int }
	do(t, s, "GET", "/api/kg/info", "").json(t, &after)
	if after.Entities != info.Entities+1 {
		t.Errorf("entities %d after a write, before %d", after.Entities, info.Entities)
	}

	for _, bad := range []struct{ target, body string }{
		{"/api/v1/write", `[{"subject": "<x:a>"}]`},
		{"/api/v1/write", `not json`},
		{"/api/v2/write", `<x:a> <x:b> .`},
	} {
		if r := do(t, s, "POST", bad.target, bad.body); r.status != 400 {
			t.Errorf("%s %q: %d %s", bad.target, bad.body, r.status, r.body)
		}
	}
}
