package export_test

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"strings"

	"github.com/kgraph/kg/export"
	"github.com/kgraph/kg/graph/store"
	"github.com/kgraph/kg/graph/storetest"
)

// One statement of the fixture in N-Quads: its fact, in the statement's
// named graph, and its provenance, about the statement node.
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
	if _, err := export.Write(ctx, &out, s, export.NQuads, export.Options{}); err != nil {
		log.Fatal(err)
	}
	for _, line := range strings.Split(out.String(), "\n") {
		if strings.Contains(line, "a/st/ec99a66479710223") {
			fmt.Println(strings.ReplaceAll(line, "https://example.org/kg/", ""))
		}
	}
	// Output:
	// <id/article/a/st/ec99a66479710223> <http://www.w3.org/ns/prov#wasAttributedTo> <id/extractor/fixture/1> .
	// <id/article/a/st/ec99a66479710223> <http://www.w3.org/ns/prov#wasDerivedFrom> <id/article/a/s/0> .
	// <id/article/a/st/ec99a66479710223> <ns#confidence> "0.9"^^<http://www.w3.org/2001/XMLSchema#decimal> .
	// <id/article/a/st/ec99a66479710223> <ns#span> "13-45" .
	// <id/article/a/st/ec99a66479710223> <ns#surface> "has authorized" .
	// <id/entity/joe-biden> <id/rel/authorize> <id/entity/ukraine> <id/article/a/st/ec99a66479710223> .
}
