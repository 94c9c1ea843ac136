def first_repeat(nums: list[int]) -> int:
    seen = []
    for x in nums:
        if x in seen:
            return x
        seen.append(x)
    return -1
