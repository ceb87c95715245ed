// Package neo4j writes kg's statement graph as the two CSV files that
// neo4j-admin's bulk import reads:
//
//	neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \
//	    --multiline-fields=true neo4j
//
// nodes.csv has one row per entity and per distinct literal value:
//
//	id:ID,:LABEL,name,type,iri,aliases
//
// where id is the node ID of export/selection (an entity's IRI or
// "literal:..."), :LABEL is "Entity;" and the entity type ("Entity;Person")
// or "Literal;" and the literal kind ("Literal;Date"), name the canonical
// label or the literal's text, and aliases the entity's other names
// joined with " | ". relationships.csv has one row per statement:
//
//	:START_ID,:END_ID,:TYPE,predicate,surface,confidence:double,negated:boolean,modality,
//	source,sentence:int,start:int,end:int,text,extractor,version,reported_by,statement
//
// where :TYPE is the predicate lemma in upper case with words joined by
// underscores (RUN_OUT_OF; the lemma itself is in predicate), source the
// article the statement comes from and statement its IRI. Fields are
// quoted as RFC 4180 says (a quote doubled), which is neo4j-admin's
// default; fields with line breaks need --multiline-fields=true. Empty
// fields are left empty, which neo4j-admin imports as no property.
// Invalid UTF-8 becomes U+FFFD.
//
// Rows come sorted (nodes by id, relationships by start, end and
// statement) and are written as they are read, in bounded memory (see
// export/internal/pgraph).
package neo4j

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/kgraph/kg/export/internal/pgraph"
	"github.com/kgraph/kg/graph"
)

// File names WriteDir writes.
const (
	NodesFile         = "nodes.csv"
	RelationshipsFile = "relationships.csv"
)

// Headers of the two files.
var (
	NodeHeader         = []string{"id:ID", ":LABEL", "name", "type", "iri", "aliases"}
	RelationshipHeader = []string{":START_ID", ":END_ID", ":TYPE", "predicate", "surface", "confidence:double",
		"negated:boolean", "modality", "source", "sentence:int", "start:int", "end:int", "text", "extractor",
		"version", "reported_by", "statement"}
)

// Options configure Write.
type Options struct {
	TempDir    string // for sorting large graphs; "" for os.TempDir
	BufferSize int    // bytes sorted in memory before spilling to disk; 0 for the default
}

// Write writes the nodes of src's statements to nodes and the statements
// to rels, and returns the number of rows of each (headers excluded).
func Write(ctx context.Context, nodes, rels io.Writer, src pgraph.Source, opt Options) (nodeRows, relRows int, err error) {
	g, err := pgraph.Read(ctx, src, pgraph.Options{TempDir: opt.TempDir, BufferSize: opt.BufferSize})
	if err != nil {
		return 0, 0, fmt.Errorf("write neo4j csv: %w", err)
	}
	defer g.Close()
	nw, rw := csv.NewWriter(nodes), csv.NewWriter(rels)
	err = nw.Write(NodeHeader)
	if err == nil {
		err = g.EachNode(func(n pgraph.Node) error {
			if err := nw.Write(valid(nodeRow(n))); err != nil {
				return err
			}
			return ctx.Err()
		})
	}
	if err == nil {
		err = rw.Write(RelationshipHeader)
	}
	if err == nil {
		err = g.EachEdge(func(e pgraph.Edge) error {
			if err := rw.Write(valid(relationshipRow(e))); err != nil {
				return err
			}
			return ctx.Err()
		})
	}
	nw.Flush()
	rw.Flush()
	if err == nil {
		err = errors.Join(nw.Error(), rw.Error())
	}
	if err != nil {
		return 0, 0, fmt.Errorf("write neo4j csv: %w", err)
	}
	nodeRows, relRows = g.Counts()
	return nodeRows, relRows, nil
}

// valid makes every field valid UTF-8, as neo4j-admin reads UTF-8.
func valid(row []string) []string {
	for i, f := range row {
		row[i] = strings.ToValidUTF8(f, "\uFFFD")
	}
	return row
}

func nodeRow(n pgraph.Node) []string {
	label := "Entity;" + string(n.Type)
	if n.IsLiteral() {
		label = "Literal;" + string(n.Type)
	}
	return []string{n.ID, label, n.Label, string(n.Type), n.IRI, strings.Join(n.Aliases, " | ")}
}

func relationshipRow(e pgraph.Edge) []string {
	return []string{e.Source, e.Target, RelationshipType(e.Predicate), e.Predicate, e.Surface,
		strconv.FormatFloat(e.Confidence, 'g', -1, 64), strconv.FormatBool(e.Negated), e.Modality,
		e.Article, strconv.Itoa(e.Sentence), strconv.Itoa(e.Start), strconv.Itoa(e.End), e.Text,
		e.Extractor, e.Version, e.ReportedBy, e.ID}
}

// RelationshipType returns the relationship type of a predicate lemma:
// its slug (graph.Slug) in upper case with underscores, as Cypher's style
// guide names types ("run out of" is RUN_OUT_OF).
func RelationshipType(lemma string) string {
	return strings.ToUpper(strings.ReplaceAll(graph.Slug(lemma), "-", "_"))
}

// WriteDir writes nodes.csv and relationships.csv into dir (created if
// need be). Each file is written to a temporary file and renamed into
// place only when both are complete.
func WriteDir(ctx context.Context, dir string, src pgraph.Source, opt Options) (nodeRows, relRows int, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, 0, err
	}
	var files [2]*os.File
	for i := range files {
		f, err := os.CreateTemp(dir, ".kg-neo4j-*")
		if err != nil {
			return 0, 0, err
		}
		defer os.Remove(f.Name())
		defer f.Close()
		files[i] = f
	}
	nodeRows, relRows, err = Write(ctx, files[0], files[1], src, opt)
	if err != nil {
		return 0, 0, err
	}
	for i, name := range []string{NodesFile, RelationshipsFile} {
		if err := files[i].Close(); err != nil {
			return 0, 0, err
		}
		if err := os.Chmod(files[i].Name(), 0o644); err != nil {
			return 0, 0, err
		}
		if err := os.Rename(files[i].Name(), filepath.Join(dir, name)); err != nil {
			return 0, 0, err
		}
	}
	return nodeRows, relRows, nil
}
