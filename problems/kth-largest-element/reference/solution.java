import java.util.PriorityQueue;

/** A min-heap of the k largest values seen so far; its top is the k-th largest: O(n log k). */
class Solution {
    public long findKthLargest(long[] nums, int k) {
        PriorityQueue<Long> largest = new PriorityQueue<>(k + 1);
        for (long value : nums) {
            largest.offer(value);
            if (largest.size() > k) largest.poll();
        }
        return largest.peek();
    }
}
