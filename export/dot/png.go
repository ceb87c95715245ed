package dot

import (
	"context"

	"github.com/goccy/go-graphviz"
	"github.com/goccy/go-graphviz/gvc"
)

// pngEngine is go-graphviz's PNG renderer with its fill and stroke
// decisions corrected. go-graphviz v0.2.10 reports every ellipse, polygon
// and curve as filled, so its own PNGs lose every edge line and every
// outline. pngEngine decides from the object state instead: a shape is
// filled when its style says so (and, for polygons, when it is an
// arrowhead, whose fill and pen colours agree, or the page background,
// whose pen is transparent), and every shape with a visible pen is
// stroked.
type pngEngine struct {
	*gvc.ImageRenderer
}

func newPNGEngine() pngEngine {
	return pngEngine{&gvc.ImageRenderer{DefaultRenderEngine: new(gvc.DefaultRenderEngine)}}
}

// pngPlugins returns the plugins that make "png" render with pngEngine.
func pngPlugins(ctx context.Context) ([]graphviz.Plugin, error) {
	render, err := graphviz.NewRenderPlugin(ctx, "png", newPNGEngine())
	if err != nil {
		return nil, err
	}
	device, err := graphviz.PNGDevicePlugin(ctx)
	if err != nil {
		return nil, err
	}
	return []graphviz.Plugin{render, device}, nil
}

func filled(job *gvc.Job) bool {
	return job.Object().Fill() != gvc.FillNone
}

func stroked(job *gvc.Job) bool {
	o := job.Object()
	return o.Pen() != gvc.PenNone && o.PenColor().RGBAUint()[3] > 0
}

func (e pngEngine) Ellipse(ctx context.Context, job *gvc.Job, p []*gvc.PointFloat, _ bool) error {
	if filled(job) {
		if err := e.ImageRenderer.Ellipse(ctx, job, p, true); err != nil {
			return err
		}
	}
	if !stroked(job) {
		return nil
	}
	return e.ImageRenderer.Ellipse(ctx, job, p, false)
}

func (e pngEngine) Polygon(ctx context.Context, job *gvc.Job, p []*gvc.PointFloat, _ bool) error {
	o := job.Object()
	pen, fill := o.PenColor().RGBAUint(), o.FillColor().RGBAUint()
	if filled(job) || pen[3] == 0 || pen == fill {
		if err := e.ImageRenderer.Polygon(ctx, job, p, true); err != nil {
			return err
		}
	}
	if !stroked(job) {
		return nil
	}
	return e.ImageRenderer.Polygon(ctx, job, p, false)
}

func (e pngEngine) BezierCurve(ctx context.Context, job *gvc.Job, p []*gvc.PointFloat, _ bool) error {
	if filled(job) {
		if err := e.ImageRenderer.BezierCurve(ctx, job, p, true); err != nil {
			return err
		}
	}
	if !stroked(job) {
		return nil
	}
	return e.ImageRenderer.BezierCurve(ctx, job, p, false)
}
