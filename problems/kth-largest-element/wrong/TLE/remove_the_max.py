# fails: test_large_input
# Removes the maximum k - 1 times, scanning the whole list each time: O(n * k), O(n^2) when k is about n / 2.
def find_kth_largest(nums: list[int], k: int) -> int:
    rest = list(nums)
    for _ in range(k - 1):
        rest.remove(max(rest))
    return max(rest)
