package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractLimitFlags checks that kg extract takes build's limit flags
// and names them in its messages.
func TestExtractLimitFlags(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	writeText(t, path, goodText)
	tokens := len(strings.Fields(goodText)) // a lower bound: punctuation adds tokens

	code, out, stderr := kg(t, "", "extract", "--max-sentence-tokens", "3", path)
	if code != 0 || !strings.Contains(stderr, "exceeds --max-sentence-tokens (3); not analysed") ||
		!strings.Contains(stderr, "not analysed: longer than --max-sentence-tokens (3)\n") {
		t.Errorf("--max-sentence-tokens 3 over a sentence of at least %d tokens: exit %d, stderr:\n%s", tokens, code, stderr)
	}
	if strings.Contains(out, goodSubj) {
		t.Errorf("a sentence over the limit was analysed:\n%s", out)
	}

	code, _, stderr = kg(t, "", "extract", "--max-article-bytes", "10", path)
	want := fmt.Sprintf("kg: %s: article too large: %d bytes exceeds --max-article-bytes (10)\n", path, len(goodText))
	if code != 1 || !strings.Contains(stderr, want) {
		t.Errorf("--max-article-bytes 10: exit %d, want 1 and %q:\n%s", code, want, stderr)
	}

	if code, _, stderr := kg(t, "", "extract", "--max-sentence-tokens", "0", path); code == 0 || !strings.Contains(stderr, "--max-sentence-tokens") {
		t.Errorf("--max-sentence-tokens 0: exit %d: %s", code, stderr)
	}
}
