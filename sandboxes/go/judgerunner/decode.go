package judgerunner

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"strconv"
)

// decoder turns a table's atoms into Go values of the types the entry point
// declares.  Each slot remembers the Go value made from it, so the answer can
// send the inputs back in their state after the call (in-place changes).
type decoder struct {
	runner *Runner
	t      *table
	made   []map[reflect.Type]reflect.Value
	bound  []reflect.Value // slot -> the first Go value made from it (the one written back)
	before []any           // the inputs' table entries before the call: what changed goes back
}

// snapshot encodes the inputs as they are before the call.
func (d *decoder) snapshot() {
	before := newEncoder(d.runner)
	before.preload(d.bound)
	d.before = before.objs
}

func newDecoder(runner *Runner, t *table) *decoder {
	return &decoder{runner: runner, t: t, made: make([]map[reflect.Type]reflect.Value, len(t.objs)), bound: make([]reflect.Value, len(t.objs))}
}

// args reads [[positional...], {kwargs}] as the parameters of fn's type.
func (d *decoder) args(fn reflect.Type, skip int) ([]reflect.Value, error) {
	pair, err := d.slotItems(d.t.root, "list")
	if err != nil || len(pair) != 2 {
		return nil, protocolErrorf("call arguments must be [args, kwargs]")
	}
	if kwargs, err := d.slotItems(pair[1], "dict"); err == nil && len(kwargs) > 0 {
		return nil, typeErrorf("Go takes no keyword arguments: pass them in order")
	}
	positional, err := d.slotItems(pair[0], "list")
	if err != nil {
		return nil, protocolErrorf("positional arguments must be a list")
	}
	return d.positional(positional, fn, skip)
}

// positional reads a list of atoms as fn's parameters (after `skip` of them).
func (d *decoder) positional(positional []any, fn reflect.Type, skip int) ([]reflect.Value, error) {
	want := fn.NumIn() - skip
	if fn.IsVariadic() || len(positional) != want {
		return nil, typeErrorf(fmt.Sprintf("takes %d arguments, %d given", want, len(positional)))
	}
	values := make([]reflect.Value, len(positional))
	for k, atom := range positional {
		value, err := d.value(atom, fn.In(k+skip))
		if err != nil {
			return nil, err
		}
		values[k] = value
	}
	return values, nil
}

// slotItems reads an atom that must reference a container of tag `tag`.
func (d *decoder) slotItems(atom any, tag string) ([]any, error) {
	index, ok := reference(atom)
	if !ok || index >= len(d.t.objs) {
		return nil, protocolErrorf("expected a reference")
	}
	entry, _ := d.t.objs[index].([]any)
	if len(entry) == 0 || entry[0] != tag {
		return nil, protocolErrorf("expected a " + tag)
	}
	return entry[1:], nil
}

func reference(atom any) (int, bool) {
	pair, ok := atom.([]any)
	if !ok || len(pair) != 2 || pair[0] != "r" {
		return 0, false
	}
	number, ok := pair[1].(json.Number)
	if !ok {
		return 0, false
	}
	index, err := strconv.Atoi(string(number))
	return index, err == nil && index >= 0
}

func (d *decoder) value(atom any, want reflect.Type) (reflect.Value, error) {
	switch v := atom.(type) {
	case nil:
		return reflect.Zero(want), nil
	case bool:
		return scalar(reflect.ValueOf(v), want)
	case string:
		return scalar(reflect.ValueOf(v), want)
	case json.Number:
		return number(string(v), want)
	case []any:
		return d.tagged(v, want)
	}
	return reflect.Value{}, protocolErrorf("malformed atom")
}

