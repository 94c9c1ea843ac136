package judgerunner

import (
	"reflect"
	"runtime"
	"runtime/debug"
	"syscall"
	"unsafe"
)

// stagedInput is a ladder input, sent once and measured several times.
type stagedInput struct {
	key string
	t   *table
}

const maxReps = 100000

// measure times calls on one staged input: a warm-up call, then batches
// that double until one lasts min_seconds.  Each repetition gets a fresh copy
// of the input (a call may change it), made before the batch's clock starts.
// The deterministic work count is Python's only: count is null.
func (r *Runner) measure(request map[string]any) (map[string]any, error) {
	if !r.loaded {
		return nil, protocolErrorf("measure before load")
	}
	key := string(mustJSON(request["input_key"]))
	if args, ok := request["args"]; ok {
		t, err := readTable(args)
		if err != nil {
			return nil, err
		}
		r.stage(key, t)
	}
	staged := r.find(key)
	if staged == nil {
		return nil, protocolErrorf("no input staged under " + key)
	}
	target, _ := request["target"].(map[string]any)
	minSeconds := floatOf(request["min_seconds"])
	if minSeconds <= 0 {
		minSeconds = 0.02
	}
	saved := r.limits.cpuLimit.Load()
	if budget := floatOf(request["cpu_budget"]); budget > 0 {
		r.limits.cpuLimit.Store(int64(budget * 1e6))
	}
	defer r.limits.cpuLimit.Store(saved)
	var seconds float64
	var reps int
	result := r.limits.timed(request["id"], func() error {
		var err error
		if request["time"] != false {
			seconds, reps, err = r.batches(target, staged.t, minSeconds)
		}
		return err
	})
	if result.err != nil {
		return result.response(), nil
	}
	value := map[string]any{"cpu": seconds, "reps": reps, "count": nil}
	return map[string]any{"ok": true, "value": newEncoder(r).encode(reflect.ValueOf(value)), "cpu": result.cpu}, nil
}

func (r *Runner) stage(key string, t *table) {
	kept := r.staged[:0]
	for _, s := range r.staged {
		if s.key != key {
			kept = append(kept, s)
		}
	}
	r.staged = append(kept, &stagedInput{key, t})
	if len(r.staged) > stagedInputs {
		r.staged = r.staged[len(r.staged)-stagedInputs:] // the oldest dropped, as the judge drops it
	}
}

func (r *Runner) find(key string) *stagedInput {
	for _, s := range r.staged {
		if s.key == key {
			return s
		}
	}
	return nil
}

// mutatingReps caps the repetitions of a call that changes its input: each
// needs its own copy, which may cost far more than the call.
const mutatingReps = 8

// batches times calls on the input.  The first call (the warm-up) learns
// whether calls change the input: only then does each repetition get its own
// copy, decoded before the clock starts; otherwise they share one, so an O(1)
// call on a large list is not charged O(n) for copying.  The garbage
// collector waits while a batch runs: its pauses are noise, not the cost.
func (r *Runner) batches(target map[string]any, t *table, minSeconds float64) (float64, int, error) {
	run, d, err := r.prepare(target, t)
	if err != nil {
		return 0, 0, err
	}
	d.snapshot()
	first, err := timedRun(run)
	if err != nil || first >= minSeconds {
		return first, 1, err
	}
	after := newEncoder(r)
	after.preload(d.bound)
	mutates := !sameEntry(d.before, after.objs)
	limit := maxReps
	if mutates {
		limit = mutatingReps
	}
	shared := []func() error{}
	if !mutates {
		shared = append(shared, run)
	}
	for reps := 1; ; {
		calls := make([]func() error, reps)
		for k := range calls {
			if !mutates {
				calls[k] = shared[0]
			} else if calls[k], _, err = r.prepare(target, t); err != nil {
				return 0, 0, err
			}
		}
		spent, err := timedRun(calls...)
		if err != nil {
			return 0, 0, err
		}
		if spent >= minSeconds || reps >= limit {
			return spent / float64(reps), reps, nil
		}
		grow := 10.0
		if spent > 0 {
			grow = minSeconds / spent * 1.2
		}
		next := int(float64(reps)*grow) + 1
		if next < reps*2 {
			next = reps * 2
		}
		if next > limit {
			next = limit
		}
		reps = next
	}
}

