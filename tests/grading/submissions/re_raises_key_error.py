# A KeyError on line 6, on every input.
def two_sum(nums: list[int], target: int) -> list[int]:
    seen: dict[int, int] = {}
    for j, value in enumerate(nums):
        seen[value] = j
    return [seen[target + 10**30], 0]
