# fails: test_large_input
# Quickselect with the first element as pivot: on sorted input each pass peels off one value, O(n^2) (and deeper than the recursion limit).
def find_kth_largest(nums: list[int], k: int) -> int:
    pivot = nums[0]
    larger = [value for value in nums if value > pivot]
    equal = sum(1 for value in nums if value == pivot)
    if k <= len(larger):
        return find_kth_largest(larger, k)
    if k <= len(larger) + equal:
        return pivot
    return find_kth_largest([value for value in nums if value < pivot], k - len(larger) - equal)
