package graphml_test

import (
	"context"
	"log"
	"os"

	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/export/graphml"
	"github.com/kgraph/kg/graph/store"
)

// One statement: two nodes and an edge with its provenance.
func ExampleWrite() {
	ctx := context.Background()
	s, err := store.Open(ctx, "memory", store.Options{})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	doc := exporttest.OneStatement("Kyiv", "say", "the line holds", "Kyiv said the line holds.")
	if _, err := s.Write(ctx, doc(s.Namespace())); err != nil {
		log.Fatal(err)
	}
	if _, _, err := graphml.Write(ctx, os.Stdout, s, graphml.Options{}); err != nil {
		log.Fatal(err)
	}
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
	//   <key id="label" for="node" attr.name="label" attr.type="string"/>
	//   <key id="type" for="node" attr.name="type" attr.type="string"/>
	//   <key id="iri" for="node" attr.name="iri" attr.type="string"/>
	//   <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>
	//   <key id="literal" for="node" attr.name="literal" attr.type="boolean"/>
	//   <key id="e_label" for="edge" attr.name="label" attr.type="string"/>
	//   <key id="predicate" for="edge" attr.name="predicate" attr.type="string"/>
	//   <key id="surface" for="edge" attr.name="surface" attr.type="string"/>
	//   <key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>
	//   <key id="negated" for="edge" attr.name="negated" attr.type="boolean"/>
	//   <key id="modality" for="edge" attr.name="modality" attr.type="string"/>
	//   <key id="source" for="edge" attr.name="source" attr.type="string"/>
	//   <key id="sentence" for="edge" attr.name="sentence" attr.type="int"/>
	//   <key id="start" for="edge" attr.name="start" attr.type="int"/>
	//   <key id="end" for="edge" attr.name="end" attr.type="int"/>
	//   <key id="text" for="edge" attr.name="text" attr.type="string"/>
	//   <key id="extractor" for="edge" attr.name="extractor" attr.type="string"/>
	//   <key id="version" for="edge" attr.name="version" attr.type="string"/>
	//   <key id="reported_by" for="edge" attr.name="reported_by" attr.type="string"/>
	//   <key id="statement" for="edge" attr.name="statement" attr.type="string"/>
	//   <graph id="kg" edgedefault="directed">
	//     <node id="n1ba3dc4db44c638a">
	//       <data key="label">Kyiv</data>
	//       <data key="type">Organization</data>
	//       <data key="iri">https://example.org/kg/id/entity/kyiv</data>
	//       <data key="literal">false</data>
	//     </node>
	//     <node id="n49ba6ff4a01f8897">
	//       <data key="label">the line holds</data>
	//       <data key="type">Text</data>
	//       <data key="literal">true</data>
	//     </node>
	//     <edge id="e42d963518ed78514" source="n1ba3dc4db44c638a" target="n49ba6ff4a01f8897">
	//       <data key="e_label">say</data>
	//       <data key="predicate">say</data>
	//       <data key="surface">say</data>
	//       <data key="confidence">1</data>
	//       <data key="negated">false</data>
	//       <data key="source">f</data>
	//       <data key="sentence">0</data>
	//       <data key="start">0</data>
	//       <data key="end">25</data>
	//       <data key="text">Kyiv said the line holds.</data>
	//       <data key="extractor">fuzz</data>
	//       <data key="version">1</data>
	//       <data key="statement">https://example.org/kg/id/article/f/st/6d238615e3da50d0</data>
	//     </edge>
	//   </graph>
	// </graphml>
}
