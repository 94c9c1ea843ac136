package judgerunner

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

const pollEvery = 10 * time.Millisecond

// watchdog ends a call past its CPU limit and the runner past its memory
// limit.  A goroutine of its own: Go preempts a tight loop, so it runs even
// while the submission never yields.
type watchdog struct {
	ch          *channel
	cpuLimit    atomic.Int64 // microseconds per call; 0: none
	memoryLimit atomic.Int64 // bytes of resident memory; 0: none
	callID      atomic.Value
	started     atomic.Int64 // process CPU microseconds when the call began; -1: no call out
	sessionCPU  atomic.Int64 // microseconds of CPU for the whole process; 0: none
	threads     sync.Mutex
	outstanding map[int]any // concurrent calls not yet answered, by token: their request ids
	nextToken   int
}

func startWatchdog(ch *channel) *watchdog {
	w := &watchdog{ch: ch, outstanding: map[int]any{}}
	w.started.Store(-1)
	w.callID.Store(idBox{})
	w.configureMemory(memoryArgument())
	debug.SetMaxThreads(maxThreads)
	// A fatal error (stack overflow, thread exhaustion) says what it was in
	// one line: a dump of every goroutine would only flood the output cap.
	debug.SetTraceback("none")
	go w.watch()
	return w
}

type idBox struct{ id any }

// memoryArgument is the problem's memory limit in MiB (--memory=N), given by the launcher.
func memoryArgument() int64 {
	for _, arg := range os.Args[1:] {
		if strings.HasPrefix(arg, "--memory=") {
			n, _ := strconv.ParseInt(strings.TrimPrefix(arg, "--memory="), 10, 64)
			return n
		}
	}
	return 0
}

func (w *watchdog) configureMemory(mib int64) {
	if mib <= 0 {
		return
	}
	limit := mib << 20
	w.memoryLimit.Store(limit)
	// The garbage collector works harder near the limit instead of letting
	// garbage count as the submission's memory; deep recursion stops at a
	// quarter of it (a fatal "stack overflow", read as RE).
	debug.SetMemoryLimit(limit)
	debug.SetMaxStack(int(limit / 4))
}

// maxThreads: a thread bomb (goroutines locked to threads, blocked in system
// calls) ends in Go's fatal "thread exhaustion" (RE) long before the machine's limit.
const maxThreads = 256

func (w *watchdog) configure(cpuSeconds, sessionSeconds float64) {
	w.cpuLimit.Store(int64(cpuSeconds * 1e6))
	// Concurrent calls have no CPU limit of their own: this one holds them
	// all (locally it is RLIMIT_CPU too; in a container, only this).
	w.sessionCPU.Store(int64(sessionSeconds * 1e6))
}

// enter notes a concurrent call out; leave, its answer sent.
func (w *watchdog) enter(id any) int {
	w.threads.Lock()
	defer w.threads.Unlock()
	w.nextToken++
	w.outstanding[w.nextToken] = id
	return w.nextToken
}

func (w *watchdog) leave(token int) {
	w.threads.Lock()
	defer w.threads.Unlock()
	delete(w.outstanding, token)
}

// currentID is the call a limit's frame answers: the main loop's call, or
// while none runs there, a concurrent call still out (the judge waits for
// it), else the last call's.
func (w *watchdog) currentID() any {
	if w.started.Load() < 0 {
		w.threads.Lock()
		defer w.threads.Unlock()
		for _, id := range w.outstanding {
			return id
		}
	}
	return w.callID.Load().(idBox).id
}

func (w *watchdog) watch() {
	for {
		time.Sleep(pollEvery)
		if limit := w.memoryLimit.Load(); limit > 0 && residentBytes() > limit {
			message := fmt.Sprintf("resident memory over the limit of %d MiB", limit>>20)
			w.ch.send(map[string]any{"id": w.currentID(), "ok": false, "error": errorInfo("MemoryError", message, "", nil, false)})
			os.Exit(exitMemory)
		}
		if limit := w.sessionCPU.Load(); limit > 0 {
			if spent := cpuMicros(); spent > limit {
				w.ch.send(map[string]any{"id": w.currentID(), "ok": false, "limit": "cpu", "cpu": float64(spent) / 1e6})
				os.Exit(exitCPULimit)
			}
		}
		started := w.started.Load()
		limit := w.cpuLimit.Load()
		if started >= 0 && limit > 0 {
			if spent := cpuMicros() - started; spent > limit {
				// Leaving the process is the one thing the submission cannot catch.
				w.ch.send(map[string]any{"id": w.currentID(), "ok": false, "limit": "cpu", "cpu": float64(spent) / 1e6})
				os.Exit(exitCPULimit)
			}
		}
	}
}

