/**
 * Bottom-up: fewest[a] is the fewest coins that make a, built from every
 * smaller amount one coin away.  O(amount * coins).
 * @param {number[]} coins
 * @param {number} amount
 * @return {number}
 */
var coinChange = function (coins, amount) {
    const fewest = new Array(amount + 1).fill(Infinity);
    fewest[0] = 0;
    for (let a = 1; a <= amount; a++) {
        for (const coin of coins) {
            if (coin <= a && fewest[a - coin] + 1 < fewest[a]) fewest[a] = fewest[a - coin] + 1;
        }
    }
    return fewest[amount] === Infinity ? -1 : fewest[amount];
};
