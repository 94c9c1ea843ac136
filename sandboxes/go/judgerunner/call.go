package judgerunner

import (
	"fmt"
	"reflect"
	"strings"
	"unicode"
)

// runnerError is an exception the test sees (a TypeError the runner raises
// for the submission: wrong argument count, a value of no Go type here).
type runnerError struct{ kind, msg string }

func (e runnerError) Error() string { return e.msg }

func typeErrorf(msg string) error { return runnerError{"TypeError", msg} }

func (r *Runner) call(request map[string]any) (map[string]any, error) {
	if !r.loaded {
		return nil, protocolErrorf("call before load")
	}
	t, err := readTable(request["args"])
	if err != nil {
		return nil, err
	}
	target, _ := request["target"].(map[string]any)
	if request["thread"] == true {
		r.startThread(request["id"], target, t)
		return nil, nil // the call's own goroutine answers
	}
	return r.answerCall(target, t, func(work func() error) outcome { return r.limits.timed(request["id"], work) }), nil
}

// answerCall runs the call (`run` times it and turns a panic into its
// exception) and makes its answer: the value, the inputs as the call left
// them, the handles it made described.
func (r *Runner) answerCall(target map[string]any, t *table, run func(work func() error) outcome) map[string]any {
	d := newDecoder(r, t)
	var value reflect.Value
	outcome := run(func() error {
		var err error
		value, err = r.act(target, d)
		return err
	})
	if outcome.err != nil {
		return outcome.response()
	}
	e := newEncoder(r)
	e.preload(d.bound)
	encoded := e.encode(value)
	for index, entry := range d.before {
		// Only the request's own slots may be left out: an empty slice has no identity, so one inside an
		// input gets a fresh slot past them, which the judge knows nothing of ([[]] was "malformed object None").
		if index < len(d.bound) && index < len(e.objs) && entry != nil && sameEntry(entry, e.objs[index]) {
			e.objs[index] = nil // unchanged: the judge keeps the test's own object as it is
		}
	}
	response := map[string]any{"ok": true, "value": encoded, "cpu": outcome.cpu}
	if len(e.fresh) > 0 {
		described := map[string]any{}
		for _, key := range e.fresh {
			object, _ := r.kept(key)
			described[itoa(key)] = describe(object)
		}
		response["handles"] = described
	}
	return response
}

func sameEntry(a, b any) bool {
	x, err1 := marshalASCII(a)
	y, err2 := marshalASCII(b)
	return err1 == nil && err2 == nil && string(x) == string(y)
}

// act does what the target asks: call an entry point (a class entry builds
// an object), call a method of an object, or read one of its fields.
func (r *Runner) act(target map[string]any, d *decoder) (reflect.Value, error) {
	action, _ := target["do"].(string)
	if action == "" {
		action = "call"
	}
	attr, _ := target["attr"].(string)
	if _, isHandle := target["handle"]; !isHandle {
		name, _ := target["name"].(string)
		if attr != "" || action != "call" {
			return reflect.Value{}, typeErrorf("Go entry points have no attributes: '" + name + "." + attr + "'")
		}
		return r.callEntry(name, d)
	}
	object, err := d.handle(target["handle"], reflect.TypeOf((*any)(nil)).Elem())
	if err != nil {
		return reflect.Value{}, err
	}
	object = object.Elem()
	switch action {
	case "call":
		method, ok := findMethod(object.Type(), attr)
		if !ok {
			return reflect.Value{}, runnerError{"AttributeError", fmt.Sprintf("%s has no method %s (for '%s')", typeName(object.Type()), exported(attr), attr)}
		}
		return invoke(object.Method(method.Index), d, 0)
	case "get":
		field := object.Elem().FieldByName(exported(attr))
		if object.Elem().Kind() != reflect.Struct || !field.IsValid() {
			return reflect.Value{}, runnerError{"AttributeError", fmt.Sprintf("%s has no field %s", typeName(object.Type()), exported(attr))}
		}
		return field, nil
	case "str", "repr":
		return reflect.ValueOf(fmt.Sprintf("%+v", object.Elem().Interface())), nil
	}
	return reflect.Value{}, typeErrorf("Go objects do not support '" + action + "'")
}

