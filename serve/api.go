package serve

import (
	"net/http"
	"sort"
	"strings"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

// serveInfo answers /api/kg/info: what the store holds and what the
// server allows.
func (s *Server) serveInfo(w http.ResponseWriter, r *http.Request) {
	idx, err := s.index(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	top := []entityJSON{}
	for _, e := range idx.entities[:min(8, len(idx.entities))] {
		top = append(top, presentEntity(e))
	}
	s.writeJSON(w, r, map[string]any{
		"base":       idx.ns.Base,
		"entities":   len(idx.entities),
		"statements": len(idx.statements),
		"articles":   len(idx.articles),
		"writable":   s.opt.Writable,
		"languages":  store.Languages(),
		"downloads":  s.downloads(),
		"limits": map[string]any{
			"query_timeout":    s.opt.QueryTimeout.String(),
			"max_results":      s.opt.MaxResults,
			"max_result_bytes": s.opt.MaxResultBytes,
			"max_body_bytes":   s.opt.MaxBodyBytes,
			"max_nodes":        s.opt.MaxNodes,
			"max_depth":        MaxDepth,
		},
		"most_mentioned": top,
	})
}

type searchResult struct {
	entityJSON
	Match   string `json:"match"`
	Matched string `json:"matched"`
}

// serveSearch answers /api/kg/search?q=...&limit=N&type=T.
func (s *Server) serveSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, err := intParam(q, "limit", 10, 1, 50)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var typ graph.Type
	if t := q.Get("type"); t != "" {
		if typ, err = graph.ParseType(t); err != nil {
			s.fail(w, r, errorf(http.StatusBadRequest, "type: %v", err))
			return
		}
	}
	idx, err := s.index(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	results := []searchResult{}
	for _, h := range idx.search(q.Get("q"), typ, limit) {
		results = append(results, searchResult{entityJSON: presentEntity(h.entity), Match: h.match, Matched: h.name})
	}
	s.writeJSON(w, r, map[string]any{"query": q.Get("q"), "results": results})
}

// serveEntity answers /api/kg/entity?id=...: the entity (or literal
// value) and the statements it is subject or object of that the filters
// keep (the type filter applies to the statement's other end).
func (s *Server) serveEntity(w http.ResponseWriter, r *http.Request) {
	idx, err := s.index(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	q := r.URL.Query()
	n, ok := idx.resolve(q.Get("id"))
	if !ok {
		s.fail(w, r, errorf(http.StatusNotFound, "no entity %q in the store", q.Get("id")))
		return
	}
	f, err := parseFilter(q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	sts := idx.statementsOf(n.id(), func(st *stmtEntry) bool {
		return f.statement(st) && f.node(otherEnd(st, n.id()).Type)
	})
	out := make([]statementJSON, 0, len(sts))
	for _, st := range sts {
		out = append(out, idx.presentStatement(st))
	}
	s.writeJSON(w, r, map[string]any{"entity": idx.presentNode(n), "total": len(idx.adj[n.id()]), "statements": out})
}

// serveStatement answers /api/kg/statement?id=IRI.
func (s *Server) serveStatement(w http.ResponseWriter, r *http.Request) {
	idx, err := s.index(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	id := strings.TrimSuffix(strings.TrimPrefix(r.URL.Query().Get("id"), "<"), ">")
	st, ok := idx.statements[graph.IRI(id)]
	if !ok {
		s.fail(w, r, errorf(http.StatusNotFound, "no statement %q in the store", id))
		return
	}
	s.writeJSON(w, r, map[string]any{"statement": idx.presentStatement(st)})
}

type countJSON struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// serveFacets answers /api/kg/facets: the node types, predicates and
// articles the filters can name, with their statement counts.
func (s *Server) serveFacets(w http.ResponseWriter, r *http.Request) {
	idx, err := s.index(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	types := []countJSON{}
	for t, n := range idx.types {
		types = append(types, countJSON{string(t), n})
	}
	preds := []countJSON{}
	for p, n := range idx.predicates {
		preds = append(preds, countJSON{p, n})
	}
	for _, l := range [][]countJSON{types, preds} {
		sort.Slice(l, func(i, j int) bool {
			return l[i].Count > l[j].Count || l[i].Count == l[j].Count && l[i].Name < l[j].Name
		})
	}
	arts := []article{}
	for _, a := range idx.articles {
		arts = append(arts, *a)
	}
	sort.Slice(arts, func(i, j int) bool { return arts[i].ID < arts[j].ID })
	s.writeJSON(w, r, map[string]any{"types": types, "predicates": preds, "articles": arts})
}

type nodeJSON struct {
	ID       string     `json:"id"`
	Label    string     `json:"label"`
	Type     graph.Type `json:"type"`
	Entity   bool       `json:"entity"`
	Mentions int        `json:"mentions,omitempty"`
	Distance int        `json:"distance"`
}

type edgeJSON struct {
	From       string      `json:"from"`
	To         string      `json:"to"`
	Predicate  string      `json:"predicate"`
	Negated    bool        `json:"negated"`
	Modality   string      `json:"modality,omitempty"`
	Confidence float64     `json:"confidence"` // the highest of its statements
	Statements []graph.IRI `json:"statements"`
}

// serveNeighbourhood answers /api/kg/neighbourhood?id=...: the view's
// nodes, its edges (statements with the same ends, predicate, polarity
// and modality merged, as drawn) and its statements.
func (s *Server) serveNeighbourhood(w http.ResponseWriter, r *http.Request) {
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
	nb := idx.neighbourhood(v)
	nodes := make([]nodeJSON, 0, len(nb.nodes))
	for _, n := range nb.nodes {
		id := nodeID(n.term)
		nodes = append(nodes, nodeJSON{ID: id, Label: n.term.Text, Type: n.term.Type, Entity: n.term.IsEntity(),
			Mentions: len(idx.adj[id]), Distance: n.distance})
	}
	sts := make([]statementJSON, 0, len(nb.statements))
	for _, st := range nb.statements {
		sts = append(sts, idx.presentStatement(st))
	}
	s.writeJSON(w, r, map[string]any{
		"center": idx.presentNode(v.center), "depth": v.depth, "max_nodes": v.maxNodes, "cut": nb.cut,
		"nodes": nodes, "edges": edges(nb.statements), "statements": sts,
	})
}

// edges merges statements as the drawing does.
func edges(sts []*stmtEntry) []edgeJSON {
	type key struct {
		from, to, lemma, modality string
		negated                   bool
	}
	byKey := map[key]int{}
	out := []edgeJSON{}
	for _, st := range sts {
		k := key{nodeID(st.Subject), nodeID(st.Object), st.Predicate.Lemma, st.Modality, st.Negated}
		i, ok := byKey[k]
		if !ok {
			i = len(out)
			byKey[k] = i
			out = append(out, edgeJSON{From: k.from, To: k.to, Predicate: k.lemma, Negated: k.negated, Modality: k.modality})
		}
		out[i].Confidence = max(out[i].Confidence, st.Prov.Confidence)
		out[i].Statements = append(out[i].Statements, st.ID)
	}
	return out
}
