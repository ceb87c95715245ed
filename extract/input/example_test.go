package input_test

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/kgraph/kg/extract/input"
)

func ExampleRead() {
	stdin := strings.NewReader(`{"id": "a", "title": "Budget passed", "text": "Parliament passed the budget.", "date": "2024-05-01"}
{"id": "b", "text": ""}
{"id": "c", "text": "The minister resigned."}
`)
	for a, err := range input.Read(context.Background(), []string{"-", "missing.txt"}, input.Options{Stdin: stdin}) {
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, input.ErrMissingField))
			continue
		}
		fmt.Printf("%s %s %q %q\n", a.Origin, a.ID, a.Date, a.Text)
	}
	// Output:
	// -:1 a "2024-05-01" "Parliament passed the budget."
	// error: -:2: missing field "text" true
	// -:3 c "" "The minister resigned."
	// error: missing.txt: no such file or directory false
}
