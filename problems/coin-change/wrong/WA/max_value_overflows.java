// fails: test_examples, test_impossible, test_matches_reference
// Marks "cannot be made" with Integer.MAX_VALUE, then adds 1 to it: the sum wraps to
// Integer.MIN_VALUE, which wins every Math.min, so an amount that cannot be made gets a negative count.
import java.util.Arrays;

class Solution {
    public int coinChange(int[] coins, int amount) {
        int[] dp = new int[amount + 1];
        Arrays.fill(dp, Integer.MAX_VALUE);
        dp[0] = 0;
        for (int i = 1; i <= amount; i++) {
            for (int coin : coins) {
                if (coin <= i) dp[i] = Math.min(dp[i], dp[i - coin] + 1);
            }
        }
        return dp[amount] == Integer.MAX_VALUE ? -1 : dp[amount];
    }
}
