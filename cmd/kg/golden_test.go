package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestGoldenStatements checks that every statement reviewed by hand and
// found right (testdata/golden/ARTICLE.tsv) is still extracted from its
// seed article, and logs how many of the article's statements the review
// found right. Wrong statements are left out of the golden files, never
// added, so the files only ever hold what a reader would accept.
func TestGoldenStatements(t *testing.T) {
	files, _ := filepath.Glob("testdata/golden/*.tsv")
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	db := seedStore(t)
	_, out, _ := kg(t, "", "--db", db, "statements", "--format", "jsonl")
	have := map[string]map[string]bool{} // article -> statement lines
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var r jsonStmt
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("statement %q: %v", line, err)
		}
		if have[r.Source] == nil {
			have[r.Source] = map[string]bool{}
		}
		have[r.Source][goldenLine(r)] = true
	}
	for _, f := range files {
		article := strings.TrimSuffix(filepath.Base(f), ".tsv")
		want := readGolden(t, f)
		missing := 0
		for _, w := range want {
			if !have[article][w] {
				missing++
				t.Errorf("%s: no longer extracted: %q", article, w)
			}
		}
		t.Logf("%s: %d of %d extracted statements reviewed right (%d%%)", article, len(want)-missing,
			len(have[article]), 100*(len(want)-missing)/max(1, len(have[article])))
	}
}

// goldenLine renders a statement as a golden line: sentence, subject,
// predicate, object, flags.
func goldenLine(r jsonStmt) string {
	var flags []string
	if r.Negated {
		flags = append(flags, "neg")
	}
	if r.Modality != "" {
		flags = append(flags, "modality="+r.Modality)
	}
	if r.ReportedBy != nil {
		flags = append(flags, "by="+r.ReportedBy.Text)
	}
	return strings.Join([]string{strconv.Itoa(r.Sentence), r.Subject.Text, r.Predicate, r.Object.Text, strings.Join(flags, " ")}, "\t")
}

func readGolden(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		if len(strings.Split(line, "\t")) != 5 {
			t.Fatalf("%s:%d: want 5 tab-separated fields", path, n)
		}
		out = append(out, line)
	}
	return out
}
