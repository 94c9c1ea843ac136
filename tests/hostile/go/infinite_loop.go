// verdict: TLE
// Never returns: the per-call CPU limit ends it (the watchdog preempts a tight loop).
func solve(n int) int {
	for {
		n++
	}
}
