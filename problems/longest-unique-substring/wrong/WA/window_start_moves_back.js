// fails: test_stale_repeat, test_unicode_and_spaces, test_large_input, test_matches_reference
// Moves the window's start past every earlier copy, even one already outside the window:
// in "abba" the last a sends the start back to 1, and the window "bba" counts as unique.
var longestUniqueSubstring = function (s) {
    const chars = [...s];
    const lastSeen = new Map();
    let start = 0;
    let longest = 0;
    for (let i = 0; i < chars.length; i++) {
        if (lastSeen.has(chars[i])) start = lastSeen.get(chars[i]) + 1;
        lastSeen.set(chars[i], i);
        longest = Math.max(longest, i - start + 1);
    }
    return longest;
};
