// Package graph is kg's data model and its home in a Cayley quad store.
//
// The model has four kinds of things:
//
//   - An Entity is a canonical, typed thing in the world (a Person, an
//     Organization, a Place, a Weapon, ...) with a stable absolute IRI, a
//     canonical label and aliases. Its IRI comes from its label alone, so
//     every article that names it names the same node. An unnamed noun
//     phrase ("protesters", "the report") is an entity of type Concept
//     instead, whose IRI comes from its article and the phrase: each
//     article has its own, and concepts are never merged across articles.
//   - A Term is what may stand at either end of a statement: an entity, or a
//     literal (a Date, a Quantity, an amount of Money, or plain Text).
//   - A Statement is a subject-predicate-object fact read from one sentence
//     of one article, with its Provenance: the article, the sentence index,
//     the byte span in the article, the extractor, a confidence in [0,1] and
//     whether the text negates it.
//   - A Document is one article's worth of sentences, entities and statements:
//     the unit the store writes atomically.
//
// IRIs are minted under a configurable base (DefaultBase unless a Namespace
// says otherwise); the vocabulary of properties is fixed (Vocab, schema.org,
// PROV-O). docs/model.md shows exactly which quads represent one statement
// and how queries reach both the fact and its provenance.
package graph
