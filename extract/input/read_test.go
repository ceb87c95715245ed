package input

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const page = `<!DOCTYPE html>
<html lang="en"><head>
<title>Quake hits city | Example News</title>
<meta property="og:title" content="Quake hits city">
<meta property="og:url" content="https://news.example.com/2024/03/05/quake">
<meta property="article:published_time" content="2024-03-05T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
<h1>Quake hits city</h1>
<p>A strong earthquake struck the city on Tuesday, officials said. At least ten people were injured
and several buildings were damaged in the old town.</p>
<p>The mayor said rescue teams were working through the night to reach people trapped under rubble.</p>
</article>
<footer>Copyright 2024 Example News. All rights reserved.</footer>
</body></html>
`

func TestReadFormats(t *testing.T) {
	jsonl := `{"id": "a1", "title": "First", "text": "Alpha text.", "date": "2020-01-02", "url": "https://x/1", "pageid": 7}
{"id": "a2", "text": "Beta text.", "date": null}

{"id": "a3", "text": "Gamma text.", "date": "2021-03-05T10:00:00+01:00"}
`
	jsonlWant := []result{
		{Art: Article{ID: "a1", Title: "First", Text: "Alpha text.", Date: "2020-01-02", URL: "https://x/1", Origin: "x.jsonl:1"}},
		{Art: Article{ID: "a2", Text: "Beta text.", Origin: "x.jsonl:2"}},
		{Art: Article{ID: "a3", Text: "Gamma text.", Date: "2021-03-05", Origin: "x.jsonl:4"}},
	}
	gzWant := make([]result, len(jsonlWant))
	for i, r := range jsonlWant {
		r.Art.Origin = strings.Replace(r.Art.Origin, "x.jsonl", "x.jsonl.gz", 1)
		gzWant[i] = r
	}
	tests := []struct {
		name  string
		files map[string]string
		stdin string
		paths []string
		want  []result
	}{{
		name:  "txt",
		files: map[string]string{"a.txt": "Hello world.\nSecond line.\n"},
		paths: []string{"a.txt"},
		want:  []result{{Art: Article{ID: "a", Text: "Hello world.\nSecond line.\n", Origin: "a.txt"}}},
	}, {
		name:  "upper-case extension",
		files: map[string]string{"B.TXT": "Upper."},
		paths: []string{"B.TXT"},
		want:  []result{{Art: Article{ID: "B", Text: "Upper.", Origin: "B.TXT"}}},
	}, {
		name:  "md",
		files: map[string]string{"q.md": "# Quake hits city\n\nA *strong* quake [struck](http://x) the city.\n"},
		paths: []string{"q.md"},
		want: []result{{Art: Article{ID: "q", Title: "Quake hits city",
			Text: "Quake hits city\n\nA strong quake struck the city.", Origin: "q.md"}}},
	}, {
		name:  "markdown without title",
		files: map[string]string{"n.markdown": "Intro.\n\n# Later heading\n\nBody.\n"},
		paths: []string{"n.markdown"},
		want:  []result{{Art: Article{ID: "n", Text: "Intro.\n\nLater heading\n\nBody.", Origin: "n.markdown"}}},
	}, {
		name:  "html",
		files: map[string]string{"quake.HTM": page},
		paths: []string{"quake.HTM"},
		want: []result{{Art: Article{ID: "quake", Title: "Quake hits city", Date: "2024-03-05",
			URL: "https://news.example.com/2024/03/05/quake", Origin: "quake.HTM",
			Text: "Quake hits city\n\n" +
				"A strong earthquake struck the city on Tuesday, officials said. At least ten people were injured and several buildings were damaged in the old town.\n\n" +
				"The mayor said rescue teams were working through the night to reach people trapped under rubble."}}},
	}, {
		name:  "jsonl",
		files: map[string]string{"x.jsonl": jsonl},
		paths: []string{"x.jsonl"},
		want:  jsonlWant,
	}, {
		name:  "jsonl.gz",
		files: map[string]string{"x.jsonl.gz": gzipped(t, jsonl)},
		paths: []string{"x.jsonl.gz"},
		want:  gzWant,
	}, {
		name:  "jsonl with CRLF and no final newline",
		files: map[string]string{"c.jsonl": "{\"id\":\"c1\",\"text\":\"One.\"}\r\n{\"id\":\"c2\",\"text\":\"Two.\"}"},
		paths: []string{"c.jsonl"},
		want: []result{
			{Art: Article{ID: "c1", Text: "One.", Origin: "c.jsonl:1"}},
			{Art: Article{ID: "c2", Text: "Two.", Origin: "c.jsonl:2"}},
		},
	}, {
		name:  "unknown extension given explicitly",
		files: map[string]string{"notes.data": "Plain notes."},
		paths: []string{"notes.data"},
		want:  []result{{Art: Article{ID: "notes", Text: "Plain notes.", Origin: "notes.data"}}},
	}, {
		name:  "UTF-8 BOM",
		files: map[string]string{"bom.txt": "\xEF\xBB\xBFCafé."},
		paths: []string{"bom.txt"},
		want:  []result{{Art: Article{ID: "bom", Text: "Café.", Origin: "bom.txt"}}},
	}, {
		name:  "UTF-16LE BOM",
		files: map[string]string{"le.txt": "\xFF\xFEC\x00a\x00f\x00\xE9\x00.\x00"},
		paths: []string{"le.txt"},
		want:  []result{{Art: Article{ID: "le", Text: "Café.", Origin: "le.txt"}}},
	}, {
		name:  "UTF-16BE BOM",
		files: map[string]string{"be.txt": "\xFE\xFF\x00C\x00a\x00f\x00\xE9\x00."},
		paths: []string{"be.txt"},
		want:  []result{{Art: Article{ID: "be", Text: "Café.", Origin: "be.txt"}}},
	}, {
		name:  "UTF-16 JSON lines",
		files: map[string]string{"u.jsonl": "\xFF\xFE{\x00\"\x00i\x00d\x00\"\x00:\x00\"\x00u\x00\"\x00,\x00\"\x00t\x00e\x00x\x00t\x00\"\x00:\x00\"\x00\xE9\x00\"\x00}\x00\n\x00"},
		paths: []string{"u.jsonl"},
		want:  []result{{Art: Article{ID: "u", Text: "é", Origin: "u.jsonl:1"}}},
	}, {
		name:  "stdin text",
		stdin: "  Just some text from a pipe.\n",
		paths: []string{"-"},
		want:  []result{{Art: Article{ID: "stdin", Text: "  Just some text from a pipe.\n", Origin: "-"}}},
	}, {
		name:  "stdin JSON lines",
		stdin: "\n  {\"id\": \"s1\", \"text\": \"From stdin.\"}\n",
		paths: []string{"-"},
		want:  []result{{Art: Article{ID: "s1", Text: "From stdin.", Origin: "-:2"}}},
	}, {
		name: "paths in the order given",
		files: map[string]string{
			"z.txt": "Zed.", "a.txt": "Ay.",
		},
		paths: []string{"z.txt", "a.txt"},
		want: []result{
			{Art: Article{ID: "z", Text: "Zed.", Origin: "z.txt"}},
			{Art: Article{ID: "a", Text: "Ay.", Origin: "a.txt"}},
		},
	}, {
		name: "directory",
		files: map[string]string{
			"d/b.txt":          "Bee.",
			"d/a.md":           "Ay.",
			"d/sub/c.jsonl":    `{"id": "c", "text": "Sea."}`,
			"d/sub-x/e.txt":    "Ee.",
			"d/.hidden.txt":    "Hidden.",
			"d/.git/h.txt":     "Hidden too.",
			"d/notes.data":     "Unknown extension.",
			"d/sub/README":     "No extension.",
			"d/sub/deep/d.htm": page,
		},
		paths: []string{"d"},
		want: []result{
			{Art: Article{ID: "a", Text: "Ay.", Origin: filepath.Join("d", "a.md")}},
			{Art: Article{ID: "b", Text: "Bee.", Origin: filepath.Join("d", "b.txt")}},
			{Art: Article{ID: "c", Text: "Sea.", Origin: filepath.Join("d", "sub", "c.jsonl") + ":1"}},
			{Art: Article{ID: "d", Title: "Quake hits city", Date: "2024-03-05",
				URL: "https://news.example.com/2024/03/05/quake", Origin: filepath.Join("d", "sub", "deep", "d.htm"),
				Text: "Quake hits city\n\n" +
					"A strong earthquake struck the city on Tuesday, officials said. At least ten people were injured and several buildings were damaged in the old town.\n\n" +
					"The mayor said rescue teams were working through the night to reach people trapped under rubble."}},
			{Art: Article{ID: "e", Text: "Ee.", Origin: filepath.Join("d", "sub-x", "e.txt")}},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			t.Chdir(dir)
			writeFiles(t, dir, tt.files)
			got := readAll(t, tt.paths, Options{Stdin: strings.NewReader(tt.stdin)})
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n%s\nwant\n%s", dump(got), dump(tt.want))
			}
		})
	}
}

