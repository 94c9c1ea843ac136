def reverse(nums: list[int]) -> list[int]:
    # insert(0, x) shifts the whole list (a memmove): O(n^2) in total.
    out: list[int] = []
    for x in nums:
        out.insert(0, x)
    return out
