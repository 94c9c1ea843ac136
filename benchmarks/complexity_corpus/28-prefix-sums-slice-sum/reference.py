def prefix_sums(nums: list[int]) -> list[int]:
    # A running total: O(n).
    out: list[int] = []
    total = 0
    for x in nums:
        total += x
        out.append(total)
    return out
