package jsonld

import (
	"fmt"
	"math"
	"sort"
	"strconv"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/export/internal/canon"
	"github.com/kgraph/kg/graph"
)

// A node is a node object in JSON-LD expanded form.
type node = map[string]any

// dataset groups canonical quads into expanded node objects: one per
// subject of the default graph, each named graph nested under the node of
// its name as "@graph" (creating that node if the default graph says
// nothing about it).
type dataset struct {
	nodes  map[string]node            // default graph, by @id
	graphs map[string]map[string]node // named graphs, by graph then @id
}

func newDataset() *dataset {
	return &dataset{nodes: map[string]node{}, graphs: map[string]map[string]node{}}
}

// add adds one canonical quad.
func (d *dataset) add(q quad.Quad) error {
	nodes := d.nodes
	if q.Label != nil {
		g := id(q.Label)
		if d.graphs[g] == nil {
			d.graphs[g] = map[string]node{}
		}
		nodes = d.graphs[g]
	}
	s := id(q.Subject)
	n := nodes[s]
	if n == nil {
		n = node{"@id": s}
		nodes[s] = n
	}
	p := string(q.Predicate.(quad.IRI))
	switch o := q.Object.(type) {
	case quad.IRI, quad.BNode:
		if p == string(graph.PropType) {
			n["@type"] = append(list(n["@type"]), id(o))
			return nil
		}
	}
	v, err := value(q.Object)
	if err != nil {
		return err
	}
	n[p] = append(list(n[p]), v)
	return nil
}

// top returns the top-level nodes sorted by @id, with their named graphs
// attached and every array in a deterministic order.
func (d *dataset) top() []any {
	for g, nodes := range d.graphs {
		n := d.nodes[g]
		if n == nil {
			n = node{"@id": g}
			d.nodes[g] = n
		}
		n["@graph"] = sorted(nodes)
	}
	return sorted(d.nodes)
}

func sorted(nodes map[string]node) []any {
	ids := make([]string, 0, len(nodes))
	for id := range nodes {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	out := make([]any, len(ids))
	for i, id := range ids {
		n := nodes[id]
		for k, v := range n {
			if vs, ok := v.([]any); ok && k != "@graph" {
				sortValues(vs)
			}
		}
		out[i] = n
	}
	return out
}

// sortValues orders the values of one property by their N-Quads spelling;
// values are unique after canonicalisation, so the order is total.
func sortValues(vs []any) {
	key := func(v any) string {
		switch v := v.(type) {
		case string: // an @type entry
			return v
		case node:
			if id, ok := v["@id"].(string); ok {
				return "<" + id
			}
			return "\"" + strconv.Quote(sortKey(v["@value"])) + sortKey(v["@type"]) + sortKey(v["@language"])
		}
		return ""
	}
	sort.SliceStable(vs, func(i, j int) bool { return key(vs[i]) < key(vs[j]) })
}

func sortKey(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case bool:
		return strconv.FormatBool(v)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return ""
}

func list(v any) []any {
	l, _ := v.([]any)
	return l
}

func id(v quad.Value) string {
	if b, ok := v.(quad.BNode); ok {
		return "_:" + string(b)
	}
	return string(v.(quad.IRI))
}

// maxSafeInt is the largest integer every JSON reader holds exactly.
const maxSafeInt = 1<<53 - 1

// value returns the expanded form of a canonical object value. Integers
// and booleans in canonical lexical form become native JSON numbers and
// booleans, which JSON-LD turns back into exactly the same literals; all
// other literals keep their lexical form and datatype.
func value(v quad.Value) (node, error) {
	switch v := v.(type) {
	case quad.IRI, quad.BNode:
		return node{"@id": id(v)}, nil
	case quad.String:
		return node{"@value": string(v)}, nil
	case quad.LangString:
		return node{"@value": string(v.Value), "@language": v.Lang}, nil
	case quad.TypedString:
		s := string(v.Value)
		switch v.Type {
		case canon.XSDInteger:
			if n, err := strconv.ParseInt(s, 10, 64); err == nil && strconv.FormatInt(n, 10) == s && math.Abs(float64(n)) <= maxSafeInt {
				return node{"@value": float64(n)}, nil
			}
		case canon.XSDBoolean:
			if s == "true" || s == "false" {
				return node{"@value": s == "true"}, nil
			}
		}
		return node{"@value": s, "@type": string(v.Type)}, nil
	}
	return nil, fmt.Errorf("value %v of type %T is not canonical", v, v)
}
