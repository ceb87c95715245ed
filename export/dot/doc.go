// Package dot draws a kg graph with Graphviz, through go-graphviz's graph
// API (github.com/goccy/go-graphviz, Graphviz compiled to WebAssembly, so
// no Graphviz installation is needed), as DOT source, SVG or PNG.
//
// # What is drawn
//
// Each entity is a node labelled with its canonical label, shaped and
// filled by type (Person ellipse, Organization hexagon, Place octagon,
// Weapon inverted trapezium, Product parallelogram, Event trapezium,
// Thing grey ellipse); each literal object (a date, an amount, a text) is
// a plain box. Each statement is an edge labelled with its predicate
// lemma, prefixed by its modality ("may say") and by "not" when negated.
// Statements with the same subject, object, lemma, polarity and modality
// are merged into one edge labelled "×n" and drawn thicker. Negated edges
// are dashed and red; edges whose best confidence is below
// Options.LowConfidence are drawn lighter. A legend cluster shows the
// node kinds present, and the caption explains the edge styles.
//
// In SVG, hovering shows tooltips: for a node its IRI, type and aliases;
// for an edge up to five source sentences, each with its article id,
// sentence index and confidence. Labels longer than 40 characters are
// shortened (tooltips keep the whole text). Labels are escaped for
// Graphviz: quotes, backslashes, newlines, angle brackets and ampersands
// display as written.
//
// # Size
//
// Layouts are slow on big graphs, so at most Options.MaxNodes nodes are
// drawn (DefaultMaxNodes unless set): those touched by most statements,
// with the edges among them. The Report says what was cut and the caption
// repeats it. The layout engine is selectable; Auto uses dot (layered,
// left to right) up to AutoDotNodes nodes and sfdp beyond.
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
