// verdict: RE
// Pins goroutines to OS threads blocked in system calls until threads run out: Go's fatal thread exhaustion.
import (
	"runtime"
	"syscall"
)

func solve(n int) int {
	for i := 0; i < 100000; i++ {
		go func() {
			runtime.LockOSThread()
			var fds [2]int
			syscall.Pipe(fds[:])
			buffer := make([]byte, 1)
			syscall.Read(fds[0], buffer)
		}()
	}
	select {}
}
