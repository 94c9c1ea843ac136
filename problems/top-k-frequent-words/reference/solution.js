/**
 * Counts each word in a Map, then keeps the k best distinct words in a
 * min-heap whose root is the worst of them: the lowest count and, on a tie,
 * the later word in plain string order (< compares UTF-16 units, which for
 * lowercase letters is alphabetical).  O(n log k); the input is not changed.
 * @param {string[]} words
 * @param {number} k
 * @return {string[]}
 */
var topKFrequent = function (words, k) {
    const counts = new Map();
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    // worse(a, b): a ranks below b, so a leaves the heap before b.
    const worse = (a, b) => counts.get(a) < counts.get(b) || (counts.get(a) === counts.get(b) && a > b);
    const heap = [];
    const swap = (i, j) => ([heap[i], heap[j]] = [heap[j], heap[i]]);
    const siftUp = (i) => {
        while (i > 0 && worse(heap[i], heap[(i - 1) >> 1])) {
            swap(i, (i - 1) >> 1);
            i = (i - 1) >> 1;
        }
    };
    const siftDown = (i) => {
        for (;;) {
            let lowest = i;
            for (const child of [2 * i + 1, 2 * i + 2]) {
                if (child < heap.length && worse(heap[child], heap[lowest])) lowest = child;
            }
            if (lowest === i) return;
            swap(i, lowest);
            i = lowest;
        }
    };
    for (const word of counts.keys()) {
        if (heap.length < k) {
            heap.push(word);
            siftUp(heap.length - 1);
        } else if (worse(heap[0], word)) {
            heap[0] = word; // the worst of the k best drops out
            siftDown(0);
        }
    }
    const best = [];
    while (heap.length > 0) {
        best.push(heap[0]);
        const last = heap.pop();
        if (heap.length > 0) {
            heap[0] = last;
            siftDown(0);
        }
    }
    return best.reverse();
};
