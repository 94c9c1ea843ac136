// verdict: TLE
// Sleeps instead of answering: no CPU spent, the wall limit ends it.
import "time"

func solve(n int) int {
	time.Sleep(time.Hour)
	return n + 1
}
