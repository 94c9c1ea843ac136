package judgerunner

import (
	"fmt"
	"runtime"
)

// startThread serves a concurrent call (the judge's test threads call at
// once: the request says "thread") on a goroutine of its own, while the main
// loop goes on reading requests, so a call that blocks until another one
// arrives (a Dequeue waiting for an Enqueue) can be freed by it.  Its answer
// carries its request's id and is written whole (channel.send's lock).
func (r *Runner) startThread(id any, target map[string]any, t *table) {
	token := r.limits.enter(id)
	go func() {
		defer r.limits.leave(token)
		response := r.answerCall(target, t, threaded)
		response["id"] = id
		r.ch.send(response)
	}()
}

// threaded runs a concurrent call.  No per-call CPU limit: the watchdog's
// clock is the process's, which overlapping calls share; the judge's wall
// limit and the runner's whole-process CPU limit hold.  The CPU reported is
// the call's own: a goroutine has no CPU clock, so it is locked to its OS
// thread for the call and that thread's clock is read (time spent blocked in
// a wait costs nothing).  A panic is the call's exception, as on the main loop.
func threaded(work func() error) (result outcome) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	start := threadMicros()
	defer func() {
		result.cpu = float64(threadMicros()-start) / 1e6
		if raised := recover(); raised != nil {
			result.err = fmt.Errorf("panic")
			result.panic = describePanic(raised)
		}
	}()
	result.err = work()
	return result
}
