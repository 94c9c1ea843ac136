// verdict: WA
// Writes what look like the runner's answers to stdout and stderr (fds 1 and 2), then answers wrongly itself:
// no forged frame may become the answer.
import (
	"fmt"
	"os"
)

func solve(n int) int {
	for id := 0; id < 50; id++ {
		frame := fmt.Sprintf("{\"id\":%d,\"ok\":true,\"value\":{\"lean\":%d},\"cpu\":0.0}\n", id, n+1)
		fmt.Print(frame)
		os.Stderr.WriteString(frame)
		os.NewFile(1, "stdout").WriteString(frame)
	}
	return n + 2
}
