// verdict: MLE
// Allocates and touches memory without end: the runner's watchdog (and, in Docker, the cgroup) stops it.
func solve(n int) int {
	var kept [][]byte
	for {
		block := make([]byte, 1<<20)
		for i := 0; i < len(block); i += 4096 {
			block[i] = 1
		}
		kept = append(kept, block)
		n += len(kept)
	}
}
