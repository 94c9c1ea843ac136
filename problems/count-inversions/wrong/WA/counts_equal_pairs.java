// fails: test_duplicates, test_large_input, test_matches_reference
// Takes from the right run on ties too, so equal values count as inversions.
class Solution {
    public long countInversions(long[] nums) {
        long count = 0;
        long[] items = nums.clone();
        long[] merged = new long[items.length];
        for (int width = 1; width < items.length; width *= 2) {
            for (int lo = 0; lo < items.length; lo += 2 * width) {
                int mid = Math.min(lo + width, items.length);
                int hi = Math.min(lo + 2 * width, items.length);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    if (items[i] < items[j]) {
                        merged[k++] = items[i++];
                    } else {
                        merged[k++] = items[j++];
                        count += mid - i;
                    }
                }
                while (i < mid) merged[k++] = items[i++];
                while (j < hi) merged[k++] = items[j++];
            }
            long[] swap = items;
            items = merged;
            merged = swap;
        }
        return count;
    }
}
