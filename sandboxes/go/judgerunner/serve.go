package judgerunner

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"os"
	"reflect"
	"strings"
	"sync"
	"syscall"
)

// Entries is what the glue hands over: the problem's functions and class
// constructors, by the problem's own names (two_sum -> twoSum, LRUCache ->
// Constructor).  Methods are found by reflection (get -> Get).
type Entries struct {
	Filename  string
	Functions map[string]any
	Classes   map[string]any
}

// Runner serves one case: the load, then calls until EOF or `exit`.
type Runner struct {
	ch         *channel
	entries    Entries
	handles    map[int]reflect.Value
	handleKeys map[identity]int
	handleLock sync.Mutex // concurrent calls make and look up handles at once (a Go map must not be)
	staged     []*stagedInput
	limits     *watchdog
	loaded     bool
}

// Serve is the glue's main: it never returns.
func Serve(entries Entries) {
	ch := protocolChannel
	runner := &Runner{ch: ch, entries: entries, handles: map[int]reflect.Value{}, handleKeys: map[identity]int{}}
	runner.limits = startWatchdog(ch)
	if first := firstRequest(); first != nil {
		runner.answer(first) // the load the launcher read before it started this binary
	} else {
		ch.send(map[string]any{"id": nil, "ok": true, "ready": protocolVersion, "python": "", "runtime": "go"})
	}
	for {
		line, err := ch.readLine()
		if errors.Is(err, io.EOF) || (err != nil && !isProtocolError(err)) {
			os.Exit(0)
		}
		if err != nil {
			ch.send(map[string]any{"id": nil, "ok": false, "protocol_error": err.Error()})
			continue
		}
		runner.answer(line)
	}
}

func isProtocolError(err error) bool {
	var pe protocolError
	return errors.As(err, &pe)
}

// protocolChannel is taken before the submission's package initializes:
// this package's init runs first, so a print in the submission's init()
// or package variables already goes to stderr.
var protocolChannel = takeProtocolChannel()

// takeProtocolChannel moves the protocol to private descriptors: the
// submission's prints (fd 1) then go to stderr, which the judge caps, and it
// reads nothing from stdin.
func takeProtocolChannel() *channel {
	in, err1 := syscall.Dup(0)
	out, err2 := syscall.Dup(1)
	null, err3 := syscall.Open(os.DevNull, syscall.O_RDONLY, 0)
	if err1 != nil || err2 != nil || err3 != nil {
		os.Exit(exitProtocol)
	}
	syscall.CloseOnExec(in)
	syscall.CloseOnExec(out)
	_ = syscall.Dup2(null, 0)
	_ = syscall.Dup2(2, 1) // until the load says the output cap (countPrints)
	_ = syscall.Close(null)
	return &channel{in: bufio.NewReaderSize(os.NewFile(uintptr(in), "requests"), 1<<16), out: os.NewFile(uintptr(out), "frames")}
}

// countPrints sends what the submission writes to fd 1 on to stderr through a
// pipe, counting it: past the output cap the call ends as OLE (exit 155),
// as the Python runner's does.  A Go program writes straight to the
// descriptor, so the count is taken here, not in a wrapped writer.
func countPrints(ch *channel, w *watchdog, capBytes int64) {
	var fds [2]int
	if err := syscall.Pipe2(fds[:], syscall.O_CLOEXEC); err != nil {
		_ = syscall.Dup2(2, 1) // uncounted: the judge's own cap on stderr still holds
		return
	}
	_ = syscall.Dup2(fds[1], 1)
	_ = syscall.Close(fds[1])
	reader := os.NewFile(uintptr(fds[0]), "prints")
	go func() {
		buffer := make([]byte, 1<<16)
		var total int64
		for {
			n, err := reader.Read(buffer)
			if n > 0 {
				total += int64(n)
				_, _ = os.Stderr.Write(buffer[:n])
				if capBytes > 0 && total > capBytes {
					ch.send(map[string]any{"id": w.currentID(), "ok": false, "limit": "output", "printed": total})
					os.Exit(exitOutput)
				}
			}
			if err != nil {
				return
			}
		}
	}()
}