func dump(rs []result) string {
	var b strings.Builder
	for _, r := range rs {
		if r.Err != "" {
			b.WriteString("  error: " + r.Err + "\n")
			continue
		}
		a := r.Art
		b.WriteString("  " + strings.Join([]string{a.ID, a.Title, a.Date, a.URL, a.Origin}, " | ") + "\n")
		b.WriteString("    " + strings.ReplaceAll(a.Text, "\n", "⏎") + "\n")
	}
	return b.String()
}

// TestReadSymlinks checks that links to files are read and links to
// directories are not followed, even when they would make a loop.
func TestReadSymlinks(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, map[string]string{"d/a.txt": "Ay.", "other/b.txt": "Bee."})
	for _, l := range []struct{ target, name string }{
		{"a.txt", "d/link.txt"},    // a file: read
		{"..", "d/up"},             // a loop: not followed
		{"../other", "d/otherdir"}, // a directory: not followed
	} {
		if err := os.Symlink(l.target, filepath.FromSlash(l.name)); err != nil {
			t.Skipf("cannot make symbolic links here: %v", err)
		}
	}
	got := readAll(t, []string{"d"}, Options{})
	want := []result{
		{Art: Article{ID: "a", Text: "Ay.", Origin: filepath.Join("d", "a.txt")}},
		{Art: Article{ID: "link", Text: "Ay.", Origin: filepath.Join("d", "link.txt")}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%s\nwant\n%s", dump(got), dump(want))
	}
}
