// Package loadgen loads an HTTP server with concurrent clients for a fixed
// time and reports, for each kind of request, how many were answered per
// second, the 50th and 99th percentile latency and the errors.
//
// Each client sends the requests of the list in turn, starting at its own
// place in the list so that the kinds are mixed at every moment, and
// sends the next request as soon as the answer (read to its end) is in.
// A request fails when it cannot be sent or read or when the status is not
// the one expected (200 unless the Request says otherwise).
package loadgen

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"
)

// Request is one request a client sends.
type Request struct {
	Kind   string // results are reported by kind
	Method string // GET unless set
	URL    string
	Body   string
	Status int // the status expected; 200 unless set
}

// Options configure Run.
type Options struct {
	Clients  int           // concurrent clients, at least 1
	Duration time.Duration // how long to send requests
	Client   *http.Client  // nil: one with a keep-alive connection per client
}

// Result is what one kind of request gave.
type Result struct {
	Kind       string
	Requests   int     // answered, failed ones included
	Errors     int     // failed
	PerSecond  float64 // Requests per second of the run
	P50, P99   time.Duration
	Max        time.Duration
	FirstError string // the first failure, for the report
}

func (r Result) String() string {
	s := fmt.Sprintf("%s: %d requests, %.0f/s, p50 %v, p99 %v, max %v, %d errors",
		r.Kind, r.Requests, r.PerSecond, r.P50.Round(10*time.Microsecond), r.P99.Round(10*time.Microsecond),
		r.Max.Round(10*time.Microsecond), r.Errors)
	if r.FirstError != "" {
		s += " (first: " + r.FirstError + ")"
	}
	return s
}

// sample is one request's outcome.
type sample struct {
	kind    string
	latency time.Duration
	err     error
}

// Run sends reqs from opt.Clients clients for opt.Duration (or until ctx
// ends) and returns one Result per kind, in the order kinds first appear
// in reqs.
func Run(ctx context.Context, reqs []Request, opt Options) ([]Result, error) {
	if len(reqs) == 0 || opt.Clients < 1 || opt.Duration <= 0 {
		return nil, errors.New("loadgen: need requests, clients and a duration")
	}
	client := opt.Client
	if client == nil {
		client = &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: opt.Clients, MaxConnsPerHost: opt.Clients}}
	}
	ctx, cancel := context.WithTimeout(ctx, opt.Duration)
	defer cancel()
	start := time.Now()
	samples := make([][]sample, opt.Clients)
	var wg sync.WaitGroup
	for c := range opt.Clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := c; ctx.Err() == nil; i++ {
				req := reqs[i%len(reqs)]
				t0 := time.Now()
				err := send(ctx, client, req)
				if ctx.Err() != nil {
					break // cut off by the end of the run: not counted
				}
				samples[c] = append(samples[c], sample{req.Kind, time.Since(t0), err})
			}
		}()
	}
	wg.Wait()
	return summarise(reqs, samples, time.Since(start)), nil
}

func send(ctx context.Context, client *http.Client, r Request) error {
	method := r.Method
	if method == "" {
		method = http.MethodGet
	}
	var body io.Reader
	if r.Body != "" {
		body = strings.NewReader(r.Body)
	}
	req, err := http.NewRequestWithContext(ctx, method, r.URL, body)
	if err != nil {
		return err
	}
	res, err := client.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if _, err := io.Copy(io.Discard, res.Body); err != nil {
		return err
	}
	want := r.Status
	if want == 0 {
		want = http.StatusOK
	}
	if res.StatusCode != want {
		return fmt.Errorf("%s %s: status %d", method, r.URL, res.StatusCode)
	}
	return nil
}

func summarise(reqs []Request, samples [][]sample, elapsed time.Duration) []Result {
	var kinds []string
	for _, r := range reqs {
		if !slices.Contains(kinds, r.Kind) {
			kinds = append(kinds, r.Kind)
		}
	}
	out := make([]Result, len(kinds))
	lat := make([][]time.Duration, len(kinds))
	for i, k := range kinds {
		out[i].Kind = k
	}
	for _, client := range samples {
		for _, s := range client {
			i := slices.Index(kinds, s.kind)
			out[i].Requests++
			lat[i] = append(lat[i], s.latency)
			if s.err != nil {
				out[i].Errors++
				if out[i].FirstError == "" {
					out[i].FirstError = s.err.Error()
				}
			}
		}
	}
	for i := range out {
		slices.Sort(lat[i])
		out[i].PerSecond = float64(out[i].Requests) / elapsed.Seconds()
		out[i].P50 = percentile(lat[i], 50)
		out[i].P99 = percentile(lat[i], 99)
		if n := len(lat[i]); n > 0 {
			out[i].Max = lat[i][n-1]
		}
	}
	return out
}

// percentile returns the p-th percentile of sorted latencies (nearest
// rank), or 0 when there are none.
func percentile(sorted []time.Duration, p int) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := (p*len(sorted) + 99) / 100 // ceil(p/100 * n)
	return sorted[max(rank, 1)-1]
}
