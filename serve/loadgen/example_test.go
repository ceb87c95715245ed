package loadgen_test

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"
	"time"

	"github.com/kgraph/kg/serve/loadgen"
)

// Load a server with four clients for a fifth of a second, with two kinds
// of request.
func ExampleRun() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "hello")
	}))
	defer srv.Close()
	reqs := []loadgen.Request{
		{Kind: "page", URL: srv.URL + "/"},
		{Kind: "api", Method: "POST", URL: srv.URL + "/api", Body: "q"},
	}
	results, err := loadgen.Run(context.Background(), reqs, loadgen.Options{Clients: 4, Duration: 200 * time.Millisecond})
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range results {
		fmt.Printf("%s: answered %v, errors %d\n", r.Kind, r.Requests > 0, r.Errors)
	}
	// Output:
	// page: answered true, errors 0
	// api: answered true, errors 0
}
