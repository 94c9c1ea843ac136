// verdict: CE
// Does not compile: a missing return value.
func solve(n int) int {
	return
}
