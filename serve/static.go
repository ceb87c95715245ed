package serve

import (
	"embed"
	"net/http"
	"path"
)

// web holds the explorer page, served by exact name.
//
//go:embed web/index.html web/app.js web/app.css
var web embed.FS

// static maps the paths the explorer is served at to its files.
var static = map[string]struct{ file, mime string }{
	"/":        {"web/index.html", "text/html; charset=utf-8"},
	"/app.js":  {"web/app.js", "text/javascript; charset=utf-8"},
	"/app.css": {"web/app.css", "text/css; charset=utf-8"},
}

// pageCSP keeps the page to its own origin: no other scripts, styles,
// frames or connections.
const pageCSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
	"connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// serveStatic answers the explorer's files and 404 for every other path.
func serveStatic(w http.ResponseWriter, r *http.Request) {
	f, ok := static[r.URL.Path]
	if !ok {
		writeError(w, http.StatusNotFound, "no such page: "+path.Clean(r.URL.Path))
		return
	}
	data, err := web.ReadFile(f.file)
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	h := w.Header()
	h.Set("Content-Type", f.mime)
	h.Set("Content-Security-Policy", pageCSP)
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cache-Control", "no-cache")
	w.Write(data)
}
