/**
 * Neighbouring words give one edge each (their first differing letters); a
 * topological sort of the letters (Kahn's algorithm) is the order, and a
 * letter left over sits on a cycle: O(total length of the words).
 * @param {string[]} words
 * @return {string}
 */
var alienOrder = function (words) {
    // A Map iterates in insertion order, so the answer is the same on every run.
    const after = new Map(); // letter -> Set of letters known to come after it
    for (const word of words) for (const c of word) if (!after.has(c)) after.set(c, new Set());
    for (let w = 1; w < words.length; w++) {
        const first = words[w - 1];
        const second = words[w];
        const shorter = Math.min(first.length, second.length);
        let i = 0;
        while (i < shorter && first[i] === second[i]) i++;
        if (i < shorter) after.get(first[i]).add(second[i]);
        else if (first.length > second.length) return ""; // a word before its own proper prefix
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
