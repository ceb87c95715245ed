package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/kgraph/kg/graph/store"
)

// statementHeader is the column list of CSV and TSV statement output.
var statementHeader = []string{"subject", "predicate", "object", "subject_id", "object_id", "subject_type",
	"object_type", "negated", "confidence", "source", "sentence", "start", "end", "extractor"}

// entityHeader is the column list of CSV and TSV entity output.
var entityHeader = []string{"id", "label", "type", "aliases", "mentions"}

// rowWriter writes rows in one of the tabular formats.
type rowWriter interface {
	Write(row []string) error
	Flush() error
}

type csvRows struct{ w *csv.Writer }

func (c csvRows) Write(row []string) error { return c.w.Write(row) }
func (c csvRows) Flush() error             { c.w.Flush(); return c.w.Error() }

// tsvRows writes tab-separated rows; tabs and newlines inside a field become spaces.
type tsvRows struct{ w io.Writer }

var tsvClean = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")

func (t tsvRows) Write(row []string) error {
	for i := range row {
		row[i] = tsvClean.Replace(row[i])
	}
	_, err := io.WriteString(t.w, strings.Join(row, "\t")+"\n")
	return err
}
func (t tsvRows) Flush() error { return nil }

type tableRows struct{ w *tabwriter.Writer }

func (t tableRows) Write(row []string) error {
	for i := range row {
		row[i] = tsvClean.Replace(row[i])
	}
	_, err := io.WriteString(t.w, strings.Join(row, "\t")+"\n")
	return err
}
func (t tableRows) Flush() error { return t.w.Flush() }

func newRows(w io.Writer, format string) (rowWriter, bool) {
	switch format {
	case "csv":
		return csvRows{csv.NewWriter(w)}, true
	case "tsv":
		return tsvRows{w}, true
	case "table":
		return tableRows{tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)}, true
	}
	return nil, false
}

// statementWriter writes statements as csv, tsv, table or jsonl.
type statementWriter struct {
	rows   rowWriter
	json   *json.Encoder
	table  bool
	header bool
}

func newStatementWriter(w io.Writer, format string) (*statementWriter, error) {
	if format == "jsonl" {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return &statementWriter{json: enc}, nil
	}
	rows, ok := newRows(w, format)
	if !ok {
		return nil, fmt.Errorf("unknown format %q (want table, csv, tsv or jsonl)", format)
	}
	return &statementWriter{rows: rows, table: format == "table"}, nil
}

func (sw *statementWriter) Write(r store.Record) error {
	if sw.json != nil {
		return sw.json.Encode(jsonStatement(r))
	}
	if !sw.header {
		sw.header = true
		h := statementHeader
		if sw.table {
			h = []string{"SUBJECT", "PREDICATE", "OBJECT", "NEG", "CONF", "SOURCE"}
		}
		if err := sw.rows.Write(append([]string(nil), h...)); err != nil {
			return err
		}
	}
	if sw.table {
		return sw.rows.Write([]string{r.Subject.Text, r.Predicate.Lemma, r.Object.Text, neg(r.Negated),
			conf(r.Prov.Confidence), fmt.Sprintf("%s#%d", r.Prov.Article, r.Prov.Sentence)})
	}
	return sw.rows.Write([]string{r.Subject.Text, r.Predicate.Lemma, r.Object.Text, string(r.Subject.ID),
		string(r.Object.ID), string(r.Subject.Type), string(r.Object.Type), strconv.FormatBool(r.Negated),
		conf(r.Prov.Confidence), r.Prov.Article, strconv.Itoa(r.Prov.Sentence), strconv.Itoa(r.Prov.Start),
		strconv.Itoa(r.Prov.End), r.Prov.Extractor})
}

// Flush writes buffered output (and the header when nothing was written).
func (sw *statementWriter) Flush() error {
	if sw.json != nil {
		return nil
	}
	if !sw.header && !sw.table {
		sw.header = true
		if err := sw.rows.Write(append([]string(nil), statementHeader...)); err != nil {
			return err
		}
	}
	return sw.rows.Flush()
}

func neg(b bool) string {
	if b {
		return "not"
	}
	return ""
}

func conf(c float64) string { return strconv.FormatFloat(c, 'f', 2, 64) }

type jsonTerm struct {
	ID   string `json:"id,omitempty"`
	Text string `json:"text"`
	Type string `json:"type"`
}

type jsonStmt struct {
	ID         string    `json:"id,omitempty"`
	Subject    jsonTerm  `json:"subject"`
	Predicate  string    `json:"predicate"`
	Surface    string    `json:"surface"`
	Object     jsonTerm  `json:"object"`
	Negated    bool      `json:"negated"`
	Modality   string    `json:"modality,omitempty"`
	ReportedBy *jsonTerm `json:"reported_by,omitempty"`
	Confidence float64   `json:"confidence"`
	Source     string    `json:"source"`
	Sentence   int       `json:"sentence"`
	Start      int       `json:"start"`
	End        int       `json:"end"`
	Text       string    `json:"text,omitempty"`
	Extractor  string    `json:"extractor"`
	Version    string    `json:"extractor_version"`
}

func jsonStatement(r store.Record) jsonStmt {
	var by *jsonTerm
	if a := r.Attribution; a.IsEntity() {
		by = &jsonTerm{string(a.ID), a.Text, string(a.Type)}
	}
	return jsonStmt{ID: string(r.ID), ReportedBy: by,
		Subject:   jsonTerm{string(r.Subject.ID), r.Subject.Text, string(r.Subject.Type)},
		Predicate: r.Predicate.Lemma, Surface: r.Predicate.Surface,
		Object:  jsonTerm{string(r.Object.ID), r.Object.Text, string(r.Object.Type)},
		Negated: r.Negated, Modality: r.Modality, Confidence: r.Prov.Confidence,
		Source: r.Prov.Article, Sentence: r.Prov.Sentence, Start: r.Prov.Start, End: r.Prov.End,
		Text: r.SentenceText, Extractor: r.Prov.Extractor, Version: r.Prov.Version}
}
