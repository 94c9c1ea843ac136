def window_max(nums: list[int], k: int) -> list[int]:
    # max() over a fresh slice for every window: O((n - k + 1) * k) in C.
    return [max(nums[i : i + k]) for i in range(len(nums) - k + 1)]
