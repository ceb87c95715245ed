package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
)

// A queryRequest is one query to run, whichever endpoint it came from.
type queryRequest struct {
	lang       query.Language
	text       string
	limit      int
	collation  query.Collation
	escapeHTML bool // Cayley's v1 API escapes <, > and & in results; v2 does not
}

// serveV1Query answers POST /api/v1/query/{lang} as Cayley's API v1 does.
func (s *Server) serveV1Query(w http.ResponseWriter, r *http.Request) {
	l := query.GetLanguage(r.PathValue("lang"))
	if l == nil {
		s.fail(w, r, errorf(http.StatusBadRequest, "Unknown query language."))
		return
	}
	body, err := readBody(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	s.answer(w, r, queryRequest{lang: *l, text: string(body), limit: limit, collation: query.JSON, escapeHTML: true})
}

// serveV2Query answers /api/v2/query?lang=L as Cayley's API v2 does: the
// query is the POST body or the qu parameter of a GET.
func (s *Server) serveV2Query(w http.ResponseWriter, r *http.Request) {
	vals := r.URL.Query()
	name := vals.Get("lang")
	if name == "" {
		s.fail(w, r, errorf(http.StatusBadRequest, "query language not specified"))
		return
	}
	l := query.GetLanguage(name)
	if l == nil {
		s.fail(w, r, errorf(http.StatusBadRequest, "unknown query language"))
		return
	}
	text := vals.Get("qu")
	if r.Method == http.MethodPost {
		body, err := readBody(r)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		text = string(body)
	}
	if text == "" && l.HTTPQuery == nil {
		s.fail(w, r, errorf(http.StatusBadRequest, "query is empty"))
		return
	}
	limit, _ := strconv.Atoi(vals.Get("limit"))
	req := queryRequest{lang: *l, text: text, limit: limit, collation: query.JSON}
	if acceptsJSONLD(r) {
		req.collation = query.JSONLD
	}
	s.answer(w, r, req)
}

// acceptsJSONLD reports whether the first type the client accepts is
// JSON-LD, which is how Cayley picks its JSON-LD collation.
func acceptsJSONLD(r *http.Request) bool {
	first, _, _ := strings.Cut(r.Header.Get("Accept"), ",")
	mt, _, _ := strings.Cut(first, ";")
	return strings.TrimSpace(mt) == "application/ld+json"
}

// answer runs req and writes {"result": [...]}, or the error.
func (s *Server) answer(w http.ResponseWriter, r *http.Request, req queryRequest) {
	if req.limit <= 0 {
		req.limit = DefaultQueryLimit
	}
	req.limit = min(req.limit, s.opt.MaxResults)
	if req.lang.HTTPQuery != nil {
		s.answerNative(w, r, req)
		return
	}
	results, err := s.runQuery(r.Context(), req)
	if err != nil {
		s.failQuery(w, r, req.lang, err)
		return
	}
	var buf bytes.Buffer
	buf.WriteString(`{"result":`)
	if results == nil {
		buf.WriteString("null") // as Cayley: no results is null
	} else {
		buf.WriteByte('[')
		buf.Write(bytes.Join(results, []byte{','}))
		buf.WriteByte(']')
	}
	buf.WriteString("}\n")
	if req.collation == query.JSONLD {
		w.Header().Set("Content-Type", "application/ld+json")
	} else {
		w.Header().Set("Content-Type", "application/json")
	}
	w.Write(buf.Bytes())
}

// runQuery runs req within the server's limits and returns each result
// encoded as JSON.
func (s *Server) runQuery(parent context.Context, req queryRequest) ([][]byte, error) {
	type outcome struct {
		results [][]byte
		err     error
	}
	done := make(chan outcome, 1)
	err := s.limited(parent, func(ctx context.Context) {
		res, err := s.execute(ctx, req)
		done <- outcome{res, err}
	})
	if err != nil {
		return nil, err
	}
	o := <-done
	return o.results, o.err
}

// execute runs req with ctx and collects its results, at most req.limit
// and at most MaxResultBytes of JSON.
func (s *Server) execute(ctx context.Context, req queryRequest) ([][]byte, error) {
	ses := req.lang.Session(s.st.QuadStore())
	it, err := ses.Execute(ctx, req.text, query.Options{Collation: req.collation, Limit: req.limit})
	if err != nil {
		return nil, s.queryError(ctx, err)
	}
	defer func() {
		it.Close()
		if _, ok := ses.(*gizmo.Session); ok {
			// Gizmo runs the script in a goroutine of its own, which Close
			// interrupts but does not wait for: wait here, so that the
			// query holds its slot, and the store stays open, until the
			// script has stopped.
			for it.Next(context.Background()) {
			}
		}
	}()
	var out [][]byte
	size := 0
	for len(out) < req.limit && it.Next(ctx) {
		raw, err := encodeResult(it.Result(), req.escapeHTML)
		if err != nil {
			return nil, errorf(http.StatusBadRequest, "encode result: %v", err)
		}
		size += len(raw) + 1
		if size > s.opt.MaxResultBytes {
			return nil, errorf(http.StatusUnprocessableEntity,
				"the result is larger than the limit of %d bytes: ask for fewer results (.Limit(n)) or fewer fields", s.opt.MaxResultBytes)
		}
		out = append(out, raw)
	}
	if err := it.Err(); err != nil {
		return nil, s.queryError(ctx, err)
	}
	return out, nil
}

// queryError is a failed query's error: the time limit when ctx ended,
// otherwise the query's own fault (400, as in Cayley).
func (s *Server) queryError(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return s.stopped(ctx, ctx, ctx.Err())
	}
	return errorf(http.StatusBadRequest, "%v", err)
}

