package judgerunner

import (
	"encoding/json"
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"
)

const safeInt = 1 << 53

// encoder writes Go values into one flat table.  Nodes and handles keep
// their identity (one slot per pointer); a slice is the same list when it is
// the same array and length (an input changed in place is written back into
// its own slot).
type encoder struct {
	runner *Runner
	objs   []any
	memo   map[identity]int
	fresh  []int // handles made by this answer: described once
}

type identity struct {
	kind    reflect.Type
	pointer uintptr
	length  int
}

func newEncoder(runner *Runner) *encoder {
	return &encoder{runner: runner, memo: map[identity]int{}}
}

// preload gives the request's own objects their slots, in request order.
func (e *encoder) preload(bound []reflect.Value) {
	e.objs = make([]any, len(bound))
	for index, value := range bound {
		if value.IsValid() {
			if key, ok := identify(value); ok {
				e.memo[key] = index
			}
		}
	}
	for index, value := range bound {
		if value.IsValid() {
			e.objs[index] = e.entry(value)
		}
	}
}

func (e *encoder) encode(value reflect.Value) map[string]any {
	root := e.atom(value)
	objs := e.objs
	if objs == nil {
		objs = []any{}
	}
	return map[string]any{"root": root, "objs": objs}
}

func identify(value reflect.Value) (identity, bool) {
	switch value.Kind() {
	case reflect.Pointer:
		return identity{value.Type(), value.Pointer(), 0}, !value.IsNil()
	case reflect.Slice:
		return identity{value.Type(), value.Pointer(), value.Len()}, value.Len() > 0
	}
	return identity{}, false
}

func (e *encoder) atom(value reflect.Value) any {
	if !value.IsValid() {
		return nil
	}
	switch value.Kind() {
	case reflect.Bool:
		return value.Bool()
	case reflect.String:
		return value.String()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return intAtom(value.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return uintAtom(value.Uint())
	case reflect.Float32, reflect.Float64:
		return floatAtom(value.Float())
	case reflect.Interface:
		if value.IsNil() {
			return nil
		}
		return e.atom(value.Elem())
	case reflect.Slice, reflect.Array, reflect.Map:
		// A nil slice is an empty list, as LeetCode prints it: `var found [][]int`
		// returned with nothing appended is [] (Go offers no optional lists).
		if value.Kind() == reflect.Map && value.IsNil() {
			return nil
		}
		return e.ref(value)
	case reflect.Pointer:
		if value.IsNil() {
			return nil
		}
		if nodeTag(value.Type()) != "" {
			return e.ref(value)
		}
	}
	return []any{"h", e.runner.handleOut(value, e)}
}

func intAtom(n int64) any {
	if n >= -safeInt && n <= safeInt {
		return n
	}
	return []any{"i", big.NewInt(n).Text(16)}
}

func uintAtom(n uint64) any {
	if n <= safeInt {
		return n
	}
	return []any{"i", new(big.Int).SetUint64(n).Text(16)}
}

// floatAtom keeps a float a float on the other side (1.0, not 1).
func floatAtom(f float64) any {
	switch {
	case math.IsNaN(f):
		return []any{"f", "nan"}
	case math.IsInf(f, 1):
		return []any{"f", "inf"}
	case math.IsInf(f, -1):
		return []any{"f", "-inf"}
	}
	text := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(text, ".eE") {
		text += ".0"
	}
	return json.RawMessage(text)
}

func nodeTag(t reflect.Type) string {
	if tag, ok := nodeTagCache[t]; ok {
		return tag
	}
	found := ""
	for tag, links := range nodeLinks {
		if isNodeType(t, links) {
			found = tag
		}
	}
	nodeTagCache[t] = found
	return found
}

var nodeTagCache = map[reflect.Type]string{}

func (e *encoder) ref(value reflect.Value) any {
	key, identified := identify(value)
	if identified {
		if index, ok := e.memo[key]; ok {
			return []any{"r", index}
		}
	}
	index := len(e.objs)
	e.objs = append(e.objs, nil)
	if identified {
		e.memo[key] = index
	}
	e.objs[index] = e.entry(value)
	return []any{"r", index}
}

// entry is a container's table entry; its children are atoms.  A long
// linked list is walked by ref's recursion one node deep per link, so the
// next links are collected first and filled in a loop, never recursing.
func (e *encoder) entry(value reflect.Value) []any {
	switch value.Kind() {
	case reflect.Slice, reflect.Array:
		if value.Type().Elem().Kind() == reflect.Uint8 && value.Kind() == reflect.Slice {
			return append([]any{"list"}, bytesAsList(value.Bytes())...)
		}
		items := make([]any, 1, value.Len()+1)
		items[0] = "list"
		for k := 0; k < value.Len(); k++ {
			items = append(items, e.atom(value.Index(k)))
		}
		return items
	case reflect.Map:
		items := []any{"dict"}
		iter := value.MapRange()
		for iter.Next() {
			items = append(items, e.atom(iter.Key()), e.atom(iter.Value()))
		}
		return items
	}
	return e.nodeEntry(value)
}

func bytesAsList(data []byte) []any {
	items := make([]any, len(data))
	for k, b := range data {
		items[k] = int64(b)
	}
	return items
}

// nodeEntry encodes a node; links to nodes not seen yet get their slots
// here and are filled by the loop, so a 100,000-node list needs no deep stack.
func (e *encoder) nodeEntry(value reflect.Value) []any {
	tag := nodeTag(value.Type())
	pending := []reflect.Value{}
	entry := e.nodeItems(tag, value, &pending)
	for len(pending) > 0 {
		next := pending[len(pending)-1]
		pending = pending[:len(pending)-1]
		index := e.memo[identity{next.Type(), next.Pointer(), 0}]
		e.objs[index] = e.nodeItems(tag, next, &pending)
	}
	return entry
}

func (e *encoder) nodeItems(tag string, value reflect.Value, pending *[]reflect.Value) []any {
	node := value.Elem()
	fields := nodeFields(value.Type())
	items := []any{tag, e.atom(node.Field(fields[0]))}
	for _, at := range fields[1:] {
		link := node.Field(at)
		if link.IsNil() {
			items = append(items, nil)
			continue
		}
		key := identity{link.Type(), link.Pointer(), 0}
		index, seen := e.memo[key]
		if !seen {
			index = len(e.objs)
			e.objs = append(e.objs, nil)
			e.memo[key] = index
			*pending = append(*pending, link)
		}
		items = append(items, []any{"r", index})
	}
	return items
}
