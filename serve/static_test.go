package serve

import (
	"strings"
	"testing"
)

func TestStatic(t *testing.T) {
	s, _ := fixtureServer(t, Options{})
	for path, want := range map[string]string{
		"/":        "text/html; charset=utf-8",
		"/app.js":  "text/javascript; charset=utf-8",
		"/app.css": "text/css; charset=utf-8",
	} {
		r := do(t, s, "GET", path, "")
		if r.status != 200 || r.header.Get("Content-Type") != want || r.body == "" {
			t.Errorf("%s: %d %q", path, r.status, r.header.Get("Content-Type"))
		}
		if csp := r.header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
			t.Errorf("%s: CSP %q", path, csp)
		}
		if r.header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no nosniff", path)
		}
	}
	if r := do(t, s, "HEAD", "/", ""); r.status != 200 {
		t.Errorf("HEAD /: %d", r.status)
	}
}

// TestNoListingNoTraversal asks for directories, the embedded files by
// their own names, and paths that climb out: all are 404 (or a redirect
// to a cleaned path, which is then 404).
func TestNoListingNoTraversal(t *testing.T) {
	s, _ := fixtureServer(t, Options{})
	for _, path := range []string{
		"/web/", "/web", "/web/index.html", "/web/app.js", "/static/", "/index.html",
		"/app.js/", "/..", "/../serve/doc.go", "/%2e%2e/doc.go", "/app.js%00", "/.git/config",
		"/doc.go", "/server.go", "/api/", "/api/kg/", "//etc/passwd",
	} {
		r := do(t, s, "GET", path, "")
		switch {
		case r.status == 404:
			if strings.Contains(r.body, "<") && !strings.Contains(r.body, `"error"`) {
				t.Errorf("%s: 404 body is not JSON: %s", path, r.body)
			}
		case r.status == 301 || r.status == 307 || r.status == 308:
			loc := r.header.Get("Location")
			if again := do(t, s, "GET", loc, ""); again.status != 404 && loc != "/" {
				t.Errorf("%s redirects to %s, which answers %d", path, loc, again.status)
			}
		default:
			t.Errorf("%s: status %d: %.100s", path, r.status, r.body)
		}
	}
}

// The page loads nothing from elsewhere: no http(s) URL in its files.
func TestPageIsSelfContained(t *testing.T) {
	for _, f := range []string{"web/index.html", "web/app.js", "web/app.css"} {
		b, err := web.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(b), "http://") || strings.Contains(string(b), "https://") || strings.Contains(string(b), "//cdn") {
			t.Errorf("%s refers to another site", f)
		}
	}
}