func encodeResult(v any, escapeHTML bool) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(escapeHTML)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte{'\n'}), nil
}

// failQuery answers a failed query in its language's error shape.
func (s *Server) failQuery(w http.ResponseWriter, r *http.Request, l query.Language, err error) {
	if l.HTTPError == nil {
		s.fail(w, r, err)
		return
	}
	status := statusOf(err)
	if status >= 500 {
		s.logf("%s %s: %d %v", r.Method, r.URL.Path, status, err)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	l.HTTPError(w, err)
}

// answerNative runs a language that answers HTTP itself (GraphQL:
// {"data": ...} or {"errors": [...]}) within the same limits.
func (s *Server) answerNative(w http.ResponseWriter, r *http.Request, req queryRequest) {
	out := &cappedBuffer{max: s.opt.MaxResultBytes}
	err := s.limited(r.Context(), func(ctx context.Context) {
		req.lang.HTTPQuery(ctx, s.st.QuadStore(), out, strings.NewReader(req.text))
	})
	if err == nil && out.over {
		err = errorf(http.StatusUnprocessableEntity, "the result is larger than the limit of %d bytes", s.opt.MaxResultBytes)
	}
	if err != nil {
		s.failQuery(w, r, req.lang, err)
		return
	}
	status := out.status
	if status == 0 {
		status = http.StatusOK
		var res struct {
			Errors []json.RawMessage `json:"errors"`
		}
		if json.Unmarshal(out.buf.Bytes(), &res) == nil && len(res.Errors) > 0 {
			status = http.StatusBadRequest
		}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(out.buf.Bytes())
}

// cappedBuffer is a query.ResponseWriter that keeps at most max bytes.
type cappedBuffer struct {
	buf    bytes.Buffer
	max    int
	over   bool
	status int
}

func (b *cappedBuffer) Write(p []byte) (int, error) {
	if b.buf.Len()+len(p) > b.max {
		b.over = true
		return 0, errors.New("result over the size limit")
	}
	return b.buf.Write(p)
}

func (b *cappedBuffer) WriteHeader(status int) { b.status = status }
