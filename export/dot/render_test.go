package dot

import (
	"bytes"
	"context"
	"sync"
	"testing"

	"github.com/kgraph/kg/export/exporttest"
)

func TestLayouts(t *testing.T) {
	r := renderer(t)
	s := exporttest.Fixture(t)
	for _, l := range layouts {
		out, rep := write(t, r, s, SVG, Options{Layout: l})
		if rep.Layout != l {
			t.Errorf("layout %s: report says %s", l, rep.Layout)
		}
		if _, err := parseSVG(out); err != nil {
			t.Errorf("layout %s: %v", l, err)
		}
	}
}

// TestConcurrent renders from several goroutines with one Renderer: the
// outputs must all be whole and identical.
func TestConcurrent(t *testing.T) {
	r := renderer(t)
	s := exporttest.Fixture(t)
	want, _ := write(t, r, s, SVG, Options{})
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	outs := make(chan []byte, 8)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, f := range []Format{SVG, PNG} {
				var buf bytes.Buffer
				if _, err := r.Write(context.Background(), &buf, s, f, Options{}); err != nil {
					errs <- err
					return
				}
				if f == SVG {
					outs <- buf.Bytes()
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	close(outs)
	for err := range errs {
		t.Error(err)
	}
	for out := range outs {
		if !bytes.Equal(out, want) {
			t.Error("a concurrent render differs")
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	var buf bytes.Buffer
	if _, err := renderer(t).Write(context.Background(), &buf, exporttest.Fixture(t), "gif", Options{}); err == nil || buf.Len() > 0 {
		t.Errorf("format gif: err %v, wrote %d bytes", err, buf.Len())
	}
}

func BenchmarkWrite(b *testing.B) {
	r := renderer(b)
	s := exporttest.Store(b, exporttest.Synthetic(400))
	for _, bc := range []struct {
		name string
		f    Format
		opt  Options
	}{
		{"dot/150", DOT, Options{}},
		{"svg/dot/60", SVG, Options{MaxNodes: 60, Layout: Dot}},
		{"svg/sfdp/60", SVG, Options{MaxNodes: 60, Layout: Sfdp}},
		{"svg/dot/150", SVG, Options{Layout: Dot}},
		{"svg/sfdp/150", SVG, Options{Layout: Sfdp}},
		{"png/sfdp/150", PNG, Options{Layout: Sfdp}},
		{"svg/auto/150", SVG, Options{}}, // neato, with hub-sized edges
		{"png/auto/150", PNG, Options{}},
		{"svg/twopi/150", SVG, Options{Root: "https://example.org/kg/id/entity/entity-0"}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				var buf bytes.Buffer
				if _, err := r.Write(context.Background(), &buf, s, bc.f, bc.opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
