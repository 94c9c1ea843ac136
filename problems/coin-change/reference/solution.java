import java.util.Arrays;

/**
 * Bottom-up table: fewest[a] is the fewest coins that make a, amount + 1 meaning "cannot be made"
 * (no answer needs that many, and adding 1 to it cannot overflow). O(amount * coins).
 */
class Solution {
    public int coinChange(int[] coins, int amount) {
        int[] fewest = new int[amount + 1];
        Arrays.fill(fewest, amount + 1);
        fewest[0] = 0;
        for (int a = 1; a <= amount; a++) {
            for (int coin : coins) {
                if (coin <= a) fewest[a] = Math.min(fewest[a], fewest[a - coin] + 1);
            }
        }
        return fewest[amount] > amount ? -1 : fewest[amount];
    }
}
