package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/kgraph/kg/serve/loadgen"
	"github.com/kgraph/kg/serve/querydoc"
)

// seedDB builds data/articles into a fresh store and returns its path.
func seedDB(tb testing.TB) string {
	tb.Helper()
	db := filepath.Join(tb.TempDir(), "kg.db")
	var errb bytes.Buffer
	code := run(context.Background(), []string{"--db", db, "build", "-q", "../../data/articles"},
		streams{In: strings.NewReader(""), Out: io.Discard, Err: &errb})
	if code != 0 {
		tb.Fatalf("build exited %d: %s", code, errb.String())
	}
	return db
}

// addrWatcher is the stderr of a kg serve: it keeps the output and
// reports the address from the line that says where it serves.
type addrWatcher struct {
	mu   sync.Mutex
	out  bytes.Buffer
	addr chan string
}

var servingLine = regexp.MustCompile(`serving .* at http://(\S+)/`)

func (w *addrWatcher) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	had := servingLine.MatchString(w.out.String())
	w.out.Write(p)
	if m := servingLine.FindStringSubmatch(w.out.String()); !had && m != nil {
		w.addr <- m[1]
	}
	return len(p), nil
}

func (w *addrWatcher) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.out.String()
}

// startServe runs kg serve over db on a free loopback port until the test
// ends and returns its base URL.
func startServe(tb testing.TB, db string, args ...string) string {
	tb.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	w := &addrWatcher{addr: make(chan string, 1)}
	done := make(chan int, 1)
	args = append([]string{"--db", db, "serve", "--addr", "127.0.0.1:0"}, args...)
	go func() { done <- run(ctx, args, streams{In: strings.NewReader(""), Out: io.Discard, Err: w}) }()
	select {
	case addr := <-w.addr:
		tb.Cleanup(func() {
			cancel()
			if code := <-done; code != 0 {
				tb.Errorf("kg serve exited %d: %s", code, w)
			}
		})
		return "http://" + addr
	case code := <-done:
		cancel()
		tb.Fatalf("kg serve exited %d: %s", code, w)
	case <-time.After(30 * time.Second):
		cancel()
		tb.Fatalf("kg serve did not start in 30s: %s", w)
	}
	return ""
}

func TestServeRefusesOtherAddresses(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:0", ":0", "example.com:80", "10.1.2.3:8080"} {
		code, _, stderr := kg(t, "", "--db", "memory", "serve", "--addr", addr)
		if code == 0 || !strings.Contains(stderr, "not a loopback address") || !strings.Contains(stderr, "--public") {
			t.Errorf("--addr %s: exit %d: %s", addr, code, stderr)
		}
	}
	if code, _, stderr := kg(t, "", "--db", "memory", "serve", "--addr", "nonsense"); code == 0 || !strings.Contains(stderr, "--addr") {
		t.Errorf("--addr nonsense: exit %d: %s", code, stderr)
	}
}

// TestServe runs the command and checks that the flags reach the server:
// read-only by default, the query time limit, the Host check.
func TestServe(t *testing.T) {
	db := seedDB(t)
	base := startServe(t, db, "--query-timeout", "300ms")
	post := func(path, body string) (int, string) {
		t.Helper()
		res, err := http.Post(base+path, "text/plain", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	code, body := post("/api/v1/query/gizmo", `g.V("<https://example.org/kg/id/entity/joe-biden>").Out("<https://example.org/kg/id/rel/authorize>").All()`)
	if code != 200 || !strings.Contains(body, "entity/ukraine") {
		t.Errorf("query: %d %s", code, body)
	}
	start := time.Now()
	if code, body := post("/api/v1/query/gizmo", `while(true){}`); code != 503 || time.Since(start) > 5*time.Second {
		t.Errorf("endless query: %d after %v: %s", code, time.Since(start), body)
	}
	if code, body := post("/api/v2/write", "<x:a> <x:b> <x:c> ."); code != 403 {
		t.Errorf("write to a read-only server: %d %s", code, body)
	}
	req, _ := http.NewRequest("GET", base+"/api/kg/info", nil)
	req.Host = "attacker.example"
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 403 {
		t.Errorf("request for another host: %d", res.StatusCode)
	}
}

// TestServeStopsDuringQuery interrupts kg serve while a query runs: the
// query is stopped, and the command ends cleanly and soon.
func TestServeStopsDuringQuery(t *testing.T) {
	db := seedDB(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := &addrWatcher{addr: make(chan string, 1)}
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"--db", db, "serve", "--addr", "127.0.0.1:0", "--query-timeout", "1m"},
			streams{In: strings.NewReader(""), Out: io.Discard, Err: w})
	}()
	var addr string
	select {
	case addr = <-w.addr:
	case <-time.After(30 * time.Second):
		t.Fatalf("kg serve did not start: %s", w)
	}
	answered := make(chan int, 1)
	go func() {
		res, err := http.Post("http://"+addr+"/api/v1/query/gizmo", "text/plain",
			strings.NewReader(`g.V().ForEach(function (d) { while (true) { g.V().Out().Count() } })`))
		if err != nil {
			answered <- 0
			return
		}
		res.Body.Close()
		answered <- res.StatusCode
	}()
	time.Sleep(300 * time.Millisecond) // let the query start
	start := time.Now()
	cancel()
	select {
	case code := <-done:
		if code != 0 || time.Since(start) > 5*time.Second {
			t.Errorf("kg serve exited %d after %v: %s", code, time.Since(start), w)
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("kg serve still runs 10s after the interrupt: %s", w)
	}
	if code := <-answered; code != http.StatusServiceUnavailable {
		t.Errorf("the running query was answered %d, want 503", code)
	}
}

// needChromium returns the path of Chromium (or Chrome). Without one the
// test fails in CI and is skipped elsewhere.
func needChromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is not installed (apt-get install chromium)")
	}
	t.Skip("skipping: chromium is not installed (apt-get install chromium)")
	return ""
}

