package serve

import (
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/kgraph/kg/export/dot"
	"github.com/kgraph/kg/graph"
)

// MaxDepth is the deepest neighbourhood a request may ask for.
const MaxDepth = 3

// viewFilter selects the statements and nodes a view shows.
type viewFilter struct {
	types         map[graph.Type]bool // node types shown; nil: all
	predicates    map[string]bool     // lemmas shown; nil: all
	article       string              // only statements of this article
	minConfidence float64
	negated       *bool // only negated (true) or only asserted (false) statements
}

// view is a request for an entity's neighbourhood.
type view struct {
	center   node
	depth    int
	maxNodes int
	layout   dot.Layout
	filter   viewFilter
}

// parseView reads a view request's parameters.
func (s *Server) parseView(idx *index, q url.Values) (view, error) {
	v := view{depth: 1, maxNodes: s.opt.MaxNodes}
	n, ok := idx.resolve(q.Get("id"))
	if !ok {
		if q.Get("id") == "" {
			return v, errorf(http.StatusBadRequest, "no entity: give id=IRI")
		}
		return v, errorf(http.StatusNotFound, "no entity %q in the store", q.Get("id"))
	}
	v.center = n
	var err error
	if v.depth, err = intParam(q, "depth", 1, 1, MaxDepth); err != nil {
		return v, err
	}
	if v.maxNodes, err = intParam(q, "max_nodes", s.opt.MaxNodes, 1, s.opt.MaxNodes); err != nil {
		return v, err
	}
	if v.layout, err = dot.ParseLayout(q.Get("layout")); err != nil {
		return v, errorf(http.StatusBadRequest, "%v", err)
	}
	v.filter, err = parseFilter(q)
	return v, err
}

func parseFilter(q url.Values) (viewFilter, error) {
	var f viewFilter
	for _, t := range list(q.Get("types")) {
		typ, err := graph.ParseType(t)
		if err != nil {
			return f, errorf(http.StatusBadRequest, "types: %v", err)
		}
		if f.types == nil {
			f.types = map[graph.Type]bool{}
		}
		f.types[typ] = true
	}
	for _, p := range list(q.Get("predicates")) {
		if f.predicates == nil {
			f.predicates = map[string]bool{}
		}
		f.predicates[p] = true
	}
	f.article = q.Get("article")
	if c := q.Get("min_confidence"); c != "" {
		v, err := strconv.ParseFloat(c, 64)
		if err != nil || v < 0 || v > 1 {
			return f, errorf(http.StatusBadRequest, "min_confidence %q is not a number in [0,1]", c)
		}
		f.minConfidence = v
	}
	switch n := q.Get("negated"); n {
	case "":
	case "true", "false":
		b := n == "true"
		f.negated = &b
	default:
		return f, errorf(http.StatusBadRequest, "negated %q is neither true nor false", n)
	}
	return f, nil
}

func list(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func intParam(q url.Values, name string, def, lo, hi int) (int, error) {
	s := q.Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, errorf(http.StatusBadRequest, "%s %q is not a whole number from %d to %d", name, s, lo, hi)
	}
	return n, nil
}

// statement reports whether the filter keeps a statement (its ends aside).
func (f viewFilter) statement(e *stmtEntry) bool {
	return (f.predicates == nil || f.predicates[e.Predicate.Lemma]) &&
		(f.article == "" || f.article == e.Prov.Article) &&
		e.Prov.Confidence >= f.minConfidence &&
		(f.negated == nil || *f.negated == e.Negated)
}

// node reports whether the filter keeps a node of type t.
func (f viewFilter) node(t graph.Type) bool {
	return f.types == nil || f.types[t]
}

// neighbourhood is a view's nodes, by distance from the centre, and the
// statements among them.
type neighbourhood struct {
	nodes      []viewNode
	statements []*stmtEntry
	cut        bool // max_nodes left nodes within depth out
}

type viewNode struct {
	term     graph.Term
	distance int
}

// neighbourhood walks out from the centre breadth first, over the
// statements the filter keeps, to nodes of the types it keeps (a literal
// value is one node however many statements name it, as in the drawing).
// At each distance the nodes joined to the nodes already chosen by most
// statements come first, then those in most statements, then by label,
// until max_nodes.
func (idx *index) neighbourhood(v view) neighbourhood {
	centre := v.center.term
	seen := map[string]bool{nodeID(centre): true}
	nb := neighbourhood{nodes: []viewNode{{term: centre}}}
	frontier := []graph.Term{centre}
	for d := 1; d <= v.depth && len(frontier) > 0; d++ {
		cands := idx.candidates(frontier, seen, v.filter)
		frontier = nil
		for _, c := range cands {
			if len(nb.nodes) >= v.maxNodes {
				nb.cut = true
				break
			}
			seen[nodeID(c.term)] = true
			nb.nodes = append(nb.nodes, viewNode{term: c.term, distance: d})
			frontier = append(frontier, c.term)
		}
	}
	nb.statements = idx.among(nb.nodes, seen, v.filter)
	return nb
}

type candidate struct {
	term  graph.Term
	links int
	rank  int // statements the node is in
}

// candidates returns the nodes one statement away from the frontier that
// are not yet seen, best first.
func (idx *index) candidates(frontier []graph.Term, seen map[string]bool, f viewFilter) []*candidate {
	byID := map[string]*candidate{}
	for _, u := range frontier {
		for _, e := range idx.adj[nodeID(u)] {
			if !f.statement(e) {
				continue
			}
			other := otherEnd(e, nodeID(u))
			id := nodeID(other)
			if seen[id] || !f.node(other.Type) {
				continue
			}
			c := byID[id]
			if c == nil {
				c = &candidate{term: other, rank: len(idx.adj[id])}
				byID[id] = c
			}
			c.links++
		}
	}
	out := make([]*candidate, 0, len(byID))
	for _, c := range byID {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.links != b.links {
			return a.links > b.links
		}
		if a.rank != b.rank {
			return a.rank > b.rank
		}
		if a.term.Text != b.term.Text {
			return a.term.Text < b.term.Text
		}
		return nodeID(a.term) < nodeID(b.term)
	})
	return out
}

// among returns the statements the filter keeps whose two ends are both
// nodes of the view.
func (idx *index) among(nodes []viewNode, in map[string]bool, f viewFilter) []*stmtEntry {
	done := map[graph.IRI]bool{}
	var out []*stmtEntry
	for _, n := range nodes {
		for _, e := range idx.adj[nodeID(n.term)] {
			if done[e.ID] || !f.statement(e) || !in[nodeID(e.Subject)] || !in[nodeID(e.Object)] {
				continue
			}
			done[e.ID] = true
			out = append(out, e)
		}
	}
	sortStatements(out)
	return out
}

// otherEnd returns the end of a statement that is not the node id (the
// subject, for a statement about itself).
func otherEnd(e *stmtEntry, id string) graph.Term {
	if nodeID(e.Subject) == id {
		return e.Object
	}
	return e.Subject
}
