package main

import (
	"bufio"
	"compress/gzip"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestCrashSafety kills `kg build` with SIGKILL at several points of a
// build, then checks that the store opens and passes `kg check`, and that
// running the same build again gives exactly the store an uninterrupted
// build gives.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("builds several stores")
	}
	corpus := firstLines(t, wikinews, 200)
	bin := filepath.Join(t.TempDir(), "kg")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	dir := t.TempDir()
	clean := filepath.Join(dir, "clean.db")
	if out, err := exec.Command(bin, "--db", clean, "build", "-q", "--batch", "4", corpus).CombinedOutput(); err != nil {
		t.Fatalf("uninterrupted build: %v\n%s", err, out)
	}
	want := sortedQuads(t, clean)
	for _, after := range []time.Duration{700 * time.Millisecond, 1500 * time.Millisecond, 2500 * time.Millisecond, 4 * time.Second} {
		db := filepath.Join(dir, after.String()+".db")
		cmd := exec.Command(bin, "--db", db, "build", "-q", "--batch", "4", corpus)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(after)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if _, err := os.Stat(db); err != nil {
			continue // killed before the store was created
		}
		code, out, stderr := kg(t, "", "--db", db, "check")
		if code != 0 {
			t.Errorf("killed after %v: check exited %d:\n%s%s", after, code, out, stderr)
		}
		t.Logf("killed after %v: %s", after, strings.SplitN(out, "\n", 2)[0])
		if code, _, stderr := kg(t, "", "--db", db, "build", "-q", corpus); code != 0 {
			t.Errorf("killed after %v: rebuild failed: %s", after, stderr)
		}
		if got := sortedQuads(t, db); got != want {
			t.Errorf("killed after %v and rebuilt: the store differs from an uninterrupted build", after)
		}
	}
}

// firstLines copies the first n lines of a gzipped JSON-lines corpus into a
// temporary .jsonl file (fails in CI when the corpus is missing).
func firstLines(t testing.TB, path string, n int) string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("corpus missing in CI: %v", err)
		}
		t.Skipf("corpus missing: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 16<<20)
	var b strings.Builder
	for i := 0; i < n && sc.Scan(); i++ {
		b.WriteString(sc.Text() + "\n")
	}
	out := filepath.Join(t.TempDir(), "corpus.jsonl")
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return out
}
