package carb_test

import (
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/kgraph/kg/extract/carb"
)

func Example() {
	const s = "He served as the first Prime Minister of Australia ."
	gold := s + "\tserved as\tHe\tthe first Prime Minister of Australia\n" +
		s + "\tis\tHe\tthe first Prime Minister of Australia\n"
	system := s + "\t0.9\tserved as\tHe\tthe first Prime Minister of Australia\n" +
		s + "\t0.4\tbe\tHe\tPrime Minister\n" +
		s + "\t0.2\tserved\tAustralia\tHe\n"

	g, err := carb.ReadGold(strings.NewReader(gold), "gold.tsv")
	if err != nil {
		log.Fatal(err)
	}
	sys, err := carb.ReadSystem(strings.NewReader(system), "out.tsv")
	if err != nil {
		log.Fatal(err)
	}
	// "be" matches "is" in the second gold tuple (P 4/4, R 4/8); the
	// swapped third prediction matches only its relation (P 1/3, R 1/9)
	// and, kept at 0.2, takes a precision slot but adds no recall.
	res := carb.Score(g, sys)
	fmt.Println(res)
	fmt.Printf("best threshold %.1f\n", res.Threshold)
	for _, pt := range res.Curve {
		fmt.Printf("conf >= %.1f: P %.3f R %.3f F1 %.3f\n", pt.Confidence, pt.P, pt.R, pt.F1)
	}
	// Output:
	// AUC 0.750  P 1.000  R 0.750  F1 0.857
	// best threshold 0.4
	// conf >= 0.2: P 0.667 R 0.750 F1 0.706
	// conf >= 0.4: P 1.000 R 0.750 F1 0.857
	// conf >= 0.9: P 1.000 R 0.500 F1 0.667
}

func ExampleWriteSystem() {
	ex := []carb.Extraction{{
		Sentence:   "Bush made an offer on the minimum wage .",
		Confidence: 0.75,
		Relation:   "made an offer on",
		Args:       []string{"Bush", "the minimum wage"},
	}}
	if err := carb.WriteSystem(os.Stdout, ex); err != nil {
		log.Fatal(err)
	}
	// Output:
	// Bush made an offer on the minimum wage .	0.75	made an offer on	Bush	the minimum wage
}
