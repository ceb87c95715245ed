package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/json"   // registers "json"
	_ "github.com/cayleygraph/quad/jsonld" // registers "jsonld"
	_ "github.com/cayleygraph/quad/nquads" // registers "nquads"
)

// quadFormat picks the quad format of a request as Cayley does: the
// format parameter when asked for, else the first type of header, else
// N-Quads.
func quadFormat(r *http.Request, param bool, header string) *quad.Format {
	if param {
		if name := r.FormValue("format"); name != "" {
			return quad.FormatByName(name)
		}
	}
	first, _, _ := strings.Cut(r.Header.Get(header), ",")
	mt, _, _ := strings.Cut(first, ";")
	if f := quad.FormatByMime(strings.TrimSpace(mt)); f != nil {
		return f
	}
	return quad.FormatByName("nquads")
}

// values splits a comma-separated filter into quad values, as Cayley does.
func values(s string) []quad.Value {
	if s == "" {
		return nil
	}
	var out []quad.Value
	for _, v := range strings.Split(s, ",") {
		out = append(out, quad.StringToValue(v))
	}
	return out
}

// serveRead answers /api/v2/read: the quads matching the sub, pred, obj
// and label filters, in the requested format.
func (s *Server) serveRead(w http.ResponseWriter, r *http.Request) {
	format := quadFormat(r, true, "Accept")
	if format == nil || format.Writer == nil {
		s.fail(w, r, errorf(http.StatusBadRequest, "format is not supported for reading data"))
		return
	}
	sh := shape.FilterQuads(values(r.FormValue("sub")), values(r.FormValue("pred")),
		values(r.FormValue("obj")), values(r.FormValue("label")))
	out := &cappedBuffer{max: s.opt.MaxResultBytes}
	var werr error
	err := s.limited(r.Context(), func(ctx context.Context) {
		werr = s.readQuads(ctx, sh, format, out)
	})
	if err == nil {
		err = werr
	}
	if err == nil && out.over {
		err = errorf(http.StatusUnprocessableEntity, "the quads are more than the limit of %d bytes: filter with sub, pred, obj or label", s.opt.MaxResultBytes)
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if len(format.Mime) > 0 {
		w.Header().Set("Content-Type", format.Mime[0])
	}
	w.Write(out.buf.Bytes())
}

func (s *Server) readQuads(ctx context.Context, sh shape.Shape, format *quad.Format, out *cappedBuffer) error {
	qs := s.st.QuadStore()
	it := shape.BuildIterator(ctx, qs, sh).Iterate()
	defer it.Close()
	qw := format.Writer(out)
	for it.Next(ctx) && !out.over {
		q, err := qs.Quad(it.Result())
		if err != nil {
			return err
		}
		if err := qw.WriteQuad(q); err != nil && !out.over {
			return err
		}
	}
	if err := qw.Close(); err != nil && !out.over {
		return err
	}
	if ctx.Err() != nil {
		return errorf(http.StatusServiceUnavailable, "read stopped: it ran longer than the time limit of %s", s.opt.QueryTimeout)
	}
	return it.Err()
}

// serveFormats answers /api/v2/formats as Cayley does.
func serveFormats(w http.ResponseWriter, _ *http.Request) {
	type format struct {
		ID     string   `json:"id"`
		Read   bool     `json:"read,omitempty"`
		Write  bool     `json:"write,omitempty"`
		Nodes  bool     `json:"nodes,omitempty"`
		Ext    []string `json:"ext,omitempty"`
		Mime   []string `json:"mime,omitempty"`
		Binary bool     `json:"binary,omitempty"`
	}
	var out []format
	for _, f := range quad.Formats() {
		out = append(out, format{ID: f.Name, Ext: f.Ext, Mime: f.Mime, Read: f.Reader != nil,
			Write: f.Writer != nil, Nodes: f.UnmarshalValue != nil, Binary: f.Binary})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(out)
}

// writable lets h run only on a writable server; otherwise the answer is
// 403.
func (s *Server) writable(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !s.opt.Writable {
			s.fail(w, r, errorf(http.StatusForbidden, "database is read-only (start kg serve with --writable to write)"))
			return
		}
		h(w, r)
	}
}

// jsonQuad is a quad of Cayley's API v1 write and delete bodies.
type jsonQuad struct {
	Subject   string `json:"subject"`
	Predicate string `json:"predicate"`
	Object    string `json:"object"`
	Label     string `json:"label"`
}

// parseJSONQuads reads the body of /api/v1/write and /api/v1/delete.
func parseJSONQuads(body []byte) ([]quad.Quad, error) {
	var in []jsonQuad
	if err := json.Unmarshal(body, &in); err != nil {
		return nil, errorf(http.StatusBadRequest, "%v", err)
	}
	out := make([]quad.Quad, 0, len(in))
	for i, jq := range in {
		q := quad.Quad{Subject: quad.StringToValue(jq.Subject), Predicate: quad.StringToValue(jq.Predicate),
			Object: quad.StringToValue(jq.Object), Label: quad.StringToValue(jq.Label)}
		if !q.IsValid() {
			return nil, errorf(http.StatusBadRequest, "invalid quad at index %d. %s", i, q)
		}
		out = append(out, q)
	}
	return out, nil
}

// readQuadBody reads the body of /api/v2/write and /api/v2/delete in the
// format its Content-Type names (N-Quads by default).
func readQuadBody(r *http.Request) ([]quad.Quad, error) {
	format := quadFormat(r, false, "Content-Type")
	if format == nil || format.Reader == nil {
		return nil, errorf(http.StatusBadRequest, "format is not supported for reading data")
	}
	body, err := readBody(r)
	if err != nil {
		return nil, err
	}
	qr := format.Reader(bytes.NewReader(body))
	defer qr.Close()
	qs, err := quad.ReadAll(qr)
	if err != nil {
		return nil, errorf(http.StatusBadRequest, "%v", err)
	}
	return qs, nil
}

// apply adds or deletes quads in one transaction and forgets the index.
func (s *Server) apply(qs []quad.Quad, action cgraph.Procedure) error {
	deltas := make([]cgraph.Delta, len(qs))
	for i, q := range qs {
		deltas[i] = cgraph.Delta{Quad: q, Action: action}
	}
	err := s.st.Apply(deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
	s.forget()
	if err != nil {
		return fmt.Errorf("apply %d quads: %w", len(qs), err)
	}
	return nil
}

func (s *Server) serveV1Write(w http.ResponseWriter, r *http.Request) {
	s.v1Change(w, r, cgraph.Add, "wrote")
}

func (s *Server) serveV1Delete(w http.ResponseWriter, r *http.Request) {
	s.v1Change(w, r, cgraph.Delete, "deleted")
}

func (s *Server) v1Change(w http.ResponseWriter, r *http.Request, action cgraph.Procedure, verb string) {
	body, err := readBody(r)
	if err == nil {
		var qs []quad.Quad
		if qs, err = parseJSONQuads(body); err == nil {
			if err = s.apply(qs, action); err == nil {
				w.Header().Set("Content-Type", "application/json")
				fmt.Fprintf(w, "{\"result\": \"Successfully %s %d quads.\"}", verb, len(qs))
				return
			}
		}
	}
	s.fail(w, r, err)
}

func (s *Server) serveV2Write(w http.ResponseWriter, r *http.Request) {
	s.v2Change(w, r, cgraph.Add, "wrote")
}

func (s *Server) serveV2Delete(w http.ResponseWriter, r *http.Request) {
	s.v2Change(w, r, cgraph.Delete, "deleted")
}

func (s *Server) v2Change(w http.ResponseWriter, r *http.Request, action cgraph.Procedure, verb string) {
	qs, err := readQuadBody(r)
	if err == nil {
		if err = s.apply(qs, action); err == nil {
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode(struct {
				Result string `json:"result"`
				Count  int    `json:"count"`
			}{fmt.Sprintf("Successfully %s %d quads.", verb, len(qs)), len(qs)})
			return
		}
	}
	s.fail(w, r, err)
}
