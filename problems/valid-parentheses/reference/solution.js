/**
 * A stack of the closers still expected: O(n).
 * @param {string} s
 * @return {boolean}
 */
var isValid = function (s) {
    const closerOf = { "(": ")", "[": "]", "{": "}" };
    const expected = [];
    for (const ch of s) {
        if (ch in closerOf) expected.push(closerOf[ch]);
        else if (expected.pop() !== ch) return false;
    }
    return expected.length === 0;
};