func (r *Runner) callEntry(name string, d *decoder) (reflect.Value, error) {
	if fn, ok := r.entries.Functions[name]; ok {
		return invoke(reflect.ValueOf(fn), d, 0)
	}
	if build, ok := r.entries.Classes[name]; ok {
		object, err := invoke(reflect.ValueOf(build), d, 0)
		if err != nil || !object.IsValid() || object.Kind() == reflect.Pointer {
			return object, err
		}
		held := reflect.New(object.Type()) // LeetCode's Constructor returns the struct: its methods take a pointer
		held.Elem().Set(object)
		return held, nil
	}
	return reflect.Value{}, runnerError{"AttributeError", "the submission has no entry point '" + name + "'"}
}

// invoke calls fn with the decoded arguments; its one result, or none.
func invoke(fn reflect.Value, d *decoder, skip int) (reflect.Value, error) {
	args, err := d.args(fn.Type(), skip)
	if err != nil {
		return reflect.Value{}, err
	}
	d.snapshot()
	results := fn.Call(args)
	if len(results) == 0 {
		return reflect.Value{}, nil
	}
	return results[0], nil
}

func findMethod(t reflect.Type, name string) (reflect.Method, bool) {
	for _, spelled := range []string{exported(name), name} {
		if method, ok := t.MethodByName(spelled); ok {
			return method, true
		}
	}
	return reflect.Method{}, false
}

// exported spells a problem's name as LeetCode's Go methods do: get_min -> GetMin.
func exported(name string) string {
	spelled := functionSpelling(name)
	if spelled == "" {
		return spelled
	}
	runes := []rune(spelled)
	runes[0] = unicode.ToUpper(runes[0])
	return string(runes)
}

// functionSpelling: two_sum -> twoSum, as LeetCode's Go functions are named.
func functionSpelling(name string) string {
	parts := strings.Split(name, "_")
	if len(parts) == 1 || parts[0] == "" {
		return name
	}
	out := parts[0]
	for _, part := range parts[1:] {
		if acronyms[part] {
			out += strings.ToUpper(part) // LeetCode's isValidBST, lengthOfLIS (judge/languages/base.py ACRONYMS)
		} else if part != "" {
			out += strings.ToUpper(part[:1]) + part[1:]
		}
	}
	return out
}

var acronyms = map[string]bool{"bst": true, "lis": true, "lca": true, "lru": true, "lfu": true}

func snake(name string) string {
	var out []rune
	for k, c := range name {
		if unicode.IsUpper(c) && k > 0 {
			out = append(out, '_')
		}
		out = append(out, unicode.ToLower(c))
	}
	return string(out)
}

func typeName(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Name() != "" {
		return t.Name()
	}
	return t.String()
}

// handleOut keeps an object in the runner; the same object is the same key.
func (r *Runner) handleOut(value reflect.Value, e *encoder) int {
	r.handleLock.Lock()
	defer r.handleLock.Unlock()
	key, identified := identify(value)
	if identified {
		if existing, ok := r.handleKeys[key]; ok {
			return existing
		}
	}
	number := len(r.handles) + 1
	r.handles[number] = value
	if identified {
		r.handleKeys[key] = number
	}
	e.fresh = append(e.fresh, number)
	return number
}

// kept is the object kept under `key`.
func (r *Runner) kept(key int) (reflect.Value, bool) {
	r.handleLock.Lock()
	defer r.handleLock.Unlock()
	object, found := r.handles[key]
	return object, found
}

func describe(value reflect.Value) map[string]any {
	name := typeName(value.Type())
	methods := []any{}
	for k := 0; k < value.Type().NumMethod(); k++ {
		methods = append(methods, snake(value.Type().Method(k).Name))
	}
	return map[string]any{"type": name, "module": "solution", "mro": []any{name}, "methods": methods, "class": false}
}
