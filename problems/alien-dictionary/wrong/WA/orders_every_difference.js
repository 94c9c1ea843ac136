// fails: test_large_input, test_sorted_lists, test_arbitrary_lists
// Takes an ordering from EVERY position where neighbouring words differ, not just the first:
// "ab" < "ba" then also claims b < a, and valid dictionaries look like cycles.
var alienOrder = function (words) {
    const after = new Map();
    for (const word of words) for (const c of word) if (!after.has(c)) after.set(c, new Set());
    for (let w = 1; w < words.length; w++) {
        const first = words[w - 1];
        const second = words[w];
        const shorter = Math.min(first.length, second.length);
        let differs = false;
        for (let i = 0; i < shorter; i++) {
            if (first[i] !== second[i]) {
                after.get(first[i]).add(second[i]);
                differs = true;
            }
        }
        if (!differs && first.length > second.length) return "";
    }
    const waiting = new Map();
    for (const c of after.keys()) waiting.set(c, 0);
    for (const later of after.values()) for (const d of later) waiting.set(d, waiting.get(d) + 1);
    const ready = [...after.keys()].filter((c) => waiting.get(c) === 0);
    const order = [];
    for (let head = 0; head < ready.length; head++) {
        const c = ready[head];
        order.push(c);
        for (const d of after.get(c)) {
            waiting.set(d, waiting.get(d) - 1);
            if (waiting.get(d) === 0) ready.push(d);
        }
    }
    return order.length === after.size ? order.join("") : "";
};
