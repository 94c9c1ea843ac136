// fails: test_large_input
// Tries every coin at every step without remembering results: exponential in the amount.
func coinChange(coins []int, amount int) int {
	if amount == 0 {
		return 0
	}
	best := -1
	for _, coin := range coins {
		if coin > amount {
			continue
		}
		if rest := coinChange(coins, amount-coin); rest >= 0 && (best < 0 || rest+1 < best) {
			best = rest + 1
		}
	}
	return best
}
