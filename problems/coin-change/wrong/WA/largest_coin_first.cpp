// fails: test_examples, test_largest_coin_first_fails, test_duplicate_coins, test_large_input, test_matches_reference
// Greedy: takes as many of the largest coin as fit, then the next; optimal only for coin systems like 1, 2, 5.
class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        sort(coins.rbegin(), coins.rend());
        int count = 0;
        for (int coin : coins) {
            count += amount / coin;
            amount %= coin;
        }
        return amount == 0 ? count : -1;
    }
};
