package jsonld

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// encoder writes compacted JSON-LD with two-space indentation and a key
// order meant for people: "@context", "@id" or "@value", "@type", then the other keys
// sorted, then "@graph" (so a statement's provenance comes before its fact).
type encoder struct {
	w   *bufio.Writer
	buf bytes.Buffer
}

func keyRank(k string) int {
	switch k {
	case "@context":
		return 0
	case "@id", "@value":
		return 1
	case "@type":
		return 2
	case "@graph":
		return 4
	}
	return 3
}

func orderedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		ri, rj := keyRank(keys[i]), keyRank(keys[j])
		if ri != rj {
			return ri < rj
		}
		return keys[i] < keys[j]
	})
	return keys
}

func (e *encoder) value(v any, indent int) error {
	switch v := v.(type) {
	case map[string]any:
		return e.object(v, indent)
	case []any:
		return e.array(v, indent)
	case string:
		return e.str(v)
	case float64:
		return e.number(v)
	case bool:
		e.w.WriteString(strconv.FormatBool(v))
	case nil:
		e.w.WriteString("null")
	default:
		return fmt.Errorf("unexpected JSON value %T", v)
	}
	return nil
}

func (e *encoder) object(m map[string]any, indent int) error {
	if len(m) == 0 {
		e.w.WriteString("{}")
		return nil
	}
	e.w.WriteString("{")
	for i, k := range orderedKeys(m) {
		if i > 0 {
			e.w.WriteString(",")
		}
		e.newline(indent + 1)
		if err := e.str(k); err != nil {
			return err
		}
		e.w.WriteString(": ")
		if err := e.value(m[k], indent+1); err != nil {
			return err
		}
	}
	e.newline(indent)
	e.w.WriteString("}")
	return nil
}

func (e *encoder) array(a []any, indent int) error {
	if len(a) == 0 {
		e.w.WriteString("[]")
		return nil
	}
	e.w.WriteString("[")
	for i, v := range a {
		if i > 0 {
			e.w.WriteString(",")
		}
		e.newline(indent + 1)
		if err := e.value(v, indent+1); err != nil {
			return err
		}
	}
	e.newline(indent)
	e.w.WriteString("]")
	return nil
}

func (e *encoder) newline(indent int) {
	e.w.WriteString("\n")
	e.w.WriteString(strings.Repeat("  ", indent))
}

// str writes s as a JSON string, escaping only what JSON requires (and
// U+2028, U+2029): labels stay readable.
func (e *encoder) str(s string) error {
	e.buf.Reset()
	enc := json.NewEncoder(&e.buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return err
	}
	e.w.Write(bytes.TrimSuffix(e.buf.Bytes(), []byte("\n")))
	return nil
}

// number writes integers (the only numbers kg writes natively) without
// exponent or fraction.
func (e *encoder) number(f float64) error {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return fmt.Errorf("number %v has no JSON form", f)
	}
	if f == math.Trunc(f) && math.Abs(f) <= maxSafeInt {
		e.w.WriteString(strconv.FormatInt(int64(f), 10))
		return nil
	}
	e.w.WriteString(strconv.FormatFloat(f, 'g', -1, 64))
	return nil
}
