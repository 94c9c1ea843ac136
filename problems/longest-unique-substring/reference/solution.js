/**
 * Sliding window over the characters, with each character's last position:
 * a repeat inside the window moves its start just past the earlier copy.
 * O(n).  [...s] splits by code point, so "😀" (two UTF-16 units) is one
 * character, as it is in the statement.
 * @param {string} s
 * @return {number}
 */
var longestUniqueSubstring = function (s) {
    const chars = [...s];
    const lastSeen = new Map();
    let start = 0;
    let longest = 0;
    for (let i = 0; i < chars.length; i++) {
        const before = lastSeen.get(chars[i]);
        if (before !== undefined && before >= start) start = before + 1; // a repeat before the window is stale
        lastSeen.set(chars[i], i);
        longest = Math.max(longest, i - start + 1);
    }
    return longest;
};
