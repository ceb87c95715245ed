package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"
)

// The hostile-input tests run kg build on inputs meant to hurt it and
// check that each gets a clear message of its own, the rest of the batch
// is built, and the exit status is as documented (1 when an input was
// skipped; a sentence over --max-sentence-tokens is a warning only).
// docs/reliability.md lists them.

// The article every hostile batch also holds, and a statement it gives.
const (
	goodText = "US President Joe Biden has authorized Ukraine to use ATACMS.\n"
	goodSubj = "Joe Biden"
	goodPred = "authorize"
	goodObj  = "Ukraine"
)

// writeRepeated writes head, then unit n times, then tail to path,
// without holding the whole file in memory.
func writeRepeated(t *testing.T, path, head, unit string, n int, tail string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	w.WriteString(head)
	for range n {
		w.WriteString(unit)
	}
	w.WriteString(tail)
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func writeText(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// statementsOf returns the statements of the store as CSV rows.
func statementsOf(t *testing.T, db string) [][]string {
	t.Helper()
	code, out, stderr := kg(t, "", "--db", db, "statements", "--format", "csv")
	if code != 0 {
		t.Fatalf("statements exited %d: %s", code, stderr)
	}
	return readCSV(t, out)
}

// articlesIn returns what kg stats counts as articles in db.
func articlesIn(t *testing.T, db string) int {
	t.Helper()
	code, out, stderr := kg(t, "", "--db", db, "stats")
	var n int
	if i := strings.Index(out, "articles "); code != 0 || i < 0 {
		t.Fatalf("stats exited %d: %s%s", code, out, stderr)
	} else if _, err := fmt.Sscanf(out[i:], "articles %d", &n); err != nil {
		t.Fatalf("stats: %v\n%s", err, out)
	}
	return n
}

// TestBuildHugeInputs builds a directory with a 200 MB one-line text
// file, a JSON-lines file whose second line is a 50 MB article, and a good
// article. The two big articles are refused by --max-article-bytes with
// their sizes, quickly and without being held in memory; the rest is
// built; the exit status is 1.
func TestBuildHugeInputs(t *testing.T) {
	dir := t.TempDir()
	word := "Kyiv "
	writeRepeated(t, filepath.Join(dir, "big.txt"), "", word, 200_000_000/len(word), "")
	const lineText = 50_000_000
	writeRepeated(t, filepath.Join(dir, "corpus.jsonl"),
		`{"id": "j1", "text": "Zelensky requested a Patriot licence."}`+"\n"+`{"id": "huge", "text": "`,
		word, lineText/len(word), `"}`+"\n"+`{"id": "j3", "text": "Duda described the move as a breakthrough."}`+"\n")
	writeText(t, filepath.Join(dir, "good.txt"), goodText)
	kg(t, "", "--db", filepath.Join(t.TempDir(), "warm.db"), "build", "-q", filepath.Join(dir, "good.txt")) // load the model first
	base := peakHeap(func() {
		kg(t, "", "--db", filepath.Join(t.TempDir(), "kg.db"), "build", "-q", filepath.Join(dir, "good.txt"))
	})

	db := filepath.Join(t.TempDir(), "kg.db")
	var code int
	var stderr string
	start := time.Now()
	peak := peakHeap(func() { code, _, stderr = kg(t, "", "--db", db, "build", dir) })
	took := time.Since(start)

	line2 := len(`{"id": "huge", "text": "`) + lineText/len(word)*len(word) + len(`"}`)
	for _, want := range []string{
		"kg: " + filepath.Join(dir, "big.txt") + ": article too large: 200,000,000 bytes exceeds --max-article-bytes (16777216)\n",
		"kg: " + filepath.Join(dir, "corpus.jsonl") + ":2: article too large: " + groupDigitsForTest(line2) + " bytes exceeds --max-article-bytes (16777216)\n",
		"kg: built 3 articles",
		"kg: skipped 2 inputs: article too large 2;",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	rows := statementsOf(t, db)
	if !hasRow(rows, goodSubj, goodPred, goodObj) || !strings.Contains(fmt.Sprint(rows), "j3") {
		t.Errorf("the good articles were not built")
	}
	t.Logf("250 MB of input refused in %v; heap at most %d MiB, %d MiB for a build of the good article alone",
		took.Round(time.Millisecond), peak>>20, base>>20)
	if peak > base+100<<20 {
		t.Errorf("refusing 250 MB of input took the heap to %d MiB, %d MiB for one small article: it was read into memory", peak>>20, base>>20)
	}
}

// peakHeap returns the most heap in use, sampled every millisecond, while
// f ran.
func peakHeap(f func()) uint64 {
	runtime.GC()
	stop, done := make(chan struct{}), make(chan uint64)
	go func() {
		var peak uint64
		var m runtime.MemStats
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapAlloc)
			select {
			case <-stop:
				done <- peak
				return
			case <-tick.C:
			}
		}
	}()
	f()
	close(stop)
	return <-done
}

// groupDigitsForTest writes n with commas between groups of three digits,
// as kg's messages do.
func groupDigitsForTest(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// TestBuildHostileHTML builds a page of 100,000 nested <div>s and a page
// with megabytes of <script> around its article: both are built, quickly,
// with their text and nothing of the scripts.
func TestBuildHostileHTML(t *testing.T) {
	dir := t.TempDir()
	const n = 100_000
	writeRepeated(t, filepath.Join(dir, "nested.html"), "<html><head><title>Nested</title></head><body>"+
		strings.Repeat("<div>", n)+"<p>Ukrainian President Volodymyr Zelensky met Polish President Andrzej Duda in Kyiv.</p>",
		"</div>", n, "</body></html>")
	script := "<script>var xyzzy = 'Zelensky met Duda in Kyiv'; function plugh(a) { return a + 1; }</script>\n"
	const scripts = 60_000 // about 5.5 MB
	writeRepeated(t, filepath.Join(dir, "scripts.html"), "<html><head><title>Scripts</title>", script, scripts,
		"</head><body><article><p>"+strings.TrimSpace(goodText)+"</p><p>The decision was announced on Sunday.</p></article>"+
			strings.Repeat(script, 1000)+"</body></html>")
	db := filepath.Join(t.TempDir(), "kg.db")
	start := time.Now()
	code, _, stderr := kg(t, "", "--db", db, "build", dir)
	t.Logf("built in %v: %s", time.Since(start).Round(time.Millisecond), stderr)
	if code != 0 || !strings.Contains(stderr, "kg: built 2 articles") {
		t.Fatalf("exit status %d: %s", code, stderr)
	}
	rows := statementsOf(t, db)
	if !hasRow(rows, goodSubj, goodPred, goodObj) {
		t.Error("no statement from the page among the scripts")
	}
	if !hasRow(rows, "Volodymyr Zelensky", "hold title", "Ukrainian President") { // whichever extractors run
		t.Error("no statement from the deeply nested page")
	}
	if all := fmt.Sprint(rows); strings.Contains(all, "xyzzy") || strings.Contains(all, "plugh") {
		t.Error("script text was read as article text")
	}
}

// TestBuildLimitFlags checks the two limits' flags: a sentence over
// --max-sentence-tokens is warned of and counted but is no failure; a
// higher limit analyses it; --max-article-bytes sets the size limit; bad
// values are usage errors.
func TestBuildLimitFlags(t *testing.T) {
	dir := t.TempDir()
	words := make([]string, 150)
	for i := range words {
		words[i] = fmt.Sprintf("item%d", i)
	}
	long := "The list reads " + strings.Join(words, ", ") + "." // 3 + 150 + 149 + 1 = 303 tokens
	writeText(t, filepath.Join(dir, "a-good.txt"), goodText)
	writeText(t, filepath.Join(dir, "b-list.txt"), goodText+long+"\n")
	db := filepath.Join(t.TempDir(), "kg.db")

	code, _, stderr := kg(t, "", "--db", db, "build", dir)
	warning := "kg: warning: " + filepath.Join(dir, "b-list.txt") + `: sentence 2 (byte offset 61, "The list reads item0, item1, item2,…"): ` +
		"303 tokens exceeds --max-sentence-tokens (250); not analysed\n"
	if code != 0 || !strings.Contains(stderr, warning) ||
		!strings.Contains(stderr, "kg: 1 sentences not analysed: longer than --max-sentence-tokens (250)\n") {
		t.Errorf("exit status %d, want 0 with a warning %q:\n%s", code, warning, stderr)
	}
	if !hasRow(statementsOf(t, db), goodSubj, goodPred, goodObj) {
		t.Error("the good sentence of the file with the long one gave no statement")
	}

	code, _, stderr = kg(t, "", "--db", filepath.Join(t.TempDir(), "kg.db"), "build", "--max-sentence-tokens", "400", dir)
	if code != 0 || strings.Contains(stderr, "warning") || strings.Contains(stderr, "not analysed") {
		t.Errorf("--max-sentence-tokens 400: exit %d:\n%s", code, stderr)
	}

	code, _, stderr = kg(t, "", "--db", filepath.Join(t.TempDir(), "kg.db"), "build", "--max-article-bytes", "100", dir)
	big := fmt.Sprintf("kg: %s: article too large: %s bytes exceeds --max-article-bytes (100)\n", filepath.Join(dir, "b-list.txt"),
		groupDigitsForTest(len(goodText)+len(long)+1))
	if code != 1 || !strings.Contains(stderr, big) || !strings.Contains(stderr, "kg: built 1 articles") {
		t.Errorf("--max-article-bytes 100: exit %d, want 1 and %q:\n%s", code, big, stderr)
	}

	for _, bad := range [][]string{{"--max-article-bytes", "0"}, {"--max-sentence-tokens", "-1"}, {"--max-article-bytes", "lots"}} {
		args := append([]string{"--db", filepath.Join(t.TempDir(), "kg.db"), "build"}, append(bad, dir)...)
		if code, _, stderr := kg(t, "", args...); code == 0 || !strings.Contains(stderr, bad[0]) {
			t.Errorf("%v: exit %d: %s", bad, code, stderr)
		}
	}
}

// TestBuildManyFiles builds a directory of 10,000 one-sentence files (1,000
// with -short), one in a thousand of them empty: every file is built or
// reported, and the summary and the store agree.
func TestBuildManyFiles(t *testing.T) {
	n := 10_000
	if testing.Short() {
		n = 1_000
	}
	dir := t.TempDir()
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("d%02d", i%100))
		if i < 100 {
			if err := os.Mkdir(sub, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		text := fmt.Sprintf("Report %d.\n", i)
		if i%1000 == 999 {
			text = ""
		}
		writeText(t, filepath.Join(sub, fmt.Sprintf("a%05d.txt", i)), text)
	}
	empty := n / 1000
	db := filepath.Join(t.TempDir(), "kg.db")
	start := time.Now()
	code, _, stderr := kg(t, "", "--db", db, "build", dir)
	t.Logf("%d files in %v", n, time.Since(start).Round(time.Millisecond))
	summary := fmt.Sprintf("kg: built %d articles into %s: %d new, 0 replaced, 0 unchanged; %d sentences", n-empty, db, n-empty, n-empty)
	skipped := fmt.Sprintf("kg: skipped %d inputs: empty file %d;\n", empty, empty)
	if code != 1 || !strings.Contains(stderr, summary) || !strings.Contains(stderr, skipped) {
		t.Errorf("exit status %d, want 1, %q and %q:\n%s", code, summary, skipped, stderr)
	}
	if got := strings.Count(stderr, ": empty file\n"); got != empty {
		t.Errorf("%d files reported empty, want %d", got, empty)
	}
	if got := articlesIn(t, db); got != n-empty {
		t.Errorf("the store holds %d articles, want %d", got, n-empty)
	}
}

// TestBuildFilesChanging builds a directory of text files while another
// goroutine keeps truncating and rewriting them, then a JSON-lines file
// while lines are being appended to it. Each file is read once, as it is
// then: a text file is built, or reported empty when it was caught
// truncated, and the summary and the store agree; a JSON-lines file
// caught half written gives a clear error for its last line only; the
// stores pass kg check.
func TestBuildFilesChanging(t *testing.T) {
	const n = 300
	dir := t.TempDir()
	paths := make([]string, n)
	for i := range paths {
		paths[i] = filepath.Join(dir, fmt.Sprintf("a%03d.txt", i))
		writeText(t, paths[i], goodText)
	}
	rewrites := meanwhile(t, func(i int) {
		f, err := os.OpenFile(paths[i%n], os.O_WRONLY|os.O_TRUNC, 0)
		if err != nil {
			t.Error(err)
			return
		}
		defer f.Close()
		f.WriteString(goodText)
		f.WriteString("Duda described the move as a breakthrough.\n")
	})
	db := filepath.Join(t.TempDir(), "kg.db")
	code, _, stderr := kg(t, "", "--db", db, "build", dir)
	t.Logf("%d rewrites during the build", rewrites())
	built, skipped := buildCounts(t, stderr)
	empty := 0
	fileMsg := regexp.MustCompile(`^kg: ` + regexp.QuoteMeta(dir) + `/a\d{3}\.txt: empty file$`)
	for _, l := range problemLines(stderr) {
		if !fileMsg.MatchString(l) {
			t.Errorf("unexpected message %q", l)
		}
		empty++
	}
	t.Logf("%d of %d files caught empty; exit %d", empty, n, code)
	if built+empty != n || skipped != empty || code != map[bool]int{true: 0, false: 1}[empty == 0] {
		t.Errorf("%d built, %d skipped, %d reported empty, exit %d; want %d in all, exit 1 when any was skipped", built, skipped, empty, code, n)
	}
	if got := articlesIn(t, db); got != built {
		t.Errorf("the store holds %d articles, the summary says %d", got, built)
	}

	jsonl := filepath.Join(t.TempDir(), "z.jsonl")
	writeText(t, jsonl, `{"id": "z0", "text": "Zelensky requested a Patriot licence."}`+"\n")
	appends := meanwhile(t, func(i int) {
		f, err := os.OpenFile(jsonl, os.O_WRONLY|os.O_APPEND, 0)
		if err != nil {
			t.Error(err)
			return
		}
		defer f.Close()
		fmt.Fprintf(f, `{"id": "z%d", "text": "Zelensky`, i+1) // a line in two writes
		f.WriteString(` requested a Patriot licence."}` + "\n")
		time.Sleep(200 * time.Microsecond) // about as fast as lines are built
	})
	time.Sleep(100 * time.Millisecond) // a few hundred lines first
	db = filepath.Join(t.TempDir(), "kg.db")
	code, _, stderr = kg(t, "", "--db", db, "build", jsonl)
	t.Logf("%d lines appended during the build", appends())
	built, skipped = buildCounts(t, stderr)
	lineMsg := regexp.MustCompile(`^kg: ` + regexp.QuoteMeta(jsonl) + `:(\d+): malformed JSON: .*$`)
	for _, l := range problemLines(stderr) {
		m := lineMsg.FindStringSubmatch(l)
		if m == nil || m[1] != fmt.Sprint(built+1) {
			t.Errorf("unexpected message %q: only line %d, the last, can be half written", l, built+1)
		}
	}
	if built < 1 || skipped > 1 || code != skipped {
		t.Errorf("%d lines built, %d skipped, exit %d", built, skipped, code)
	}
	if code, out, stderr := kg(t, "", "--db", db, "check"); code != 0 {
		t.Errorf("check exited %d: %s%s", code, out, stderr)
	}
}

// meanwhile calls change(0), change(1), ... on another goroutine until
// the returned function is called; that returns how many calls were made.
func meanwhile(t *testing.T, change func(i int)) func() int {
	stop, done := make(chan struct{}), make(chan int)
	go func() {
		i := 0
		for {
			select {
			case <-stop:
				done <- i
				return
			default:
			}
			change(i)
			i++
		}
	}()
	var calls int
	stopped := false
	end := func() int {
		if !stopped {
			close(stop)
			calls, stopped = <-done, true
		}
		return calls
	}
	t.Cleanup(func() { end() })
	return end
}

// buildCounts reads the articles built and the inputs skipped from a
// build's summary.
func buildCounts(t *testing.T, stderr string) (built, skipped int) {
	t.Helper()
	i := strings.Index(stderr, "kg: built ")
	if i < 0 {
		t.Fatalf("no summary:\n%s", stderr)
	}
	fmt.Sscanf(stderr[i:], "kg: built %d", &built)
	if i := strings.Index(stderr, "kg: skipped "); i >= 0 {
		fmt.Sscanf(stderr[i:], "kg: skipped %d", &skipped)
	}
	return built, skipped
}

// problemLines returns the lines of a build's stderr other than the
// summary.
func problemLines(stderr string) []string {
	var out []string
	for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
		if !strings.HasPrefix(l, "kg: built ") && !strings.HasPrefix(l, "kg: skipped ") {
			out = append(out, l)
		}
	}
	return out
}
