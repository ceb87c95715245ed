package serve

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"path"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/export/dot"
	"github.com/kgraph/kg/export/graphml"
	"github.com/kgraph/kg/export/jsonld"
	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

// A download is one way to write a view.
type download struct {
	ext, mime string
	write     func(s *Server, ctx context.Context, w *bytes.Buffer, idx *index, v view, nb neighbourhood) error
}

var downloads = []download{
	{"svg", "image/svg+xml", func(s *Server, ctx context.Context, w *bytes.Buffer, idx *index, v view, nb neighbourhood) error {
		return s.draw(ctx, w, idx, v, nb, dot.SVG)
	}},
	{"png", "image/png", func(s *Server, ctx context.Context, w *bytes.Buffer, idx *index, v view, nb neighbourhood) error {
		return s.draw(ctx, w, idx, v, nb, dot.PNG)
	}},
	{"jsonld", "application/ld+json", func(s *Server, ctx context.Context, w *bytes.Buffer, idx *index, v view, nb neighbourhood) error {
		qs, err := viewQuads(ctx, &quadReader{qs: s.st.QuadStore()}, nb)
		if err != nil {
			return err
		}
		return jsonld.Write(ctx, w, quadList{quads: qs, ns: idx.ns})
	}},
	{"graphml", "application/graphml+xml", func(s *Server, ctx context.Context, w *bytes.Buffer, idx *index, v view, nb neighbourhood) error {
		_, _, err := graphml.Write(ctx, w, viewSource{idx: idx, nb: nb}, graphml.Options{})
		return err
	}},
}

// downloads lists the extensions of the formats a view can be written in.
func (s *Server) downloads() []string {
	out := make([]string, len(downloads))
	for i, d := range downloads {
		out[i] = d.ext
	}
	return out
}

// drawingHandler answers /api/kg/neighbourhood.EXT: the view drawn (svg,
// png), as linked data (jsonld) or as a graph file (graphml); download=1
// makes it an attachment.
func (s *Server) drawingHandler(d download) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { s.serveDrawing(w, r, d) }
}

func (s *Server) serveDrawing(w http.ResponseWriter, r *http.Request, d download) {
	idx, err := s.index(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	v, err := s.parseView(idx, r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var buf bytes.Buffer
	if err := d.write(s, r.Context(), &buf, idx, v, idx.neighbourhood(v)); err != nil {
		s.fail(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", d.mime)
	h.Set("Cache-Control", "no-cache")
	if r.URL.Query().Get("download") == "1" {
		h.Set("Content-Disposition", fmt.Sprintf("attachment; filename=\"kg-%s.%s\"", graph.Slug(path.Base(v.center.id())), d.ext))
	}
	w.Write(buf.Bytes())
}

// draw renders a view with the shared renderer. Only one drawing runs at
// a time; a request that cannot start within the query time limit is
// answered 503. The renderer itself never lets a cancellable context into
// Graphviz.
func (s *Server) draw(ctx context.Context, w *bytes.Buffer, idx *index, v view, nb neighbourhood, f dot.Format) error {
	wait, cancel := context.WithTimeout(ctx, s.opt.QueryTimeout)
	defer cancel()
	release, err := acquire(wait, s.drawing, "drawing")
	if err != nil {
		return err
	}
	defer release()
	title := fmt.Sprintf("%s, depth %d", v.center.term.Text, v.depth)
	// Around an entity, the renderer's automatic layout draws small views
	// left to right and larger ones radially, the centre in the middle.
	_, err = s.render.Write(ctx, w, viewSource{idx: idx, nb: nb}, f,
		dot.Options{MaxNodes: -1, Layout: v.layout, Title: title, Root: v.center.term.ID})
	if err != nil && ctx.Err() != nil {
		return errorf(http.StatusServiceUnavailable, "drawing cancelled: %v", ctx.Err())
	}
	return err
}

// viewSource is a view as a dot.Source.
type viewSource struct {
	idx *index
	nb  neighbourhood
}

func (v viewSource) Statements(ctx context.Context, f store.Filter, fn func(store.Record) error) error {
	for _, st := range v.nb.statements {
		if err := ctx.Err(); err != nil {
			return err
		}
		if !f.Match(st.Record) {
			continue
		}
		if err := fn(st.Record); err != nil {
			return err
		}
	}
	return nil
}

func (v viewSource) Entities(_ context.Context, _ store.EntityFilter, fn func(store.EntityRecord) error) error {
	for _, n := range v.nb.nodes {
		if e := v.idx.byID[n.term.ID]; e != nil && n.term.IsEntity() {
			if err := fn(e.EntityRecord); err != nil {
				return err
			}
		}
	}
	return nil
}

// quadList is a list of quads as a jsonld.Source.
type quadList struct {
	quads []quad.Quad
	ns    graph.Namespace
}

func (l quadList) Quads(ctx context.Context, fn func(quad.Quad) error) error {
	for _, q := range l.quads {
		if err := fn(q); err != nil {
			return err
		}
	}
	return ctx.Err()
}

func (l quadList) Namespace() graph.Namespace { return l.ns }

// viewQuads returns the quads that state a view: each statement's fact
// and provenance, its sentence, extractor and relation, the nodes of the
// view's entities (without their other facts) and its articles (with the
// mentions of the view's entities only).
func viewQuads(ctx context.Context, r *quadReader, nb neighbourhood) ([]quad.Quad, error) {
	entities := map[quad.Value]bool{}
	for _, n := range nb.nodes {
		if n.term.IsEntity() {
			entities[quad.IRI(n.term.ID)] = true
		}
	}
	var out []quad.Quad
	seen := map[string]bool{}
	add := func(q quad.Quad) {
		if k := q.NQuad(); !seen[k] {
			seen[k] = true
			out = append(out, q)
		}
	}
	nodes := map[quad.Value]bool{}
	for _, st := range nb.statements {
		id := quad.IRI(st.ID)
		for _, q := range r.quads(ctx, quad.Label, id) {
			add(q)
			nodes[q.Predicate] = true
		}
		for _, q := range r.quads(ctx, quad.Subject, id) {
			add(q)
			if q.Predicate == graph.PropDerivedFrom || q.Predicate == graph.PropAttributedTo {
				nodes[q.Object] = true
			}
		}
	}
	for n := range nodes {
		for _, q := range r.quads(ctx, quad.Subject, n) {
			add(q)
		}
	}
	for n := range entities {
		for _, q := range r.quads(ctx, quad.Subject, n) {
			if q.Label == nil {
				add(q)
			}
		}
	}
	for n := range articlesOf(out) {
		for _, q := range r.quads(ctx, quad.Subject, n) {
			if q.Predicate != graph.PropMentions || entities[q.Object] {
				add(q)
			}
		}
	}
	return out, r.err
}

// articlesOf returns the articles the sentences among out belong to.
func articlesOf(out []quad.Quad) map[quad.Value]bool {
	arts := map[quad.Value]bool{}
	for _, q := range out {
		if q.Predicate == graph.PropArticle {
			arts[q.Object] = true
		}
	}
	return arts
}
