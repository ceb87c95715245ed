package jsonld

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"

	"github.com/piprate/json-gold/ld"

	"github.com/kgraph/kg/graph"
)

// ContextURL is the IRI under which Loader serves kg's context. Exported
// documents embed the context rather than refer to it, so no processor
// ever needs to fetch it.
const ContextURL = "https://example.org/kg/context.jsonld"

//go:embed context.jsonld
var contextFile []byte

// Context returns kg's JSON-LD context document: the term definitions for
// schema.org, PROV-O and kg's own vocabulary, without the per-store
// prefixes that Write adds.
func Context() []byte { return append([]byte(nil), contextFile...) }

// Prefixes a document gets for the IRIs minted under its store's base.
const (
	prefixBase     = "kgid"
	prefixEntity   = "entity"
	prefixRelation = "rel"
)

// contextFor returns the context of a document exported from a store with
// namespace ns: kg's context plus prefixes for the store's base.
func contextFor(ns graph.Namespace) (map[string]any, error) {
	var doc struct {
		Context map[string]any `json:"@context"`
	}
	if err := json.Unmarshal(contextFile, &doc); err != nil {
		return nil, fmt.Errorf("embedded context: %w", err)
	}
	base := ns.Base
	if base == "" {
		base = graph.DefaultBase
	}
	doc.Context[prefixBase] = base
	doc.Context[prefixEntity] = base + "entity/"
	doc.Context[prefixRelation] = base + "rel/"
	return doc.Context, nil
}

// Loader is a json-gold document loader that never touches the network:
// it serves kg's context at ContextURL and refuses every other document.
// Write uses it, and so should anyone reading kg's JSON-LD with json-gold.
type Loader struct{}

// LoadDocument implements ld.DocumentLoader.
func (Loader) LoadDocument(u string) (*ld.RemoteDocument, error) {
	if u != ContextURL {
		return nil, ld.NewJsonLdError(ld.LoadingDocumentFailed,
			fmt.Errorf("refusing to load %q: kg loads no remote documents", u))
	}
	doc, err := ld.DocumentFromReader(bytes.NewReader(contextFile))
	if err != nil {
		return nil, ld.NewJsonLdError(ld.LoadingDocumentFailed, err)
	}
	return &ld.RemoteDocument{DocumentURL: u, Document: doc}, nil
}

// ProcessorOptions returns json-gold options for kg's documents: JSON-LD 1.1 and
// the offline Loader.
func ProcessorOptions() *ld.JsonLdOptions {
	opt := ld.NewJsonLdOptions("")
	opt.ProcessingMode = ld.JsonLd_1_1
	opt.DocumentLoader = Loader{}
	return opt
}
