package entity

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/graph"
)

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

var (
	scales     = set("thousand million billion trillion bn m k")
	currencies = set("dollars dollar euros euro pounds pound rubles roubles ruble hryvnias yuan yen USD EUR GBP")
	units      = set("kilometers kilometres kilometer kilometre km miles mile meters metres meter metre m " +
		"kilograms kilogram kg tonnes tons tonne ton percent per cent % feet foot ft hours days weeks months years")
	months = map[string]int{"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
		"August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
		"Jan.": 1, "Feb.": 2, "Mar.": 3, "Apr.": 4, "Aug.": 8, "Sep.": 9, "Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12}
	weekdays = set("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// literals finds money, quantities and dates among tokens not yet taken.
func literals(words []nlp.Word, taken []bool) []Mention {
	var out []Mention
	for i := 0; i < len(words); {
		if taken[i] {
			i++
			continue
		}
		m, ok := money(words, i)
		if !ok {
			m, ok = date(words, i)
		}
		if !ok {
			m, ok = quantity(words, i)
		}
		if ok && free(taken, m.From, m.To) {
			out = append(out, m)
			i = m.To
			continue
		}
		i++
	}
	return out
}

func free(taken []bool, from, to int) bool {
	for i := from; i < to; i++ {
		if taken[i] {
			return false
		}
	}
	return true
}

func isNumber(s string) bool {
	digits := 0
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == ',' || c == '.':
		default:
			return false
		}
	}
	return digits > 0
}

func at(words []nlp.Word, i int) string {
	if i < 0 || i >= len(words) {
		return ""
	}
	return words[i].Form
}

// money: "$ 67 billion", "$67", "20 euros", "€ 5 million".
func money(words []nlp.Word, i int) (Mention, bool) {
	j := i
	sym := false
	if f := at(words, j); f == "$" || f == "€" || f == "£" || f == "US$" {
		sym = true
		j++
	}
	if !isNumber(at(words, j)) {
		return Mention{}, false
	}
	j++
	if scales[at(words, j)] {
		j++
	}
	if currencies[at(words, j)] {
		return Mention{From: i, To: j + 1, Type: graph.Money}, true
	}
	if !sym {
		return Mention{}, false
	}
	return Mention{From: i, To: j, Type: graph.Money}, true
}

// quantity: "300 kilometers", "300-kilometer", "3.5 %".
func quantity(words []nlp.Word, i int) (Mention, bool) {
	f := at(words, i)
	if k := strings.IndexByte(f, '-'); k > 0 && isNumber(f[:k]) && units[strings.TrimSuffix(f[k+1:], "s")+"s"] {
		return Mention{From: i, To: i + 1, Type: graph.Quantity}, true
	}
	if isNumber(f) && at(words, i+1) == "-" && units[at(words, i+2)+"s"] {
		return Mention{From: i, To: i + 3, Type: graph.Quantity}, true
	}
	if !isNumber(f) {
		return Mention{}, false
	}
	j := i + 1
	if scales[at(words, j)] {
		j++
	}
	if units[at(words, j)] {
		return Mention{From: i, To: j + 1, Type: graph.Quantity}, true
	}
	return Mention{}, false
}

// date: "Monday , April 22", "April 22 , 2024", "22 April 2024", "2024-04-22", "June 2023".
func date(words []nlp.Word, i int) (Mention, bool) {
	j := i
	if weekdays[at(words, j)] {
		j++
		if at(words, j) == "," && months[at(words, j+1)] > 0 {
			j++
		}
	}
	day, month, year := 0, 0, 0
	if mo := months[at(words, j)]; mo > 0 && (at(words, j) != "May" || monthMay(words, j)) {
		month = mo
		j++
		if d := atoi(at(words, j)); d >= 1 && d <= 31 {
			day = d
			j++
		}
		k := j
		if at(words, k) == "," {
			k++
		}
		if y := atoi(at(words, k)); y >= 1000 && y <= 2999 {
			year, j = y, k+1
		}
	} else if f := at(words, j); isoDate.MatchString(f) {
		fmt.Sscanf(f, "%d-%d-%d", &year, &month, &day)
		j++
	}
	if j == i {
		return Mention{}, false
	}
	m := Mention{From: i, To: j, Type: graph.Date}
	if year > 0 && month > 0 && day > 0 {
		m.Value = fmt.Sprintf("%04d-%02d-%02d", year, month, day)
	}
	return m, true
}

func atoi(s string) int {
	n := 0
	if s == "" || len(s) > 4 {
		return 0
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// monthMay reports whether the "May" at i is the month, not the verb: a
// number follows ("May 5", "May 2005") or a word of time precedes it ("in
// May", "since May", "early May").
func monthMay(words []nlp.Word, i int) bool {
	if isNumber(at(words, i+1)) {
		return true
	}
	switch strings.ToLower(at(words, i-1)) {
	case "in", "since", "until", "till", "during", "early", "late", "mid", "mid-", "last", "next", "this",
		"of", "from", "through", "throughout":
		return true
	}
	return false
}
