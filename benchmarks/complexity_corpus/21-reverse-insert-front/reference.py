def reverse(nums: list[int]) -> list[int]:
    # Walk from the end, appending: O(n).
    out: list[int] = []
    for i in range(len(nums) - 1, -1, -1):
        out.append(nums[i])
    return out
