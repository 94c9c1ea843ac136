package judgerunner

import (
	"bytes"
	"encoding/json"
)

func bytesReader(data []byte) *bytes.Reader { return bytes.NewReader(data) }

// marshalASCII encodes a frame; invalid UTF-8 in a string becomes U+FFFD.
func marshalASCII(value any) ([]byte, error) {
	var buffer bytes.Buffer
	encoder := json.NewEncoder(&buffer)
	encoder.SetEscapeHTML(false)
	if err := encoder.Encode(value); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buffer.Bytes(), "\n"), nil
}

// table is a value as it came: a root atom and the flat object table.  A
// lean value (plain JSON) is turned into the same table, its containers in
// depth-first pre-order, the slots the judge gives them too.
type table struct {
	root any
	objs []any // each entry: []any{tag, atom, ...}, or nil (an unchanged input)
}

func readTable(data any) (*table, error) {
	body, ok := data.(map[string]any)
	if !ok {
		return nil, protocolErrorf("a value must be an object")
	}
	if lean, found := body["lean"]; found && len(body) == 1 {
		t := &table{}
		root, err := t.leanAtom(lean, 0)
		t.root = root
		return t, err
	}
	objs, ok := body["objs"].([]any)
	if !ok || len(body) != 2 {
		return nil, protocolErrorf("a value must be an object with 'root' and 'objs'")
	}
	for _, entry := range objs {
		items, ok := entry.([]any)
		if !ok || len(items) == 0 {
			return nil, protocolErrorf("malformed object")
		}
		if _, ok := items[0].(string); !ok {
			return nil, protocolErrorf("malformed object")
		}
	}
	return &table{root: body["root"], objs: objs}, nil
}

const leanDepth = 32

func (t *table) leanAtom(value any, depth int) (any, error) {
	switch v := value.(type) {
	case []any:
		return t.leanContainer("list", v, depth)
	case map[string]any:
		return t.leanDict(v, depth)
	default:
		return v, nil
	}
}

func (t *table) leanContainer(tag string, items []any, depth int) (any, error) {
	if depth >= leanDepth {
		return nil, protocolErrorf("a lean value must be of bounded depth")
	}
	index := len(t.objs)
	entry := make([]any, 1, len(items)+1)
	entry[0] = tag
	t.objs = append(t.objs, nil)
	for _, item := range items {
		atom, err := t.leanAtom(item, depth+1)
		if err != nil {
			return nil, err
		}
		entry = append(entry, atom)
	}
	t.objs[index] = entry
	return []any{"r", json.Number(itoa(index))}, nil
}

func (t *table) leanDict(dict map[string]any, depth int) (any, error) {
	// Go's maps have no order; JSON's object order is lost by decoding, and
	// nothing the judge writes back depends on it (dicts are no LeetCode Go type).
	items := make([]any, 0, 2*len(dict))
	for key, value := range dict {
		items = append(items, key, value)
	}
	if depth >= leanDepth {
		return nil, protocolErrorf("a lean value must be of bounded depth")
	}
	index := len(t.objs)
	t.objs = append(t.objs, nil)
	entry := []any{"dict"}
	for k := 0; k < len(items); k += 2 {
		value, err := t.leanAtom(items[k+1], depth+1)
		if err != nil {
			return nil, err
		}
		entry = append(entry, items[k], value)
	}
	t.objs[index] = entry
	return []any{"r", json.Number(itoa(index))}, nil
}
