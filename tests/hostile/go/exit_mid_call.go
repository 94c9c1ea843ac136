// verdict: RE
// os.Exit(0) in the middle of a call: the runner is gone without an answer, never AC.
import "os"

func solve(n int) int {
	os.Exit(0)
	return n + 1
}
