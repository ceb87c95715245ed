// Package extract turns articles into kg documents: sentences, typed
// canonical entities and statements with provenance.
//
// The pipeline for one article is
//
//	normalise -> split into sentences and tokens (extract/text)
//	          -> tag, lemmatise and parse (extract/nlp)
//	          -> recognise entity and literal mentions (extract/entity)
//	          -> run the chosen extractors side by side (Extractor)
//	          -> resolve argument spans to entities or literals
//	          -> graph.Document
//
// An Extractor sees one analysed Sentence at a time and returns Facts whose
// arguments are token spans; the pipeline, not the extractor, decides what
// entity or literal a span denotes, so every extractor gets the same entity
// resolution.
package extract
