package serve

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"image/png"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// svgTitles returns the titles of an SVG's node groups: the node names.
func svgTitles(t *testing.T, svg string) []string {
	t.Helper()
	var doc struct {
		Groups []struct {
			Class  string `xml:"class,attr"`
			Title  string `xml:"title"`
			Groups []struct {
				Class string `xml:"class,attr"`
				Title string `xml:"title"`
			} `xml:"g"`
		} `xml:"g"`
	}
	if err := xml.Unmarshal([]byte(svg), &doc); err != nil {
		t.Fatalf("not SVG: %v\n%s", err, svg)
	}
	var out []string
	for _, g := range doc.Groups {
		for _, n := range g.Groups {
			if n.Class == "node" && !strings.HasPrefix(n.Title, "legend:") {
				out = append(out, n.Title)
			}
		}
	}
	return out
}

func TestDrawSVG(t *testing.T) {
	s, _ := fixtureServer(t, Options{})
	r := do(t, s, "GET", "/api/kg/neighbourhood.svg?id=united-states", "")
	if r.status != 200 || r.header.Get("Content-Type") != "image/svg+xml" || r.header.Get("Content-Disposition") != "" {
		t.Fatalf("%d %v: %s", r.status, r.header, r.body)
	}
	// The drawing's nodes are the JSON view's nodes, by the same names.
	var nb neighbourhoodResponse
	do(t, s, "GET", "/api/kg/neighbourhood?id=united-states", "").json(t, &nb)
	want := map[string]bool{}
	for _, n := range nb.Nodes {
		want[n.ID] = true
	}
	titles := svgTitles(t, r.body)
	if len(titles) != len(want) {
		t.Errorf("drawn nodes %q, view nodes %v", titles, want)
	}
	for _, title := range titles {
		if !want[title] {
			t.Errorf("drawn node %q is not in the view", title)
		}
	}
	if !strings.Contains(r.body, "United States, depth 1") {
		t.Error("the caption does not name the centre")
	}
	for _, layout := range []string{"auto", "neato", "circo", "twopi"} {
		if r := do(t, s, "GET", "/api/kg/neighbourhood.svg?id=united-states&layout="+layout, ""); r.status != 200 || len(svgTitles(t, r.body)) != len(want) {
			t.Errorf("layout %s: %d %s", layout, r.status, r.body)
		}
	}
	if r := do(t, s, "GET", "/api/kg/neighbourhood.svg?id=united-states&layout=spiral", ""); r.status != 400 {
		t.Errorf("unknown layout: %d", r.status)
	}
	r = do(t, s, "GET", "/api/kg/neighbourhood.svg?id=united-states&download=1", "")
	if got := r.header.Get("Content-Disposition"); got != `attachment; filename="kg-united-states.svg"` {
		t.Errorf("Content-Disposition %q", got)
	}
}

func TestDrawPNG(t *testing.T) {
	s, _ := fixtureServer(t, Options{})
	r := do(t, s, "GET", "/api/kg/neighbourhood.png?id=joe-biden", "")
	if r.status != 200 || r.header.Get("Content-Type") != "image/png" {
		t.Fatalf("%d %v", r.status, r.header)
	}
	img, err := png.Decode(strings.NewReader(r.body))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() < 100 || b.Dy() < 50 {
		t.Errorf("PNG of %v", b)
	}
}

func TestDrawJSONLD(t *testing.T) {
	s, _ := fixtureServer(t, Options{})
	r := do(t, s, "GET", "/api/kg/neighbourhood.jsonld?id=joe-biden&download=1", "")
	if r.status != 200 || r.header.Get("Content-Type") != "application/ld+json" {
		t.Fatalf("%d %v: %s", r.status, r.header, r.body)
	}
	var doc struct {
		Context any              `json:"@context"`
		Graph   []map[string]any `json:"@graph"`
	}
	r.json(t, &doc)
	ids := map[string]bool{}
	for _, n := range doc.Graph {
		id, _ := n["@id"].(string)
		ids[id] = true
	}
	// The statement, its sentence, article, extractor and relation, and
	// the two entities: nothing of the rest of the graph.
	for _, want := range []string{"entity:joe-biden", "entity:ukraine", "kgid:article/a", "kgid:article/a/s/0",
		"kgid:extractor/fixture/1", "rel:authorize"} {
		if !ids[want] {
			t.Errorf("no node %s in %v", want, ids)
		}
	}
	if len(ids) != 7 {
		t.Errorf("%d nodes, want 7: %v", len(ids), ids)
	}
	if !strings.Contains(r.body, `"rel:authorize"`) || strings.Contains(r.body, "zelensky") {
		t.Errorf("JSON-LD holds another fact, or not this one:\n%s", r.body)
	}
	var mentions []any
	for _, n := range doc.Graph {
		if n["@id"] == "kgid:article/a" {
			b, _ := json.Marshal(n["mentions"])
			if !bytes.Contains(b, []byte("joe-biden")) || bytes.Contains(b, []byte("zelensky")) {
				t.Errorf("article mentions %s, want only the view's entities", b)
			}
			mentions = append(mentions, n["mentions"])
		}
	}
	if len(mentions) != 1 {
		t.Error("no article node")
	}
}

func TestDrawGraphML(t *testing.T) {
	s, _ := fixtureServer(t, Options{})
	r := do(t, s, "GET", "/api/kg/neighbourhood.graphml?id=united-states&download=1", "")
	if r.status != 200 || r.header.Get("Content-Type") != "application/graphml+xml" ||
		r.header.Get("Content-Disposition") != `attachment; filename="kg-united-states.graphml"` {
		t.Fatalf("%d %v: %s", r.status, r.header, r.body)
	}
	var doc struct {
		Graph struct {
			Nodes []struct {
				Data []struct {
					Key  string `xml:"key,attr"`
					Text string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct{} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal([]byte(r.body), &doc); err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, n := range doc.Graph.Nodes {
		for _, d := range n.Data {
			if d.Key == "label" {
				labels = append(labels, d.Text)
			}
		}
	}
	slices.Sort(labels)
	if strings.Join(labels, "|") != "$67 billion|2024-04-22|United States" || len(doc.Graph.Edges) != 2 {
		t.Errorf("GraphML of the view: nodes %q, %d edges", labels, len(doc.Graph.Edges))
	}
}

// TestDrawConcurrently draws from many clients at once through the one
// renderer: every drawing comes back whole.
func TestDrawConcurrently(t *testing.T) {
	s, _ := fixtureServer(t, Options{QueryTimeout: 30 * time.Second})
	want := do(t, s, "GET", "/api/kg/neighbourhood.svg?id=united-states", "").body
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			target := "/api/kg/neighbourhood.svg?id=united-states"
			if i%2 == 1 {
				target = "/api/kg/neighbourhood.png?id=kyiv"
			}
			r := do(t, s, "GET", target, "")
			if r.status != 200 {
				t.Errorf("%s: %d %s", target, r.status, r.body)
			}
			if i%2 == 0 && r.body != want {
				t.Error("a concurrent drawing differs")
			}
		}()
	}
	wg.Wait()
}
