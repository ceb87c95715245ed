package nlp

import (
	"os"
	"path/filepath"
	"testing"
)

// treebankPath returns the path of an EWT split relative to this package;
// the treebank lives in ../shared beside the repository root.
func treebankPath(split string) string {
	return filepath.Join("..", "..", "..", "shared", "treebanks", "UD_English-EWT", "en_ewt-ud-"+split+".conllu")
}

// openTreebank opens an EWT split; when it is missing the test fails in CI
// (env CI=true) and is skipped otherwise. The file is closed when the
// test ends.
func openTreebank(tb testing.TB, split string) *os.File {
	tb.Helper()
	f, err := os.Open(treebankPath(split))
	if err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("treebank missing in CI: %v", err)
		}
		tb.Skipf("treebank not available: %v", err)
	}
	tb.Cleanup(func() { f.Close() })
	return f
}

// readTreebank reads an EWT split (see openTreebank).
func readTreebank(tb testing.TB, split string) []Sentence {
	tb.Helper()
	sents, err := ReadCoNLLU(openTreebank(tb, split))
	if err != nil {
		tb.Fatal(err)
	}
	return sents
}

// benchPipeline returns the embedded pipeline, or the model file named by
// KG_NLP_MODEL (to compare a newly trained model before embedding it).
func benchPipeline(b *testing.B) *Pipeline {
	path := os.Getenv("KG_NLP_MODEL")
	if path == "" {
		p, err := Default()
		if err != nil {
			b.Fatal(err)
		}
		return p
	}
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	p, err := Load(f)
	if err != nil {
		b.Fatalf("%s: %v", path, err)
	}
	return p
}

func benchmark(b *testing.B, parse bool) {
	p := benchPipeline(b)
	sents := readTreebank(b, "dev")
	forms := make([][]string, len(sents))
	for i := range sents {
		forms[i] = sents[i].Forms()
	}
	b.ReportAllocs()
	b.ResetTimer()
	tokens := 0
	for i := 0; i < b.N; i++ {
		f := forms[i%len(forms)]
		if parse {
			p.Parse(f)
		} else {
			p.Tag(f)
		}
		tokens += len(f)
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkParse measures tagging, lemmatisation and parsing over EWT dev
// sentences on one goroutine.
func BenchmarkParse(b *testing.B) { benchmark(b, true) }

// BenchmarkTag measures tagging and lemmatisation only.
func BenchmarkTag(b *testing.B) { benchmark(b, false) }
