package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/kgraph/kg/export/dot"
	"github.com/kgraph/kg/graph/store"
)

// Defaults of Options.
const (
	DefaultQueryTimeout   = 10 * time.Second
	DefaultMaxResults     = 1000
	DefaultMaxResultBytes = 8 << 20
	DefaultMaxBodyBytes   = 1 << 20
	DefaultMaxNodes       = 60
	DefaultMaxQueryMemory = 2 << 30
	// DefaultQueryLimit is the number of results a query returns when the
	// request names no limit, as in Cayley.
	DefaultQueryLimit = 100
)

// Options configure a Server. Zero values mean the defaults.
type Options struct {
	Writable       bool          // serve Cayley's write endpoints
	QueryTimeout   time.Duration // time limit of one query
	MaxQueries     int           // queries running at once (default 2 × GOMAXPROCS, at least 4)
	MaxResults     int           // results of one query at most
	MaxResultBytes int           // encoded results of one query at most
	MaxBodyBytes   int64         // request body at most
	MaxNodes       int           // nodes of a neighbourhood at most
	// MaxQueryMemory is the size of the Go heap (in bytes) at which
	// running queries are stopped (default DefaultMaxQueryMemory).
	MaxQueryMemory int64
	// Hosts, when not empty, are the only host names (without port)
	// requests may address; others are refused with 403.
	Hosts []string
	// Log receives one line per failed request (status 500 and 503);
	// nil discards them.
	Log io.Writer
}