func (d *decoder) tagged(atom []any, want reflect.Type) (reflect.Value, error) {
	if len(atom) != 2 {
		return reflect.Value{}, protocolErrorf("malformed atom")
	}
	tag, _ := atom[0].(string)
	switch tag {
	case "r":
		index, ok := reference(atom)
		if !ok || index >= len(d.t.objs) || d.t.objs[index] == nil {
			return reflect.Value{}, protocolErrorf("reference to a missing object")
		}
		return d.object(index, want)
	case "i":
		text, _ := atom[1].(string)
		return bigNumber(text, want)
	case "f":
		text, _ := atom[1].(string)
		return scalar(reflect.ValueOf(specialFloat(text)), want)
	case "z":
		return scalar(reflect.ValueOf(codePoints(atom[1])), want)
	case "b":
		text, _ := atom[1].(string)
		data, err := base64.StdEncoding.DecodeString(text)
		if err != nil {
			return reflect.Value{}, protocolErrorf("malformed bytes")
		}
		return scalar(reflect.ValueOf(data), want)
	case "h":
		return d.handle(atom[1], want)
	}
	return reflect.Value{}, typeErrorf("a value of kind '" + tag + "' has no Go type here")
}

func (d *decoder) handle(body any, want reflect.Type) (reflect.Value, error) {
	number, _ := body.(json.Number)
	key, err := strconv.Atoi(string(number))
	obj, found := d.runner.kept(key)
	if err != nil || !found {
		return reflect.Value{}, protocolErrorf("unknown handle")
	}
	return scalar(obj, want)
}

// object builds slot `index` as a `want`; a node is made before its children
// are, so shared nodes and cycles come out as they went in.
func (d *decoder) object(index int, want reflect.Type) (reflect.Value, error) {
	if made, ok := d.made[index][want]; ok {
		return made, nil
	}
	entry := d.t.objs[index].([]any)
	tag, items := entry[0].(string), entry[1:]
	switch {
	case tag == "TreeNode" || tag == "ListNode":
		return d.node(index, tag, items, want)
	case tag == "dict" && want.Kind() == reflect.Map:
		return d.dict(index, items, want)
	case tag == "dict" && want.Kind() == reflect.Interface:
		return d.dict(index, items, reflect.TypeOf(map[any]any{}))
	case want.Kind() == reflect.Slice:
		return d.slice(index, items, want)
	case want.Kind() == reflect.Interface:
		return d.slice(index, items, reflect.TypeOf([]any{}))
	}
	return reflect.Value{}, typeErrorf(fmt.Sprintf("a %s cannot be a Go %s", tag, want))
}

func (d *decoder) remember(index int, want reflect.Type, value reflect.Value) {
	if d.made[index] == nil {
		d.made[index] = map[reflect.Type]reflect.Value{}
	}
	d.made[index][want] = value
	if !d.bound[index].IsValid() {
		d.bound[index] = value
	}
}

func (d *decoder) slice(index int, items []any, want reflect.Type) (reflect.Value, error) {
	out := reflect.MakeSlice(want, len(items), len(items))
	d.remember(index, want, out)
	for k, item := range items {
		value, err := d.value(item, want.Elem())
		if err != nil {
			return reflect.Value{}, err
		}
		out.Index(k).Set(value)
	}
	return out, nil
}

func (d *decoder) dict(index int, items []any, want reflect.Type) (reflect.Value, error) {
	out := reflect.MakeMapWithSize(want, len(items)/2)
	d.remember(index, want, out)
	for k := 0; k+1 < len(items); k += 2 {
		key, err := d.value(items[k], want.Key())
		if err != nil {
			return reflect.Value{}, err
		}
		value, err := d.value(items[k+1], want.Elem())
		if err != nil {
			return reflect.Value{}, err
		}
		out.SetMapIndex(key, value)
	}
	return out, nil
}

func (d *decoder) node(index int, tag string, items []any, want reflect.Type) (reflect.Value, error) {
	if want.Kind() == reflect.Interface {
		want = nodeTypes[tag]
	}
	links := nodeLinks[tag]
	if !isNodeType(want, links) || len(items) != len(links)+1 {
		return reflect.Value{}, typeErrorf(fmt.Sprintf("a %s cannot be a Go %s", tag, want))
	}
	out := reflect.New(want.Elem())
	d.remember(index, want, out)
	for k, at := range nodeFields(want) {
		field := out.Elem().Field(at)
		value, err := d.value(items[k], field.Type())
		if err != nil {
			return reflect.Value{}, err
		}
		field.Set(value)
	}
	return out, nil
}

