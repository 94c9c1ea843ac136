/**
 * A min-heap of the k largest values seen so far: its root is the k-th
 * largest.  O(n log k).  Values past 2**53 arrive as BigInts; they are only
 * compared with <, which mixes BigInts and numbers exactly.
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
var findKthLargest = function (nums, k) {
    const heap = [];
    const swap = (i, j) => ([heap[i], heap[j]] = [heap[j], heap[i]]);
    const siftUp = (i) => {
        while (i > 0 && heap[i] < heap[(i - 1) >> 1]) {
            swap(i, (i - 1) >> 1);
            i = (i - 1) >> 1;
        }
    };
    const siftDown = (i) => {
        for (;;) {
            let smallest = i;
            for (const child of [2 * i + 1, 2 * i + 2]) {
                if (child < heap.length && heap[child] < heap[smallest]) smallest = child;
            }
            if (smallest === i) return;
            swap(i, smallest);
            i = smallest;
        }
    };
    for (const value of nums) {
        if (heap.length < k) {
            heap.push(value);
            siftUp(heap.length - 1);
        } else if (heap[0] < value) {
            heap[0] = value; // the smallest of the k largest drops out
            siftDown(0);
        }
    }
    return heap[0];
};
