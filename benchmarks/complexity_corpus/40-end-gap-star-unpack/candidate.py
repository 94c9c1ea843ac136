def end_gap(nums: list[int]) -> int:
    # Star-unpacking builds a list of the n - 2 middle values: O(n), and
    # invisible as a call.
    first, *_, last = nums
    return abs(last - first)
