package loadgen

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestPercentile(t *testing.T) {
	ms := func(ns ...int) []time.Duration {
		var out []time.Duration
		for _, n := range ns {
			out = append(out, time.Duration(n)*time.Millisecond)
		}
		return out
	}
	tests := []struct {
		sorted []time.Duration
		p      int
		want   time.Duration
	}{
		{nil, 50, 0},
		{ms(7), 50, 7 * time.Millisecond},
		{ms(7), 99, 7 * time.Millisecond},
		{ms(1, 2, 3, 4), 50, 2 * time.Millisecond},
		{ms(1, 2, 3, 4), 99, 4 * time.Millisecond},
		{ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 50, 5 * time.Millisecond},
		{ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 99, 10 * time.Millisecond},
		{ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 0, 1 * time.Millisecond},
	}
	for _, tt := range tests {
		if got := percentile(tt.sorted, tt.p); got != tt.want {
			t.Errorf("percentile(%v, %d) = %v, want %v", tt.sorted, tt.p, got, tt.want)
		}
	}
}

func TestRun(t *testing.T) {
	var posts atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/slow":
			time.Sleep(20 * time.Millisecond)
		case "/bad":
			w.WriteHeader(http.StatusInternalServerError)
		case "/post":
			if r.Method != http.MethodPost {
				w.WriteHeader(http.StatusMethodNotAllowed)
			}
			posts.Add(1)
		case "/missing":
			w.WriteHeader(http.StatusNotFound)
		}
		w.Write([]byte("answer"))
	}))
	defer srv.Close()
	reqs := []Request{
		{Kind: "fast", URL: srv.URL + "/ok"},
		{Kind: "slow", URL: srv.URL + "/slow"},
		{Kind: "fast", Method: "POST", URL: srv.URL + "/post", Body: "x"},
		{Kind: "bad", URL: srv.URL + "/bad"},
		{Kind: "expected 404", URL: srv.URL + "/missing", Status: http.StatusNotFound},
	}
	res, err := Run(context.Background(), reqs, Options{Clients: 4, Duration: 400 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, r := range res {
		kinds = append(kinds, r.Kind)
		if r.Requests == 0 || r.PerSecond <= 0 || r.P50 > r.P99 || r.P99 > r.Max {
			t.Errorf("%s", r)
		}
	}
	if strings.Join(kinds, ",") != "fast,slow,bad,expected 404" {
		t.Errorf("kinds %v", kinds)
	}
	if res[0].Errors != 0 || res[1].Errors != 0 || res[3].Errors != 0 {
		t.Errorf("errors where none were due: %v", res)
	}
	if res[2].Errors != res[2].Requests || !strings.Contains(res[2].FirstError, "status 500") {
		t.Errorf("bad: %s", res[2])
	}
	if res[1].P50 < 20*time.Millisecond {
		t.Errorf("slow answered in %v, faster than the server sleeps", res[1].P50)
	}
	if posts.Load() == 0 {
		t.Error("no POST reached the server")
	}
}

func TestRunNeedsWork(t *testing.T) {
	for _, opt := range []Options{{Clients: 0, Duration: time.Second}, {Clients: 1}} {
		if _, err := Run(context.Background(), []Request{{URL: "http://127.0.0.1:1/"}}, opt); err == nil {
			t.Errorf("%+v: no error", opt)
		}
	}
	if _, err := Run(context.Background(), nil, Options{Clients: 1, Duration: time.Second}); err == nil {
		t.Error("no requests: no error")
	}
}

func TestRunUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close()
	res, err := Run(context.Background(), []Request{{Kind: "gone", URL: url}}, Options{Clients: 2, Duration: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Requests == 0 || res[0].Errors != res[0].Requests {
		t.Errorf("%s", res[0])
	}
}
