// Package dot draws a kg graph with Graphviz, through go-graphviz's graph
// API (github.com/goccy/go-graphviz, Graphviz compiled to WebAssembly, so
// no Graphviz installation is needed), as DOT source, SVG or PNG.
//
// # What is drawn
//
// Each entity is a node labelled with its canonical label, shaped and
// filled by type (Person ellipse, Organization hexagon, Place octagon,
// Weapon inverted trapezium, Product parallelogram, Event trapezium,
// Thing grey ellipse, Concept pale yellow ellipse); each literal object (a
// date, an amount, a text) is a plain box. Each statement is an edge labelled with its predicate
// lemma, prefixed by its modality ("may say") and by "not" when negated.
// Statements with the same subject, object, lemma, polarity and modality
// are merged into one edge labelled "×n" and drawn thicker. Negated edges
// are dashed and red; edges whose best confidence is below
// Options.LowConfidence are drawn lighter. A legend cluster shows the
// node kinds present (for Twopi, whose layout scatters such nodes, the
// caption names them in words), and the caption explains the edge styles.
//
// In SVG, hovering shows tooltips: for a node its IRI, type and aliases;
// for an edge up to five source sentences, each with its article id,
// sentence index and confidence. Labels longer than 40 characters are
// shortened and labels are wrapped at 20 characters a line, so that nodes
// stay compact (tooltips keep the whole text). Labels are escaped for
// Graphviz: quotes, backslashes, newlines, angle brackets and ampersands
// display as written.
//
// # Size
//
// Layouts are slow on big graphs and unreadable beyond a few hundred
// nodes, so at most Options.MaxNodes nodes are drawn (DefaultMaxNodes
// unless set): the neighbourhoods of the nodes touched by most statements,
// chosen edge by edge so that no drawn node is left without an edge
// (package export/internal/bound). The Report says what was cut and the
// caption repeats it.
//
// # Layout
//
// The layout engine is selectable. Auto uses dot (layered, left to right)
// for small graphs without hubs, since dot puts all the neighbours of a
// hub in one rank, a strip thousands of pixels long; twopi for an ego
// graph (Options.Root), with the rings sized to hold their nodes side by
// side; neato for other graphs, with each edge as long as the radius of a
// circle around which its hub's neighbours fit; and sfdp beyond
// AutoNeatoNodes nodes. Overlaps are removed with "ortho", as go-graphviz's
// Graphviz has no "prism" (overlap=false falls back to Voronoi cells,
// which spread a 150-node graph over 7,000 pixels); edges are straight,
// as spline routing tangles a hub's edges.
//
// # DOT
//
// The DOT output is the graph as built, without a layout run (and so
// without positions): render it with any Graphviz, for example
// "dot -Tsvg kg.dot" or, for large graphs, "sfdp -Tsvg kg.dot". It is
// styled for Report.Layout.
//
// # PNG
//
// PNGs are drawn by go-graphviz's Go image renderer, with corrections
// (go-graphviz v0.2.10 drops every line and outline). Text is drawn in Go's
// own font when the system has none of the name Graphviz asks for, so
// characters outside Latin, Greek and Cyrillic show as boxes; SVG leaves
// fonts to the viewer and shows every script.
//
// # Concurrency and cancellation
//
// go-graphviz is not safe for concurrent use, and a render interrupted by
// a cancelled context leaves its WebAssembly instance broken. A Renderer
// therefore holds a mutex around every call into go-graphviz and never
// passes it the caller's context: cancellation is checked before and after
// a render, and a render once started runs to its end.
package dot
