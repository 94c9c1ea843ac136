// fails: test_examples, test_impossible, test_coins_larger_than_amount, test_large_input, test_matches_reference
// The right table, but an amount no coins make is answered with the table's Infinity, not -1.
var coinChange = function (coins, amount) {
    const fewest = new Array(amount + 1).fill(Infinity);
    fewest[0] = 0;
    for (let a = 1; a <= amount; a++) {
        for (const coin of coins) {
            if (coin <= a) fewest[a] = Math.min(fewest[a], fewest[a - coin] + 1);
        }
    }
    return fewest[amount];
};
