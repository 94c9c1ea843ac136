package main

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"syscall"
)

const (
	exitCPULimit = 152
	exitMemory   = 153
	exitOutput   = 155
	fatalExit    = 2    // how the Go runtime leaves on a fatal error or an uncaught panic
	afterFatal   = 4096 // bytes of the runtime's report kept after its first line
)

// ended is how a case's binary ended: its exit code, or the signal that killed it.
type ended struct {
	code   int
	signal syscall.Signal
}

// supervise runs the submission's binary on this process's stdin and stdout,
// its stderr through a filter: the Go runtime's report of a fatal error or
// an uncaught panic dumps every goroutine (a thread bomb's is megabytes), so
// only its first lines go on, and a fatal "out of memory" becomes the
// memory limit's exit code instead of a crash.
func supervise(binary string, args []string, dir string) ended {
	child := exec.Command(binary, args...)
	child.Stdin, child.Stdout, child.Dir = os.Stdin, os.Stdout, dir
	stderr, err := child.StderrPipe()
	if err != nil {
		fail(err)
	}
	if err := child.Start(); err != nil {
		fail(err)
	}
	outOfMemory := filterReport(stderr)
	err = child.Wait()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		fail(err)
	}
	status, _ := child.ProcessState.Sys().(syscall.WaitStatus)
	if status.Signaled() {
		return ended{signal: status.Signal()}
	}
	if status.ExitStatus() == fatalExit && outOfMemory {
		return ended{code: exitMemory}
	}
	return ended{code: status.ExitStatus()}
}

// filterReport copies the child's stderr to ours until the runtime's report
// begins, then only its first afterFatal bytes; whether it said out of memory.
func filterReport(stderr interface{ Read([]byte) (int, error) }) bool {
	reader := bufio.NewReaderSize(stderr, 1<<16)
	budget := -1 // no report yet: everything goes on
	outOfMemory := false
	for {
		line, err := reader.ReadSlice('\n')
		if budget < 0 && isReportStart(line) {
			budget = afterFatal
		}
		if budget >= 0 {
			outOfMemory = outOfMemory || bytes.Contains(line, []byte("out of memory"))
			if len(line) > budget {
				line = line[:budget]
			}
			budget -= len(line)
		}
		os.Stderr.Write(line)
		if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
			return outOfMemory
		}
	}
}

func isReportStart(line []byte) bool {
	for _, start := range []string{"fatal error: ", "panic: ", "runtime: out of memory", "runtime: program exceeds"} {
		if bytes.HasPrefix(line, []byte(start)) {
			return true
		}
	}
	return false
}

// leave ends this process the way the case's binary ended: the same exit
// code, a CPU or file-size signal as the codes the judge reads for them,
// any other signal as SIGKILL (the judge reads it as a crash).
func leave(how ended) {
	switch how.signal {
	case 0:
		os.Exit(how.code)
	case syscall.SIGXCPU:
		os.Exit(exitCPULimit)
	case syscall.SIGXFSZ:
		os.Exit(exitOutput)
	}
	_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
	select {}
}
