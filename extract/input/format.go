package input

import (
	"io"
	"path/filepath"
	"strings"
)

// A format is the way an input file is read, chosen by its extension.
type format int

const (
	formatUnknown   format = iota // given explicitly, read as text
	formatText                    // .txt
	formatMarkdown                // .md, .markdown
	formatHTML                    // .html, .htm
	formatJSONL                   // .jsonl
	formatJSONLGzip               // .jsonl.gz
)

// formatOf returns the format for path's extension, ignoring case.
func formatOf(path string) format {
	name := strings.ToLower(filepath.Base(path))
	if strings.HasSuffix(name, ".jsonl.gz") {
		return formatJSONLGzip
	}
	switch filepath.Ext(name) {
	case ".txt":
		return formatText
	case ".md", ".markdown":
		return formatMarkdown
	case ".html", ".htm":
		return formatHTML
	case ".jsonl":
		return formatJSONL
	}
	return formatUnknown
}

// single reads src, the whole of which is one article in format f. The
// caller sets the article's ID and Origin.
func (r *reader) single(path string, src io.Reader, f format) (Article, *Error) {
	data, err := io.ReadAll(io.LimitReader(src, int64(r.limit)+1))
	if err != nil {
		return Article{}, newError(path, err)
	}
	if len(data) > r.limit {
		return Article{}, newError(path, r.tooLarge(-1)) // standard input, or not a regular file
	}
	text, e := decode(path, data, f == formatHTML)
	if e != nil {
		return Article{}, e
	}
	var a Article
	switch f {
	case formatHTML:
		a, err = fromHTML(text)
	case formatMarkdown:
		a = fromMarkdown(text)
	default:
		a = Article{Text: text}
	}
	if err == nil && strings.TrimSpace(a.Text) == "" {
		err = ErrNoText
	}
	if err != nil {
		return Article{}, newError(path, err)
	}
	return a, nil
}
