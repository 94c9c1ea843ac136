// fails: test_examples, test_impossible, test_matches_reference
// Marks "cannot be made" with math.MaxInt, then adds 1 to it: the sum wraps to a large negative
// number, which wins every comparison, so an amount that cannot be made gets a negative count.
import "math"

func coinChange(coins []int, amount int) int {
	fewest := make([]int, amount+1)
	for a := 1; a <= amount; a++ {
		fewest[a] = math.MaxInt
		for _, coin := range coins {
			if coin <= a && fewest[a-coin]+1 < fewest[a] {
				fewest[a] = fewest[a-coin] + 1
			}
		}
	}
	if fewest[amount] == math.MaxInt {
		return -1
	}
	return fewest[amount]
}
