package load

import (
	"strings"
)

// streamable reports whether the quads json-gold makes of expanded, the
// top-level nodes of a chunk of a document in expanded form, are exactly
// those it makes of them in the whole document, given the @id of the
// document's top-level node before them, last; and returns the @id of the
// last of them. They are when no other chunk can state anything about the
// nodes and graphs they state something about:
//
//   - every top-level node has an @id greater than the one before, or
//     none (a new blank node), so that none is stated twice;
//   - a node nested under another in the default graph is only a
//     reference, {"@id": ...}, or has no @id (a new blank node);
//   - only a top-level node or a node without @id has a "@graph", so
//     that each named graph is stated by one node;
//   - no list, no "@reverse", no "@included": json-gold labels the blank
//     nodes of lists after all others, and the other two state things
//     about other nodes.
//
// Blank node labels are the caller's concern (hasBlankLabel).
func streamable(expanded []any, last string) (string, bool) {
	for _, v := range expanded {
		n, ok := v.(map[string]any)
		if !ok || has(n, "@value") || has(n, "@list") {
			return last, false
		}
		if id, ok := n["@id"].(string); ok {
			if id <= last {
				return last, false
			}
			last = id
		}
		if !nodeStreams(n, true, false) {
			return last, false
		}
	}
	return last, true
}

// nodeStreams reports whether node n, at the top level or not, in a graph
// that only it or an enclosing node states (owned) or not, states nothing
// that another top-level node could state too.
func nodeStreams(n map[string]any, top, owned bool) bool {
	_, named := n["@id"]
	shared := named && !top && !owned // statements about n could come from elsewhere
	for k, v := range n {
		switch {
		case k == "@id":
		case k == "@graph":
			if named && !top || !valuesStream(v, true) {
				return false
			}
		case k == "@type" || k == "@index":
			if shared {
				return false
			}
		case strings.HasPrefix(k, "@"), shared:
			return false
		case !valuesStream(v, owned):
			return false
		}
	}
	return true
}

// valuesStream reports whether the values of a property, or the nodes of a
// graph, in expanded form, stream (nodeStreams).
func valuesStream(v any, owned bool) bool {
	vs, ok := v.([]any)
	if !ok {
		return false
	}
	for _, x := range vs {
		m, ok := x.(map[string]any)
		switch {
		case !ok || has(m, "@list"):
			return false
		case has(m, "@value"):
		case !nodeStreams(m, false, owned):
			return false
		}
	}
	return true
}

func has(m map[string]any, key string) bool {
	_, ok := m[key]
	return ok
}

// hasBlankLabel reports whether a decoded JSON value holds a string, key
// or value, that begins with "_:": a blank node identifier, which json-gold
// relabels per document.
func hasBlankLabel(v any) bool {
	switch v := v.(type) {
	case string:
		return strings.HasPrefix(v, "_:")
	case []any:
		for _, x := range v {
			if hasBlankLabel(x) {
				return true
			}
		}
	case map[string]any:
		for k, x := range v {
			if strings.HasPrefix(k, "_:") || hasBlankLabel(x) {
				return true
			}
		}
	}
	return false
}
