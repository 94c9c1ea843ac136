# A syntax error on line 4.
def two_sum(nums: list[int], target: int) -> list[int]:
    seen = {}
    for j, value in enumerate(nums)
        seen[value] = j
    return []