// timedRun runs the calls one after another: their CPU seconds, the garbage
// collector held off.  The clock is this thread's (the calls run on it,
// locked): the watchdog's polls, on another thread, are no part of the cost.
func timedRun(calls ...func() error) (float64, error) {
	runtime.GC()
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	start := threadMicros()
	for _, call := range calls {
		if err := call(); err != nil {
			return 0, err
		}
	}
	return float64(threadMicros()-start) / 1e6, nil
}

// threadMicros reads CLOCK_THREAD_CPUTIME_ID: exact to the nanosecond, where
// getrusage(RUSAGE_THREAD) moves by scheduler ticks.
func threadMicros() int64 {
	var now syscall.Timespec
	_, _, _ = syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&now)), 0)
	return now.Sec*1e6 + now.Nsec/1e3
}

const clockThreadCPUTime = 3 // CLOCK_THREAD_CPUTIME_ID (Linux)

// prepare decodes a fresh copy of the input and returns the call on it.
func (r *Runner) prepare(target map[string]any, t *table) (func() error, *decoder, error) {
	d := newDecoder(r, t)
	name, _ := target["name"].(string)
	if target["replay"] == true {
		run, err := r.prepareReplay(name, d)
		return run, d, err
	}
	fn, ok := r.entries.Functions[name]
	if !ok {
		return nil, d, runnerError{"AttributeError", "the submission has no entry point '" + name + "'"}
	}
	value := reflect.ValueOf(fn)
	args, err := d.args(value.Type(), 0)
	if err != nil {
		return nil, d, err
	}
	return func() error { value.Call(args); return nil }, d, nil
}

// prepareReplay: a design problem's input is (constructor args, [[method, args], ...]), replayed on one object.
func (r *Runner) prepareReplay(name string, d *decoder) (func() error, error) {
	build, ok := r.entries.Classes[name]
	if !ok {
		return nil, runnerError{"AttributeError", "the submission has no class '" + name + "'"}
	}
	pair, err := d.slotItems(d.t.root, "list")
	if err != nil || len(pair) != 2 {
		return nil, protocolErrorf("replay arguments must be [args, kwargs]")
	}
	positional, err := d.slotItems(pair[0], "list")
	if err != nil || len(positional) != 2 {
		return nil, protocolErrorf("a replay takes constructor arguments and operations")
	}
	constructor := reflect.ValueOf(build)
	ctorItems, err := d.slotItems(positional[0], "list")
	if err != nil {
		return nil, protocolErrorf("constructor arguments must be a list")
	}
	ctorArgs, err := d.positional(ctorItems, constructor.Type(), 0)
	if err != nil {
		return nil, err
	}
	ops, err := d.slotItems(positional[1], "list")
	if err != nil {
		return nil, protocolErrorf("operations must be a list")
	}
	object := pointerTo(constructor.Type().Out(0))
	type step struct {
		method int
		args   []reflect.Value
	}
	steps := make([]step, 0, len(ops))
	for _, op := range ops {
		items, err := d.slotItems(op, "list")
		if err != nil {
			items, err = d.slotItems(op, "tuple")
		}
		if err != nil || len(items) != 2 {
			return nil, protocolErrorf("an operation is [method, args]")
		}
		methodName, _ := items[0].(string)
		method, found := findMethod(object, methodName)
		if !found {
			return nil, runnerError{"AttributeError", typeName(object) + " has no method " + exported(methodName)}
		}
		argItems, err := d.slotItems(items[1], "list")
		if err != nil {
			argItems, err = d.slotItems(items[1], "tuple")
		}
		if err != nil {
			return nil, protocolErrorf("an operation's arguments must be a list")
		}
		args, err := d.positional(argItems, method.Type, 1)
		if err != nil {
			return nil, err
		}
		steps = append(steps, step{method.Index, args})
	}
	return func() error {
		built := constructor.Call(ctorArgs)[0]
		held := built
		if built.Kind() != reflect.Pointer {
			held = reflect.New(built.Type())
			held.Elem().Set(built)
		}
		for _, s := range steps {
			held.Method(s.method).Call(s.args)
		}
		return nil
	}, nil
}

func mustJSON(value any) []byte {
	data, _ := marshalASCII(value)
	return data
}
