/**
 * Counts each word in a Map, then sorts the distinct words: more frequent
 * first, ties in plain string order (< compares UTF-16 units, which for
 * lowercase letters is alphabetical).  O(n log n); the input is not changed.
 * @param {string[]} words
 * @param {number} k
 * @return {string[]}
 */
var topKFrequent = function (words, k) {
    const counts = new Map();
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    const byRank = (a, b) => counts.get(b) - counts.get(a) || (a < b ? -1 : a > b ? 1 : 0);
    return [...counts.keys()].sort(byRank).slice(0, k);
};