// browse starts a headless Chromium for the test.
func browse(t *testing.T) context.Context {
	path := needChromium(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1440, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(func() {
		cancelTimeout()
		cancelCtx()
		cancelAlloc()
	})
	return ctx
}

// screenshot saves the page as name in the test's artifact directory
// (kept with go test -artifacts -outputdir DIR).
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	path := filepath.Join(t.ArtifactDir(), name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

// TestExplorerInBrowser drives the explorer in Chromium over the seed
// graph: search the United States, choose it, filter its negated
// statements; search Zelensky, choose him, click a neighbour in the
// drawing, open a statement, download the drawing as SVG.
func TestExplorerInBrowser(t *testing.T) {
	needChromium(t)
	base := startServe(t, seedDB(t))
	ctx := browse(t) // closed before the server: cleanups run last first
	must := func(step string, err error) {
		t.Helper()
		if err != nil {
			screenshot(t, ctx, "failed.png")
			t.Fatalf("%s: %v", step, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		must("read "+sel, err)
		return s
	}

	must("open the page", chromedp.Do(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS("#starters button")),
		chromedp.SendKeys(chromedp.CSS("#q"), "United States"),
		chromedp.WaitVisible(chromedp.CSS("#suggestions li.suggestion")),
	))
	if first := text("#suggestions li.suggestion"); !strings.Contains(first, "United States") {
		t.Errorf("first suggestion for United States: %q", first)
	}
	screenshot(t, ctx, "1-search.png")

	must("choose the United States", chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS("#suggestions li.suggestion")),
		chromedp.WaitVisible(chromedp.CSS("#graph svg g.node.centre")),
	))
	if h := text("#entity h2"); !strings.Contains(h, "United States") {
		t.Errorf("side panel after choosing the United States: %q", h)
	}
	screenshot(t, ctx, "2-united-states.png")

	// Filter: only negated statements, in the list and in the drawing.
	loaded := `!document.querySelector("#graph.loading") && !!document.querySelector("#graph svg")`
	_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { const n = document.getElementById("negated");
		n.value = "true"; n.dispatchEvent(new Event("change", {bubbles: true})); return true })()`))
	must("filter negated statements", err)
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](`location.hash.includes("negated=true") && `+loaded, chromedp.WithPollingTimeout(30*time.Second)))
	must("redraw with the filter", err)
	counts, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](`[document.querySelectorAll("#statements li.statement").length,
		document.querySelectorAll("#statements li.statement.negated").length]`))
	must("count the statements", err)
	if counts[0] == 0 || counts[0] != counts[1] {
		t.Errorf("with negated=true the list has %d statements, %d of them negated", counts[0], counts[1])
	}
	screenshot(t, ctx, "2b-negated.png")
	must("reset the filters", chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#reset"))))
	// The hash changes at once; wait for the unfiltered list as well, so
	// that the drawing is the new one and not the filtered one going away.
	unfiltered := fmt.Sprintf(`!location.hash.includes("negated") && document.querySelectorAll("#statements li.statement").length > %d && `, counts[0]) + loaded
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](unfiltered, chromedp.WithPollingTimeout(30*time.Second)))
	must("redraw without the filter", err)

	// Then Zelensky, whose neighbourhood the rest of the walk goes through.
	_, err = chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { const q = document.getElementById("q"); q.value = ""; q.focus(); return true })()`))
	must("clear the search box", err)
	must("search Zelensky", chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.CSS("#q"), "Zelensky"),
		chromedp.WaitVisible(chromedp.CSS("#suggestions li.suggestion")),
	))
	if first := text("#suggestions li.suggestion"); !strings.Contains(first, "Volodymyr Zelensky") {
		t.Errorf("first suggestion for Zelensky: %q", first)
	}
	must("choose Zelensky", chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#suggestions li.suggestion"))))
	zelensky := `(() => { const h = document.querySelector("#entity h2"); return !!h && h.textContent.includes("Volodymyr Zelensky") && !!document.querySelector("#graph svg g.node.centre") && !document.querySelector("#graph.loading"); })()`
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](zelensky, chromedp.WithPollingTimeout(30*time.Second)))
	must("centre on Zelensky", err)
	screenshot(t, ctx, "2c-zelensky.png")

	// Click the first neighbour in the drawing: the view re-centres on it.
	// A drawing still being replaced can detach the node between finding
	// and clicking it ("Could not find node"): find and click again.
	var neighbour string
	for attempt := 0; ; attempt++ {
		neighbour, err = chromedp.Run(ctx, chromedp.Evaluate[string](
			`document.querySelector("#graph g.node.clickable:not(.centre)").dataset.id`))
		if err == nil {
			err = chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#graph g.node.clickable:not(.centre)")))
		}
		if err == nil || attempt == 4 {
			break
		}
		time.Sleep(500 * time.Millisecond)
	}
	must("click the neighbour", err)
	centred := fmt.Sprintf(`(() => { const c = document.querySelector("#graph g.node.centre"); return !!c && c.dataset.id === %q && !document.querySelector("#graph.loading"); })()`, neighbour)
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](centred, chromedp.WithPollingTimeout(30*time.Second)))
	must("re-centre on "+neighbour, err)
	if hash, err := chromedp.Run(ctx, chromedp.Evaluate[string](`location.hash`)); err != nil || !strings.Contains(hash, url.QueryEscape(neighbour)) {
		t.Errorf("address after the click: %q (%v), want the neighbour %s", hash, err, neighbour)
	}

	// Open the first statement: its sentence, with the statement's words marked.
	must("open a statement", chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS("#statements li.statement .st-head")),
		chromedp.WaitVisible(chromedp.CSS("#statements .st-body blockquote.sentence")),
	))
	if marked := text("#statements .st-body mark"); strings.TrimSpace(marked) == "" {
		t.Error("the opened statement marks no words")
	}
	if article := text("#statements .st-body dd"); article == "" {
		t.Error("the opened statement names no article")
	}
	screenshot(t, ctx, "3-statement.png")

	// Download the drawing as SVG.
	dir := t.TempDir()
	progress := chromedp.Events(ctx, browser.DownloadProgress)
	yes := true
	must("download the SVG", chromedp.Do(ctx,
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.Call(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
				Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dir, EventsEnabled: &yes})
			return err
		}),
		chromedp.Click(chromedp.CSS("#dl-svg")),
	))
	var file string
	for ev, err := range progress {
		must("wait for the download", err)
		if ev.State == browser.DownloadProgressStateCompleted {
			file = filepath.Join(dir, ev.GUID)
			break
		}
		if ev.State == browser.DownloadProgressStateCanceled {
			t.Fatal("the download was cancelled")
		}
	}
	svg, err := os.ReadFile(file)
	must("read the download", err)
	var doc struct {
		XMLName xml.Name
	}
	if err := xml.Unmarshal(svg, &doc); err != nil || doc.XMLName.Local != "svg" {
		t.Errorf("the download is not SVG (%v): %.200s", err, svg)
	}
	if !bytes.Contains(svg, []byte(neighbour)) {
		t.Errorf("the downloaded SVG does not draw %s", neighbour)
	}
	screenshot(t, ctx, "4-downloaded.png")
}

