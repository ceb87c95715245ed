package input

import (
	"context"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strings"
)

// DefaultMaxArticleBytes is the size limit used when
// Options.MaxArticleBytes is zero.
const DefaultMaxArticleBytes = 16 << 20

// Options configures Read. The zero value is ready to use.
type Options struct {
	// Stdin is read for the path "-". Nil means os.Stdin.
	Stdin io.Reader

	// MaxArticleBytes limits the size of one single-article file and of
	// one JSON line, in bytes as stored (decompressed for gzip). Zero
	// means DefaultMaxArticleBytes.
	MaxArticleBytes int

	// MaxArticleBytesName is how ErrTooLarge messages name the limit, such
	// as the command-line flag that sets it. Empty means "the article size
	// limit".
	MaxArticleBytesName string
}

// Read walks paths in order and yields each article, or an error for each
// input or line that cannot be read. Directories are walked recursively in
// lexical order. An error for one input never stops the others: all
// yielded errors are *Error, except that if ctx is cancelled, Read yields
// ctx.Err() once and stops. Articles are yielded with a nil error, errors
// with a zero Article.
func Read(ctx context.Context, paths []string, opt Options) iter.Seq2[Article, error] {
	return func(yield func(Article, error) bool) {
		r := newReader(ctx, opt, yield)
		for _, p := range paths {
			if !r.path(p) {
				return
			}
		}
	}
}

// A reader holds the state of one Read call.
type reader struct {
	ctx       context.Context
	stdin     io.Reader
	limit     int
	limitName string
	yield     func(Article, error) bool
	seen      map[string]string // article ID -> origin of its first use
	stdinRead bool
}

func newReader(ctx context.Context, opt Options, yield func(Article, error) bool) *reader {
	r := &reader{ctx: ctx, stdin: opt.Stdin, limit: opt.MaxArticleBytes, limitName: opt.MaxArticleBytesName,
		yield: yield, seen: map[string]string{}}
	if r.stdin == nil {
		r.stdin = os.Stdin
	}
	if r.limit <= 0 {
		r.limit = DefaultMaxArticleBytes
	}
	if r.limitName == "" {
		r.limitName = "the article size limit"
	}
	return r
}

// The methods of reader return false when reading must stop, because the
// consumer stopped or ctx was cancelled.

// emit yields a, or a duplicate-ID error if an earlier article had its ID.
func (r *reader) emit(a Article, path string, line int) bool {
	if first, ok := r.seen[a.ID]; ok {
		err := fmt.Errorf("%w %q: first read from %s", ErrDuplicateID, a.ID, first)
		return r.fail(lineError(path, line, -1, err))
	}
	r.seen[a.ID] = a.Origin
	return r.yield(a, nil)
}

func (r *reader) fail(e *Error) bool {
	return r.yield(Article{}, e)
}

// cancelled yields ctx.Err() and reports true if ctx is done.
func (r *reader) cancelled() bool {
	if err := r.ctx.Err(); err != nil {
		r.yield(Article{}, err)
		return true
	}
	return false
}

// path reads one path given by the caller.
func (r *reader) path(p string) bool {
	if r.cancelled() {
		return false
	}
	if p == "-" {
		return r.readStdin()
	}
	fi, err := os.Stat(p)
	if err != nil {
		return r.fail(newError(p, err))
	}
	if fi.IsDir() {
		return r.walk(p)
	}
	return r.file(p, formatOf(p))
}

// file reads the file at path in format f.
func (r *reader) file(path string, f format) bool {
	fh, err := os.Open(path)
	if err != nil {
		return r.fail(newError(path, err))
	}
	defer fh.Close()
	var src io.Reader = fh
	if fi, err := fh.Stat(); err == nil && fi.Mode().IsRegular() {
		if fi.Size() > int64(r.limit) && f != formatJSONL && f != formatJSONLGzip {
			return r.fail(newError(path, r.tooLarge(fi.Size()))) // refused unread
		}
		// What is appended while the file is read is left for the next
		// run: a file written faster than it is read would never end.
		src = io.LimitReader(fh, fi.Size())
	}
	switch f {
	case formatJSONL:
		return r.jsonLines(path, src)
	case formatJSONLGzip:
		return r.gzipJSONLines(path, src)
	}
	a, e := r.single(path, src, f)
	if e != nil {
		return r.fail(e)
	}
	a.ID = fileID(path)
	a.Origin = path
	return r.emit(a, path, 0)
}

// fileID is the base name of path without its extension.
func fileID(path string) string {
	base := filepath.Base(path)
	if id := strings.TrimSuffix(base, filepath.Ext(base)); id != "" {
		return id
	}
	return base
}
