// fails: test_examples, test_impossible, test_largest_coin_first_fails, test_duplicate_coins, test_large_input, test_matches_reference
// Marks "cannot be made" with INT_MAX, then adds 1 to it: the sum wraps to INT_MIN, which wins
// every comparison, so an amount that cannot be made gets a negative count.
class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        vector<int> dp(amount + 1, INT_MAX);
        dp[0] = 0;
        for (int i = 1; i <= amount; ++i)
            for (int coin : coins)
                if (coin <= i) dp[i] = min(dp[i], dp[i - coin] + 1);
        return dp[amount] == INT_MAX ? -1 : dp[amount];
    }
};
