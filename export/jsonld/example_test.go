package jsonld_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log"

	"github.com/kgraph/kg/export/jsonld"
	"github.com/kgraph/kg/graph/store"
	"github.com/kgraph/kg/graph/storetest"
)

// Write exports a whole store; here is how one statement of the fixture
// reads, its fact nested as the statement's named graph.
func ExampleWrite() {
	ctx := context.Background()
	s, err := store.Open(ctx, "memory", store.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Write(ctx, storetest.Documents(s.Namespace())); err != nil {
		log.Fatal(err)
	}
	var out bytes.Buffer
	if err := jsonld.Write(ctx, &out, s); err != nil {
		log.Fatal(err)
	}
	var doc struct {
		Graph []map[string]any `json:"@graph"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		log.Fatal(err)
	}
	for _, n := range doc.Graph {
		if n["negated"] == true {
			b, _ := json.MarshalIndent(n, "", "  ")
			fmt.Println(string(b))
		}
	}
	// Output:
	// {
	//   "@graph": [
	//     {
	//       "@id": "entity:decision",
	//       "rel:reach": "on \"tanks\""
	//     }
	//   ],
	//   "@id": "kgid:article/a/st/9d5efa3c8be2fdd8",
	//   "confidence": "0.55",
	//   "negated": true,
	//   "span": "99-127",
	//   "surface": "has been reached",
	//   "wasAttributedTo": "kgid:extractor/fixture/1",
	//   "wasDerivedFrom": "kgid:article/a/s/2"
	// }
}