var update = flag.Bool("update", false, "rewrite the outputs in docs/queries.md from a freshly built seed graph")

const queriesDoc = "../../docs/queries.md"

// ask runs a query of the page through kg serve and returns its results
// as kg query prints them.
func ask(t *testing.T, base string, p *querydoc.Page, q querydoc.Query) []any {
	t.Helper()
	res, err := http.Post(base+"/api/v2/query?limit=1000&lang="+q.Lang, "text/plain", strings.NewReader(p.Source(q)))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var body struct {
		Result []any `json:"result"`
		Data   any   `json:"data"`
		Error  string
	}
	if err := json.NewDecoder(res.Body).Decode(&body); err != nil || res.StatusCode != 200 {
		t.Fatalf("line %d: %d %v %s", q.Line, res.StatusCode, err, body.Error)
	}
	if q.Lang == "graphql" {
		return []any{body.Data}
	}
	if body.Result == nil {
		return []any{}
	}
	return body.Result
}

// TestQueriesDoc runs every query of docs/queries.md against a freshly
// built seed graph through kg serve and compares the results with the
// outputs on the page (in any order). With -update it rewrites them.
func TestQueriesDoc(t *testing.T) {
	raw, err := os.ReadFile(queriesDoc)
	if err != nil {
		t.Fatal(err)
	}
	page, err := querydoc.Parse(string(raw))
	if err != nil {
		t.Fatal(err)
	}
	gizmo := 0
	for _, q := range page.Queries {
		if q.Lang == "gizmo" {
			gizmo++
		}
	}
	if gizmo < 10 || page.Prelude == "" {
		t.Fatalf("the page has %d Gizmo queries with outputs (want at least 10) and prelude %q", gizmo, page.Prelude)
	}
	base := startServe(t, seedDB(t))
	var outputs []string
	for _, q := range page.Queries {
		got := ask(t, base, page, q)
		if *update {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(got); err != nil {
				t.Fatal(err)
			}
			outputs = append(outputs, buf.String())
			continue
		}
		same, g, w, err := querydoc.Same(got, q.Output)
		if err != nil {
			t.Errorf("line %d: %v", q.Line, err)
		} else if !same {
			t.Errorf("line %d: %s query gives\n%s\nthe page shows\n%s", q.Line, q.Lang, strings.Join(g, "\n"), strings.Join(w, "\n"))
		}
	}
	if *update {
		text, err := page.WithOutputs(outputs)
		if err == nil {
			err = os.WriteFile(queriesDoc, []byte(text), 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}

var loadFor = flag.Duration("serve.load", 20*time.Second, "how long BenchmarkServeLoad loads kg serve")

// BenchmarkServeLoad loads kg serve over the seed graph, on loopback, with
// 50 concurrent clients for -serve.load (20s): 25 on the explorer's entity
// endpoints (search, entity, neighbourhood) and 25 on Gizmo queries. It
// reports requests per second, the 50th and 99th percentile latency and
// the errors of each; any error fails the benchmark.
func BenchmarkServeLoad(b *testing.B) {
	b.ReportAllocs()
	base := startServe(b, seedDB(b))
	gizmo := func(q string) loadgen.Request {
		return loadgen.Request{Kind: "gizmo", Method: "POST", URL: base + "/api/v1/query/gizmo", Body: q}
	}
	entity := func(path string) loadgen.Request {
		return loadgen.Request{Kind: "entity", URL: base + path}
	}
	loads := [][]loadgen.Request{{
		entity("/api/kg/search?q=zel"),
		entity("/api/kg/entity?id=volodymyr-zelensky"),
		entity("/api/kg/search?q=zelenskiy"),
		entity("/api/kg/neighbourhood?id=ukraine&depth=2"),
	}, {
		gizmo(`g.V("<https://example.org/kg/id/entity/joe-biden>").Out("<https://example.org/kg/id/rel/authorize>").All()`),
		gizmo(`g.V("<https://example.org/kg/id/entity/joe-biden>").LabelContext(g.V(), "statement").Out().All()`),
		gizmo(`g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Person>").Out("<http://schema.org/name>").All()`),
		gizmo(`g.V("<https://example.org/kg/id/entity/vladimir-putin>").In("<https://example.org/kg/ns#mentions>").Out("<https://example.org/kg/ns#mentions>").Limit(20).All()`),
	}}
	results := make([]loadgen.Result, len(loads))
	b.ResetTimer()
	for range b.N {
		var wg sync.WaitGroup
		for i, reqs := range loads {
			wg.Add(1)
			go func() {
				defer wg.Done()
				res, err := loadgen.Run(context.Background(), reqs, loadgen.Options{Clients: 25, Duration: *loadFor})
				if err != nil {
					b.Error(err)
					return
				}
				results[i] = res[0]
			}()
		}
		wg.Wait()
	}
	b.StopTimer()
	for _, r := range results {
		b.Logf("%s", r)
		b.ReportMetric(r.PerSecond, r.Kind+"-req/s")
		b.ReportMetric(float64(r.P50.Microseconds())/1000, r.Kind+"-p50-ms")
		b.ReportMetric(float64(r.P99.Microseconds())/1000, r.Kind+"-p99-ms")
		b.ReportMetric(float64(r.Errors), r.Kind+"-errors")
		if r.Errors > 0 || r.Requests == 0 {
			b.Errorf("%s", r)
		}
	}
}
