// verdict: RE
// Panics in a goroutine of its own, out of the runner's reach: the whole process dies.
import "time"

func solve(n int) int {
	go func() { panic("from a goroutine") }()
	time.Sleep(500 * time.Millisecond)
	return n + 1
}
