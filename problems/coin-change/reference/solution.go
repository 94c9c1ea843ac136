// fewest[a] is the fewest coins that make a, built up from 0; amount+1
// stands for "cannot be made" (no answer needs that many coins, and adding 1
// to it cannot overflow). O(amount * len(coins)).
func coinChange(coins []int, amount int) int {
	unreachable := amount + 1
	fewest := make([]int, amount+1)
	for a := 1; a <= amount; a++ {
		fewest[a] = unreachable
		for _, coin := range coins {
			if coin <= a && fewest[a-coin]+1 < fewest[a] {
				fewest[a] = fewest[a-coin] + 1
			}
		}
	}
	if fewest[amount] == unreachable {
		return -1
	}
	return fewest[amount]
}
