// Package serve is kg's HTTP server: Cayley's query API for researchers,
// a small JSON API for the graph explorer, and the explorer page itself.
//
// # Cayley's query API
//
// The endpoints, requests and responses of Cayley's HTTP server, so that
// Cayley clients and scripts work against kg unchanged:
//
//	POST /api/v1/query/{lang}        the query is the body; ?limit=N (default 100)
//	POST /api/v2/query?lang={lang}   the query is the body (kg also takes &limit=N)
//	GET  /api/v2/query?lang={lang}&qu=QUERY
//	GET  /api/v2/read                quads as N-Quads (filters sub, pred, obj, label)
//	GET  /api/v2/formats             the quad formats known
//	GET  /health                     204 No Content
//
// lang is gizmo, graphql or mql. A result is {"result": [...]} (null when
// nothing matched, as in Cayley); GraphQL answers {"data": ...}; with
// "Accept: application/ld+json" /api/v2/query collates Gizmo results as
// JSON-LD. Write endpoints (/api/v1/write and /api/v1/delete with JSON
// quads, /api/v2/write and /api/v2/delete with N-Quads) exist only when
// Options.Writable is set; otherwise they answer 403.
//
// # kg's API
//
//	GET /api/kg/info                     what the store holds, the limits, the download formats
//	GET /api/kg/search?q=zel&limit=10    entities by prefix of a name or word, then fuzzily
//	GET /api/kg/entity?id=IRI            an entity (or value) and its statements with provenance
//	GET /api/kg/statement?id=IRI         one statement with provenance
//	GET /api/kg/facets                   types, predicates and articles to filter by
//	GET /api/kg/neighbourhood?id=IRI     the entity's neighbourhood as nodes and edges
//	GET /api/kg/neighbourhood.svg?id=IRI the same drawn (also .png, .jsonld, .graphml)
//
// id is an entity IRI, the last segment of one (joe-biden), or the node id
// of a literal value ("literal:" and 16 hex digits, as the neighbourhood
// and the drawing name it): a view can centre on a value and walk through
// it to the other statements that name it. The entity,
// neighbourhood and download endpoints take the view parameters depth (1
// to 3), max_nodes, layout (auto by default: export/dot's choice, which
// draws a small view left to right and a larger one in rings around the
// centre; or dot, neato, fdp, sfdp, circo, twopi), and the filters types
// (comma-separated node types),
// predicates (comma-separated lemmas), article (an article id),
// min_confidence and negated (true: only negated statements, false: none).
// download=1 makes a drawing an attachment.
//
// Each statement carries its provenance: the article (id, title, date,
// URL), the sentence index and text, the statement's byte span in the
// article and the sentence's, and the sentence cut in three at the
// statement's words (before, words, after) for highlighting.
//
// # Errors
//
// Every error is JSON, {"error": "message"} (GraphQL: {"errors":
// [{"message": ...}]}), with its status: 400 for a bad request or a query
// that fails, 403 for a write to a read-only server, 404 for an unknown
// path or entity, 405 for a wrong method, 413 for a body over the limit,
// 422 for a result over the size limit, 503 for a query stopped at the
// time limit or a drawing that could not start in time.
//
// # Safety
//
// A query runs at most Options.QueryTimeout: Gizmo's JavaScript is
// interrupted, so while(true){} stops, and other clients are served
// meanwhile; at most Options.MaxQueries queries run at once, and all that
// run are stopped when the Go heap passes Options.MaxQueryMemory (a script
// filling an array in a loop would otherwise exhaust memory well within
// the time limit). Results are
// cut at Options.MaxResults and refused beyond Options.MaxResultBytes;
// request bodies are limited to Options.MaxBodyBytes. Static files are
// served from an embedded list by exact name: no directory listing, no
// path outside it. Requests whose Host is not the server's own name are
// refused (a defence against DNS rebinding when bound to loopback).
//
// Drawings go through one shared renderer, one at a time, never with a
// cancellable context inside Graphviz, and are bounded to
// Options.MaxNodes nodes.
package serve
