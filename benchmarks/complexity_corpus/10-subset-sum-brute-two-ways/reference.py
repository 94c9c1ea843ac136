def has_subset_sum(nums: list[int], k: int) -> bool:
    # Include or exclude each value: 2^(n+1) - 1 calls when no subset works.
    n = len(nums)

    def search(i: int, total: int, used: bool) -> bool:
        if i == n:
            return used and total == k
        return search(i + 1, total + nums[i], True) or search(i + 1, total, used)

    return search(0, 0, False)
