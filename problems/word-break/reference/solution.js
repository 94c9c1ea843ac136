/**
 * canEnd[i]: s[0, i) splits into words.  Position i is reachable from an
 * earlier reachable j when s[j, i) is a word; only the last (longest word)
 * positions can be such a j.  O(n * L) Set lookups, L the longest word.
 * @param {string} s
 * @param {string[]} wordDict
 * @return {boolean}
 */
var wordBreak = function (s, wordDict) {
    const words = new Set(wordDict);
    const longest = Math.max(0, ...wordDict.map((word) => word.length));
    const canEnd = new Array(s.length + 1).fill(false);
    canEnd[0] = true; // the empty prefix needs no words
    for (let i = 1; i <= s.length; i++) {
        for (let j = Math.max(0, i - longest); j < i && !canEnd[i]; j++) {
            canEnd[i] = canEnd[j] && words.has(s.substring(j, i));
        }
    }
    return canEnd[s.length];
};
