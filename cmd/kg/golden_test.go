package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestGoldenStatements checks that every statement reviewed by hand and
// found right (testdata/golden/ARTICLE.tsv) is still extracted from its
// seed article when every extractor runs, and logs how many of each
// article's statements the review found right, with every extractor and
// with the default ones. Wrong statements are left out of the golden files,
// never added, so the files only ever hold what a reader would accept.
func TestGoldenStatements(t *testing.T) {
	files, _ := filepath.Glob("testdata/golden/*.tsv")
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	all := extractedLines(t, seedStoreWith(t, "--extractors", extractorNames()))
	dflt := extractedLines(t, seedStore(t))
	for _, f := range files {
		article := strings.TrimSuffix(filepath.Base(f), ".tsv")
		want := readGolden(t, f)
		for _, w := range want {
			if !all[article][w] {
				t.Errorf("%s: no longer extracted: %q", article, w)
			}
		}
		t.Logf("%s: reviewed right: %s with every extractor, %s with the default ones (%s)", article,
			rightShare(want, all[article]), rightShare(want, dflt[article]), defaultExtractors)
	}
}

// extractedLines returns the statements of the store at db as golden
// lines, by article.
func extractedLines(t *testing.T, db string) map[string]map[string]bool {
	t.Helper()
	_, out, _ := kg(t, "", "--db", db, "statements", "--format", "jsonl")
	have := map[string]map[string]bool{}
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
	return have
}

// rightShare says how many of the extracted lines are golden.
func rightShare(golden []string, extracted map[string]bool) string {
	right := 0
	for _, g := range golden {
		if extracted[g] {
			right++
		}
	}
	return fmt.Sprintf("%d of %d (%d%%)", right, len(extracted), 100*right/max(1, len(extracted)))
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
