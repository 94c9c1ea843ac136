# Never finds a pair.
def two_sum(nums: list[int], target: int) -> list[int]:
    return []
