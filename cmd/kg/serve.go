package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"github.com/kgraph/kg/export/dot"
	"github.com/kgraph/kg/serve"
)

type serveOptions struct {
	*globals
	io     streams
	addr   string
	public bool
	opt    serve.Options
	// ready, when set, receives the address the server listens on.
	ready func(addr string)
}

func newServeCmd(g *globals, io streams) *cobra.Command {
	o := &serveOptions{globals: g, io: io}
	cmd := &cobra.Command{
		Use:   "serve [--addr 127.0.0.1:8080]",
		Short: "Serve the graph: Cayley's query API and the graph explorer",
		Long: `Serve answers Cayley's HTTP query API (POST /api/v1/query/gizmo, graphql or
mql with the query as body; /api/v2/query?lang=...), kg's JSON API for the
explorer (/api/kg/...), and the explorer page at /. The store is opened
read-only unless --writable. It listens on loopback unless --public; each
query runs within --query-timeout and returns at most --max-results
results. docs/queries.md has worked queries.`,
		Example: `  kg serve --db kg.db
  curl -s -X POST --data 'g.V("<https://example.org/kg/id/entity/joe-biden>").Out().All()' http://127.0.0.1:8080/api/v1/query/gizmo`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return o.run(cmd.Context()) },
	}
	f := cmd.Flags()
	f.StringVar(&o.addr, "addr", "127.0.0.1:8080", "address to listen on (port 0: any free port)")
	f.BoolVar(&o.public, "public", false, "allow an address that is not loopback (kg serve has no authentication)")
	f.BoolVar(&o.opt.Writable, "writable", false, "open the store for writing and serve Cayley's write endpoints")
	f.DurationVar(&o.opt.QueryTimeout, "query-timeout", serve.DefaultQueryTimeout, "time limit of one query")
	f.IntVar(&o.opt.MaxQueries, "max-queries", 0, "queries running at once (0: 2 per CPU, at least 4)")
	f.IntVar(&o.opt.MaxResults, "max-results", serve.DefaultMaxResults, "results of one query at most")
	f.IntVar(&o.opt.MaxResultBytes, "max-result-bytes", serve.DefaultMaxResultBytes, "bytes of results of one query at most")
	f.Int64Var(&o.opt.MaxBodyBytes, "max-body-bytes", serve.DefaultMaxBodyBytes, "bytes of a request body at most")
	f.IntVar(&o.opt.MaxNodes, "max-nodes", serve.DefaultMaxNodes, "nodes of a drawn neighbourhood at most")
	f.Int64Var(&o.opt.MaxQueryMemory, "max-query-memory", serve.DefaultMaxQueryMemory, "Go heap in bytes at which running queries are stopped")
	return cmd
}

func (o *serveOptions) run(ctx context.Context) error {
	hosts, err := listenHosts(o.addr, o.public)
	if err != nil {
		return err
	}
	o.opt.Hosts = hosts
	o.opt.Log = o.io.Err
	st, err := o.open(ctx, !o.opt.Writable)
	if err != nil {
		return err
	}
	keepOpen := false // set when a query may still read the store
	defer func() {
		if !keepOpen {
			st.Close()
		}
	}()
	r, err := dot.NewRenderer()
	if err != nil {
		return err
	}
	defer r.Close()
	h, err := serve.New(st, r, o.opt)
	if err != nil {
		return err
	}
	if err := h.Warm(ctx); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return err
	}
	mode := "read-only"
	if o.opt.Writable {
		mode = "writable"
	}
	fmt.Fprintf(o.io.Err, "kg: serving %s (%s) at http://%s/\n", st.Location(), mode, ln.Addr())
	if o.ready != nil {
		o.ready(ln.Addr().String())
	}
	err = serveUntil(ctx, ln, o.server(h), h)
	var running *stillRunning
	keepOpen = errors.As(err, &running)
	return err
}

func (o *serveOptions) server(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      2*o.opt.QueryTimeout + 30*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          log.New(o.io.Err, "kg serve: ", 0),
	}
}

// stillRunning is the error of a server that stopped while queries were
// still reading the store.
type stillRunning struct{ err error }

func (e *stillRunning) Error() string { return e.err.Error() }

// serveUntil serves h on ln until ctx ends, then stops the queries that
// are running and lets the other requests in flight finish, for a few
// seconds.
func serveUntil(ctx context.Context, ln net.Listener, srv *http.Server, h *serve.Server) error {
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		if cerr := h.Close(context.Background()); cerr != nil {
			return &stillRunning{cerr}
		}
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	closeErr := h.Close(shut)
	shutErr := srv.Shutdown(shut)
	if closeErr != nil {
		return &stillRunning{closeErr}
	}
	if shutErr != nil {
		// Connections still open after the grace period (a browser's
		// preconnected socket that never sent a request, a slow
		// download) are closed: the requests were given their time.
		srv.Close()
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// listenHosts checks that addr is on loopback (unless public) and returns
// the host names requests may then address; none (any) when public.
func listenHosts(addr string, public bool) ([]string, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("--addr %q: %w", addr, err)
	}
	if public {
		return nil, nil
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return nil, fmt.Errorf("--addr %q is not a loopback address: kg serve has no authentication; add --public to serve it anyway", addr)
	}
	hosts := []string{"localhost", "127.0.0.1", "::1"}
	if host != "localhost" {
		hosts = append(hosts, host)
	}
	return hosts, nil
}
