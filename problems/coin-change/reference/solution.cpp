// fewest[a] is the fewest coins that make a, built up from 0; amount + 1
// stands for "cannot be made" (no answer needs that many coins, and adding 1
// to it cannot overflow). O(amount * coins.size()).
class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        const int unreachable = amount + 1;
        vector<int> fewest(amount + 1, unreachable);
        fewest[0] = 0;
        for (int a = 1; a <= amount; ++a)
            for (int coin : coins)
                if (coin <= a) fewest[a] = min(fewest[a], fewest[a - coin] + 1);
        return fewest[amount] == unreachable ? -1 : fewest[amount];
    }
};
