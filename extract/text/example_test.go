package text_test

import (
	"fmt"

	"github.com/kgraph/kg/extract/text"
)

func Example() {
	raw := "Zelensky’s Remarks\r\n" +
		"U.S. officials said Kyiv can’t wait. Long-range ATACMS cost $1.5 million each.\r\n\r\n" +
		"Advertisement\r\n"
	doc := text.Normalize(raw)
	for _, s := range text.Split(doc) {
		fmt.Printf("%d [%d:%d] %q\n", s.Index, s.Start, s.End, doc[s.Start:s.End])
		for _, t := range s.Tokens {
			if src := doc[t.Start:t.End]; src != t.Text {
				fmt.Printf("    %s from %q\n", t.Text, src)
			} else {
				fmt.Printf("    %s\n", t.Text)
			}
		}
	}
	// Output:
	// 0 [0:20] "Zelensky’s Remarks"
	//     Zelensky
	//     's from "’s"
	//     Remarks
	// 1 [21:59] "U.S. officials said Kyiv can’t wait."
	//     U.S.
	//     officials
	//     said
	//     Kyiv
	//     ca
	//     n't from "n’t"
	//     wait
	//     .
	// 2 [60:101] "Long-range ATACMS cost $1.5 million each."
	//     Long
	//     -
	//     range
	//     ATACMS
	//     cost
	//     $
	//     1.5
	//     million
	//     each
	//     .
}
