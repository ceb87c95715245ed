package dot_test

import (
	"context"
	"fmt"
	"io"
	"log"

	"github.com/kgraph/kg/export/dot"
	"github.com/kgraph/kg/graph/store"
	"github.com/kgraph/kg/graph/storetest"
)

// A Renderer draws a store as DOT, SVG or PNG and reports what it drew.
// One Renderer serves a whole process.
func ExampleRenderer_Write() {
	ctx := context.Background()
	s, err := store.Open(ctx, "memory", store.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Write(ctx, storetest.Documents(s.Namespace())); err != nil {
		log.Fatal(err)
	}
	r, err := dot.NewRenderer()
	if err != nil {
		log.Fatal(err)
	}
	defer r.Close()

	rep, err := r.Write(ctx, io.Discard, s, dot.SVG, dot.Options{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(rep)
	rep, err = r.Write(ctx, io.Discard, s, dot.SVG, dot.Options{MaxNodes: 4, Layout: dot.Neato})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(rep)
	// Output:
	// 11 nodes, 6 edges, 6 statements (layout dot)
	// 3 nodes, 2 edges, 2 statements (layout neato); cut 8 of 11 nodes and 4 of 6 statements, keeping the best-connected neighbourhoods
}