// nodeFields: the indexes of a node type's Val and links, looked up once per type
// (a 100,000-node list would otherwise search the fields by name 200,000 times).
func nodeFields(t reflect.Type) []int {
	if known, ok := nodeFieldCache[t]; ok {
		return known
	}
	names := append([]string{"Val"}, nodeLinks[nodeTag(t)]...)
	indexes := make([]int, len(names))
	for k, name := range names {
		field, _ := t.Elem().FieldByName(name)
		indexes[k] = field.Index[0]
	}
	nodeFieldCache[t] = indexes
	return indexes
}

var nodeFieldCache = map[reflect.Type][]int{}

var (
	nodeLinks = map[string][]string{"TreeNode": {"Left", "Right"}, "ListNode": {"Next"}}
	nodeTypes = map[string]reflect.Type{"TreeNode": reflect.TypeOf(&TreeNode{}), "ListNode": reflect.TypeOf(&ListNode{})}
)

// isNodeType: a pointer to a struct with Val and the links, each link a
// pointer to the same struct (LeetCode's TreeNode or a candidate's own copy).
func isNodeType(t reflect.Type, links []string) bool {
	if t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct {
		return false
	}
	if _, ok := t.Elem().FieldByName("Val"); !ok {
		return false
	}
	for _, name := range links {
		field, ok := t.Elem().FieldByName(name)
		if !ok || field.Type != t {
			return false
		}
	}
	return true
}

func scalar(value reflect.Value, want reflect.Type) (reflect.Value, error) {
	if value.Type().AssignableTo(want) {
		out := reflect.New(want).Elem()
		out.Set(value)
		return out, nil
	}
	if value.Type().ConvertibleTo(want) && value.Kind() == want.Kind() {
		return value.Convert(want), nil
	}
	return reflect.Value{}, typeErrorf(fmt.Sprintf("a %s cannot be a Go %s", value.Type(), want))
}

func number(text string, want reflect.Type) (reflect.Value, error) {
	switch want.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(text, 10, want.Bits())
		if err != nil {
			return reflect.Value{}, typeErrorf(fmt.Sprintf("%s does not fit a Go %s", text, want))
		}
		return reflect.ValueOf(n).Convert(want), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, err := strconv.ParseUint(text, 10, want.Bits())
		if err != nil {
			return reflect.Value{}, typeErrorf(fmt.Sprintf("%s does not fit a Go %s", text, want))
		}
		return reflect.ValueOf(n).Convert(want), nil
	case reflect.Float32, reflect.Float64:
		f, err := strconv.ParseFloat(text, 64)
		if err != nil {
			return reflect.Value{}, protocolErrorf("malformed number")
		}
		return reflect.ValueOf(f).Convert(want), nil
	case reflect.Interface:
		if n, err := strconv.ParseInt(text, 10, 64); err == nil {
			return scalar(reflect.ValueOf(int(n)), want)
		}
		f, _ := strconv.ParseFloat(text, 64)
		return scalar(reflect.ValueOf(f), want)
	}
	return reflect.Value{}, typeErrorf(fmt.Sprintf("a number cannot be a Go %s", want))
}

func bigNumber(hex string, want reflect.Type) (reflect.Value, error) {
	n, ok := new(big.Int).SetString(hex, 16)
	if !ok {
		return reflect.Value{}, protocolErrorf("malformed big int")
	}
	if want.Kind() == reflect.Float64 || want.Kind() == reflect.Float32 {
		f, _ := new(big.Float).SetInt(n).Float64()
		return reflect.ValueOf(f).Convert(want), nil
	}
	return number(n.String(), want)
}

func specialFloat(text string) float64 {
	switch text {
	case "inf":
		return math.Inf(1)
	case "-inf":
		return math.Inf(-1)
	}
	return math.NaN()
}

func codePoints(body any) string {
	codes, _ := body.([]any)
	runes := make([]rune, 0, len(codes))
	for _, code := range codes {
		number, _ := code.(json.Number)
		n, _ := strconv.Atoi(string(number))
		runes = append(runes, rune(n)) // a lone surrogate becomes U+FFFD: Go strings cannot hold one
	}
	return string(runes)
}

func itoa(n int) string { return strconv.Itoa(n) }
