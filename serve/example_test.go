package serve_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http/httptest"
	"strings"

	"github.com/kgraph/kg/export/dot"
	"github.com/kgraph/kg/graph/store"
	"github.com/kgraph/kg/graph/storetest"
	"github.com/kgraph/kg/serve"
)

// A Server is an http.Handler over one store: here it answers a Gizmo
// query as Cayley would, and a search of the explorer's API.
func Example() {
	ctx := context.Background()
	st, err := store.Open(ctx, "memory", store.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Write(ctx, storetest.Documents(st.Namespace())); err != nil {
		log.Fatal(err)
	}
	r, err := dot.NewRenderer() // one per process
	if err != nil {
		log.Fatal(err)
	}
	defer r.Close()
	s, err := serve.New(st, r, serve.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close(ctx)

	q := `g.V("<https://example.org/kg/id/entity/joe-biden>").Out("<https://example.org/kg/id/rel/authorize>").All()`
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("POST", "/api/v2/query?lang=gizmo", strings.NewReader(q)))
	fmt.Print(rec.Code, " ", rec.Body.String())

	rec = httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", "/api/kg/search?q=zelenskiy", nil))
	var res struct {
		Results []struct{ Label, Match, Matched string }
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &res); err != nil {
		log.Fatal(err)
	}
	for _, h := range res.Results {
		fmt.Printf("%s (%s match on %q)\n", h.Label, h.Match, h.Matched)
	}
	// Output:
	// 200 {"result":[{"id":"<https://example.org/kg/id/entity/ukraine>"}]}
	// Volodymyr Zelensky (fuzzy match on "Volodymyr Zelensky")
}