func (o Options) withDefaults() Options {
	if o.QueryTimeout <= 0 {
		o.QueryTimeout = DefaultQueryTimeout
	}
	if o.MaxQueries <= 0 {
		o.MaxQueries = max(4, 2*runtime.GOMAXPROCS(0))
	}
	if o.MaxResults <= 0 {
		o.MaxResults = DefaultMaxResults
	}
	if o.MaxResultBytes <= 0 {
		o.MaxResultBytes = DefaultMaxResultBytes
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if o.MaxNodes <= 0 {
		o.MaxNodes = DefaultMaxNodes
	}
	if o.MaxQueryMemory <= 0 {
		o.MaxQueryMemory = DefaultMaxQueryMemory
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
	return o
}

// Renderer draws a graph; *dot.Renderer is one. One renderer serves the
// whole process.
type Renderer interface {
	Write(ctx context.Context, w io.Writer, src dot.Source, f dot.Format, opt dot.Options) (dot.Report, error)
}

// Server answers HTTP requests about one store. It is an http.Handler.
type Server struct {
	st      *store.Store
	render  Renderer
	opt     Options
	queries chan struct{} // one token per running query
	drawing chan struct{} // one token: the renderer is busy
	handler http.Handler
	logMu   sync.Mutex

	runMu   sync.Mutex         // orders begin and Close
	running sync.WaitGroup     // queries whose goroutine has not ended
	closing context.Context    // ends when Close is called
	stop    context.CancelFunc // ends closing

	idxMu sync.Mutex
	idx   *index // nil until first needed and after each write
}

// New returns a server for st that draws with r. The store must stay open
// while the server runs; it is opened read-only unless opt.Writable.
func New(st *store.Store, r Renderer, opt Options) (*Server, error) {
	if st == nil || r == nil {
		return nil, errors.New("serve: a store and a renderer are required")
	}
	opt = opt.withDefaults()
	s := &Server{st: st, render: r, opt: opt,
		queries: make(chan struct{}, opt.MaxQueries), drawing: make(chan struct{}, 1)}
	s.closing, s.stop = context.WithCancel(context.Background())
	s.handler = s.guard(s.routes())
	return s, nil
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.handler.ServeHTTP(w, r)
}

func (s *Server) routes() *http.ServeMux {
	m := http.NewServeMux()
	// Cayley's API.
	m.HandleFunc("/api/v1/query/{lang}", s.method(s.serveV1Query, http.MethodPost))
	m.HandleFunc("/api/v2/query", s.method(s.serveV2Query, http.MethodGet, http.MethodPost))
	m.HandleFunc("/api/v2/read", s.method(s.serveRead, http.MethodGet, http.MethodPost))
	m.HandleFunc("/api/v2/formats", s.method(serveFormats, http.MethodGet))
	m.HandleFunc("/api/v1/write", s.method(s.writable(s.serveV1Write), http.MethodPost))
	m.HandleFunc("/api/v1/delete", s.method(s.writable(s.serveV1Delete), http.MethodPost))
	m.HandleFunc("/api/v2/write", s.method(s.writable(s.serveV2Write), http.MethodPost))
	m.HandleFunc("/api/v2/delete", s.method(s.writable(s.serveV2Delete), http.MethodPost))
	m.HandleFunc("/health", s.method(serveHealth, http.MethodGet))
	// kg's API.
	m.HandleFunc("/api/kg/info", s.method(s.serveInfo, http.MethodGet))
	m.HandleFunc("/api/kg/search", s.method(s.serveSearch, http.MethodGet))
	m.HandleFunc("/api/kg/entity", s.method(s.serveEntity, http.MethodGet))
	m.HandleFunc("/api/kg/statement", s.method(s.serveStatement, http.MethodGet))
	m.HandleFunc("/api/kg/facets", s.method(s.serveFacets, http.MethodGet))
	m.HandleFunc("/api/kg/neighbourhood", s.method(s.serveNeighbourhood, http.MethodGet))
	for _, d := range downloads {
		m.HandleFunc("/api/kg/neighbourhood."+d.ext, s.method(s.drawingHandler(d), http.MethodGet))
	}
	// The explorer.
	m.HandleFunc("/", s.method(serveStatic, http.MethodGet))
	return m
}

// method allows only the given methods (and HEAD with GET).
func (s *Server) method(h http.HandlerFunc, allowed ...string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		for _, m := range allowed {
			if r.Method == m || r.Method == http.MethodHead && m == http.MethodGet {
				h(w, r)
				return
			}
		}
		w.Header().Set("Allow", strings.Join(allowed, ", "))
		s.fail(w, r, errorf(http.StatusMethodNotAllowed, "method %s is not allowed here (allowed: %s)", r.Method, strings.Join(allowed, ", ")))
	}
}

// guard checks the Host, limits the body and sets the headers every
// response shares.
func (s *Server) guard(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		if !s.hostAllowed(r.Host) {
			s.fail(w, r, errorf(http.StatusForbidden, "host %q is not served here", r.Host))
			return
		}
		if r.RequestURI == "*" { // http.ServeMux would answer 400 with no body
			s.fail(w, r, errorf(http.StatusBadRequest, "request target * names no resource"))
			return
		}
		if r.ContentLength > s.opt.MaxBodyBytes {
			s.fail(w, r, errorf(http.StatusRequestEntityTooLarge, "request body of %d bytes is over the limit of %d", r.ContentLength, s.opt.MaxBodyBytes))
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, s.opt.MaxBodyBytes)
		h.ServeHTTP(w, r)
	})
}

func (s *Server) hostAllowed(host string) bool {
	if len(s.opt.Hosts) == 0 {
		return true
	}
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	for _, ok := range s.opt.Hosts {
		if strings.EqualFold(host, ok) {
			return true
		}
	}
	return false
}

// readBody reads the request body within the body limit.
func readBody(r *http.Request) ([]byte, error) {
	b, err := io.ReadAll(r.Body)
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return nil, errorf(http.StatusRequestEntityTooLarge, "request body is over the limit of %d bytes", tooBig.Limit)
	}
	if err != nil {
		return nil, errorf(http.StatusBadRequest, "read request body: %v", err)
	}
	return b, nil
}

// acquire takes a token from sem, or fails when ctx ends first.
func acquire(ctx context.Context, sem chan struct{}, what string) (release func(), err error) {
	select {
	case sem <- struct{}{}:
		return func() { <-sem }, nil
	case <-ctx.Done():
		return nil, errorf(http.StatusServiceUnavailable, "%s: the server is busy, try again", what)
	}
}

func (s *Server) logf(format string, args ...any) {
	s.logMu.Lock()
	defer s.logMu.Unlock()
	fmt.Fprintf(s.opt.Log, "kg serve: "+format+"\n", args...)
}

func serveHealth(w http.ResponseWriter, _ *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}
