// fails: test_examples, test_wrong_kind_or_order, test_matches_reference
// Counts each kind on its own, not the order between kinds: "([)]" passes.
var isValid = function (s) {
    const depth = { "(": 0, "[": 0, "{": 0 };
    const openerOf = { ")": "(", "]": "[", "}": "{" };
    for (const ch of s) {
        if (ch in depth) depth[ch]++;
        else if (--depth[openerOf[ch]] < 0) return false;
    }
    return Object.values(depth).every((count) => count === 0);
};