// firstRequest is the load request the launcher already read (--load=FILE).
func firstRequest() []byte {
	for _, arg := range os.Args[1:] {
		if strings.HasPrefix(arg, "--load=") {
			data, err := os.ReadFile(strings.TrimPrefix(arg, "--load="))
			if err != nil {
				os.Exit(exitProtocol)
			}
			_ = os.Remove(strings.TrimPrefix(arg, "--load="))
			return data
		}
	}
	return nil
}

func (r *Runner) answer(line []byte) {
	request, err := parseFrame(line)
	if err != nil {
		r.ch.send(map[string]any{"id": nil, "ok": false, "protocol_error": err.Error()})
		return
	}
	if request["op"] == "exit" {
		os.Exit(0)
	}
	response, err := r.handle(request)
	if err != nil {
		response = map[string]any{"ok": false, "protocol_error": err.Error()}
	}
	if response == nil {
		return // a concurrent call: its own goroutine answers
	}
	response["id"] = request["id"]
	r.ch.send(response)
}

func (r *Runner) handle(request map[string]any) (map[string]any, error) {
	switch request["op"] {
	case "load":
		return r.load(request), nil
	case "call":
		return r.call(request)
	case "measure":
		return r.measure(request)
	case "ping":
		return map[string]any{"ok": true, "value": map[string]any{"lean": nil}}, nil
	}
	return nil, protocolErrorf("unknown op")
}

// load checks the entry points: the glue already named every function and
// constructor (compiling proved they exist); methods are looked up here.
func (r *Runner) load(request map[string]any) map[string]any {
	limits, _ := request["limits"].(map[string]any)
	r.limits.configure(floatOf(limits["cpu"]), floatOf(limits["session_cpu"]))
	countPrints(r.ch, r.limits, intOf(request["output_cap"]))
	aliases := map[string]any{}
	for _, raw := range listOf(request["entries"]) {
		entry, _ := raw.(map[string]any)
		name, _ := entry["name"].(string)
		if entry["kind"] != "class" {
			aliases[name] = functionSpelling(name)
			continue
		}
		made := reflect.TypeOf(r.entries.Classes[name])
		if made == nil || made.Kind() != reflect.Func || made.NumOut() != 1 {
			return r.loadError("MissingEntryPoint", r.entries.Filename+" defines no func Constructor(...) returning the class "+name)
		}
		object := pointerTo(made.Out(0))
		for _, method := range listOf(entry["methods"]) {
			wanted, _ := method.(string)
			if _, ok := findMethod(object, wanted); !ok {
				return r.loadError("MissingEntryPoint", "class '"+name+"' in "+r.entries.Filename+" has no method "+exported(wanted)+" (for '"+wanted+"')")
			}
			aliases[name+"."+wanted] = "Constructor." + exported(wanted)
		}
		aliases[name] = "Constructor"
	}
	r.loaded = true
	encoded := newEncoder(r).encode(reflect.ValueOf(aliases))
	return map[string]any{"ok": true, "value": encoded, "cpu": 0.0}
}

func (r *Runner) loadError(kind, message string) map[string]any {
	return map[string]any{"ok": false, "error": errorInfo(kind, message, "", nil, true), "cpu": 0.0}
}

func pointerTo(t reflect.Type) reflect.Type {
	if t.Kind() == reflect.Pointer {
		return t
	}
	return reflect.PointerTo(t)
}

func listOf(value any) []any {
	items, _ := value.([]any)
	return items
}

func floatOf(value any) float64 {
	number, _ := value.(json.Number)
	f, _ := number.Float64()
	return f
}

func intOf(value any) int64 {
	number, _ := value.(json.Number)
	n, _ := number.Int64()
	return n
}
