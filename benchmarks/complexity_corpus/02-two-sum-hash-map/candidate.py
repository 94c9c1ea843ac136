def two_sum(nums: list[int], target: int) -> list[int]:
    # One pass with a hash map from value to its first index: O(n).
    seen: dict[int, int] = {}
    for j, value in enumerate(nums):
        i = seen.get(target - value)
        if i is not None:
            return [i, j]
        seen.setdefault(value, j)
    return []
