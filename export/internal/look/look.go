// Package look is how kg draws each kind of node, in every format that
// draws: diagrams (shape and fill), GEXF (viz:color) and Cytoscape.js
// (a colour in each node's data).
package look

import "github.com/kgraph/kg/graph"

// A Look is how one kind of node is drawn.
type Look struct {
	Shape string // Graphviz shape
	Fill  string // fill colour "#rrggbb"; "" for none (literals: white boxes)
	Words string // the look in words, for legends written as text
}

// looks gives each entity type a shape and a fill colour (ColorBrewer
// Set3, readable with black text).
var looks = map[graph.Type]Look{
	graph.Person:       {"ellipse", "#8dd3c7", "teal ellipse"},
	graph.Organization: {"hexagon", "#80b1d3", "blue hexagon"},
	graph.Place:        {"octagon", "#b3de69", "green octagon"},
	graph.Weapon:       {"invtrapezium", "#fb8072", "red inverted trapezium"},
	graph.Product:      {"parallelogram", "#fdb462", "orange parallelogram"},
	graph.Event:        {"trapezium", "#bebada", "lilac trapezium"},
	graph.Thing:        {"ellipse", "#d9d9d9", "grey ellipse"},
	graph.Concept:      {"ellipse", "#ffffb3", "pale yellow ellipse"},
}

// literal is how literal values (dates, amounts, texts) are drawn.
var literal = Look{Shape: "box", Words: "white box"}

// Of returns the look of a node of type t (an entity type or a literal
// kind); unknown entity types look like Thing.
func Of(t graph.Type) Look {
	if t.IsLiteral() {
		return literal
	}
	if l, ok := looks[t]; ok {
		return l
	}
	return looks[graph.Thing]
}

// Colour returns the colour of a node of type t as "#rrggbb": its fill, or
// white for literals.
func Colour(t graph.Type) string {
	if f := Of(t).Fill; f != "" {
		return f
	}
	return "#ffffff"
}