// cpuMicros is the process's CPU time (user + system, every thread: the
// garbage collector's work is the submission's cost too).
func cpuMicros() int64 {
	var usage syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &usage)
	return usage.Utime.Sec*1e6 + usage.Utime.Usec + usage.Stime.Sec*1e6 + usage.Stime.Usec
}

func residentBytes() int64 {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	fields := strings.Fields(string(data))
	if len(fields) < 2 {
		return 0
	}
	pages, _ := strconv.ParseInt(fields[1], 10, 64)
	return pages * int64(os.Getpagesize())
}

// outcome is a call's end: its CPU seconds and the exception it raised, if any.
type outcome struct {
	cpu   float64
	err   error
	panic *panicInfo
}

type panicInfo struct {
	kind, message, trace string
	line                 any
}

func (o outcome) response() map[string]any {
	if o.panic != nil {
		return map[string]any{"ok": false, "error": errorInfo(o.panic.kind, o.panic.message, o.panic.trace, o.panic.line, false), "cpu": o.cpu}
	}
	kind := "TypeError"
	if re, ok := o.err.(runnerError); ok {
		kind = re.kind
	}
	return map[string]any{"ok": false, "error": errorInfo(kind, o.err.Error(), "", nil, false), "cpu": o.cpu}
}

func errorInfo(kind, message, trace string, line any, loading bool) map[string]any {
	return map[string]any{
		"type": kind, "message": clip(message, textCap), "traceback": clip(trace, 4*textCap), "line": line, "column": nil,
		"classes": []any{}, "args": nil, "loading": loading,
	}
}

func clip(text string, limit int) string {
	if len(text) <= limit {
		return text
	}
	return text[:limit] + fmt.Sprintf("... [%d more characters]", len(text)-limit)
}

// timed runs one call under the per-call CPU limit; a panic is the call's
// exception, with the submission's own frames as its trace.
func (w *watchdog) timed(id any, work func() error) (result outcome) {
	w.callID.Store(idBox{id})
	start := cpuMicros()
	w.started.Store(start)
	defer func() {
		w.started.Store(-1)
		result.cpu = float64(cpuMicros()-start) / 1e6
		if raised := recover(); raised != nil {
			result.err = fmt.Errorf("panic")
			result.panic = describePanic(raised)
		}
	}()
	result.err = work()
	return result
}

var sourceFile = "solution.go"

func describePanic(raised any) *panicInfo {
	info := &panicInfo{kind: "RuntimeError", message: fmt.Sprint(raised)}
	if err, ok := raised.(runtime.Error); ok {
		info.kind = runtimeErrorKind(err.Error())
		info.message = err.Error()
	} else if err, ok := raised.(error); ok {
		info.message = err.Error()
	}
	pcs := make([]uintptr, 64)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(3, pcs)])
	var lines []string
	for {
		frame, more := frames.Next()
		if strings.HasSuffix(frame.File, sourceFile) && !strings.HasPrefix(frame.Function, "runtime.") {
			if info.line == nil {
				info.line = frame.Line
			}
			function := frame.Function[strings.LastIndex(frame.Function, ".")+1:]
			lines = append(lines, fmt.Sprintf("  File \"%s\", line %d, in %s\n", sourceFile, frame.Line, function))
		}
		if !more {
			break
		}
	}
	for k := len(lines) - 1; k >= 0; k-- { // outermost first, as Python's traces read
		info.trace += lines[k]
	}
	return info
}

// runtimeErrorKind names a Go runtime panic as the Python exception the tests know.
func runtimeErrorKind(message string) string {
	switch {
	case strings.Contains(message, "index out of range"), strings.Contains(message, "slice bounds out of range"):
		return "IndexError"
	case strings.Contains(message, "divide by zero"):
		return "ZeroDivisionError"
	}
	return "RuntimeError"
}
