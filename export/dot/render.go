package dot

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"sync"

	"github.com/goccy/go-graphviz"
	"github.com/goccy/go-graphviz/cgraph"

	"github.com/kgraph/kg/graph/store"
)

// Source yields statements and entities; *store.Store is one.
type Source interface {
	Statements(ctx context.Context, f store.Filter, fn func(store.Record) error) error
	Entities(ctx context.Context, f store.EntityFilter, fn func(store.EntityRecord) error) error
}

// A Renderer draws kg graphs with go-graphviz. Its methods are safe for
// concurrent use: it serialises every call into Graphviz, which is not
// reentrant. go-graphviz runs one WebAssembly instance per process, so two
// Renderers must not render at the same time: a process should create one
// Renderer and share it.
type Renderer struct {
	mu sync.Mutex
	gv *graphviz.Graphviz
}

// NewRenderer starts a Graphviz context.
func NewRenderer() (*Renderer, error) {
	ctx := context.Background()
	plugins, err := pngPlugins(ctx)
	if err != nil {
		return nil, fmt.Errorf("start graphviz: %w", err)
	}
	gv, err := graphviz.NewWithPlugins(ctx, plugins...)
	if err != nil {
		return nil, fmt.Errorf("start graphviz: %w", err)
	}
	return &Renderer{gv: gv}, nil
}

// Close releases the Graphviz context.
func (r *Renderer) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.gv.Close()
}

// Write draws the statements of src that opt selects and writes them to w
// in format f. It reports what it drew and what the node bound cut.
//
// Reading the store honours ctx; the Graphviz render itself cannot be
// interrupted (a cancelled render would break the Graphviz instance), so
// ctx is checked before and after it, and nothing is written to w when ctx
// ended in between.
func (r *Renderer) Write(ctx context.Context, w io.Writer, src Source, f Format, opt Options) (Report, error) {
	if f != DOT && f != SVG && f != PNG {
		return Report{}, fmt.Errorf("unknown graph format %q", f)
	}
	m, err := read(ctx, src, opt.Filter)
	if err != nil {
		return Report{}, fmt.Errorf("read graph: %w", err)
	}
	sel := choose(m, opt.maxNodes())
	sel.report.Layout = opt.Layout.resolve(sel.report.Nodes, sel.maxDegree(), sel.root(opt.Root) != "")
	if err := ctx.Err(); err != nil {
		return Report{}, err
	}
	out, err := r.draw(sel, f, opt)
	if err != nil {
		return Report{}, fmt.Errorf("render %s: %w", f, err)
	}
	if err := ctx.Err(); err != nil {
		return Report{}, err
	}
	if _, err := w.Write(out); err != nil {
		return Report{}, fmt.Errorf("write %s: %w", f, err)
	}
	return sel.report, nil
}

// draw builds and renders sel while holding the Renderer's lock. Graphviz
// calls never see a cancellable context; a panic inside go-graphviz comes
// back as an error.
func (r *Renderer) draw(sel selection, f Format, opt Options) (out []byte, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("graphviz panicked: %v", p)
		}
	}()
	g, err := r.gv.Graph(graphviz.WithName("kg"), graphviz.WithDirectedType(cgraph.Directed))
	if err != nil {
		return nil, err
	}
	defer g.Close()
	if err := build(g, sel, opt, f); err != nil {
		return nil, err
	}
	layout, format := graphviz.Layout(sel.report.Layout), graphviz.Format(f)
	if f == DOT {
		// Write the graph as built: "canon" output after the no-op layout.
		layout, format = graphviz.NOP, "canon"
	}
	r.gv.SetLayout(layout)
	var buf bytes.Buffer
	if err := r.gv.Render(context.Background(), g, format, &buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
