# fails: test_negative_numbers, test_matches_reference
# Skips negative values: a common shortcut that looks right on the examples.
def two_sum(nums: list[int], target: int) -> list[int]:
    seen: dict[int, int] = {}
    for j, value in enumerate(nums):
        if value < 0:
            continue
        i = seen.get(target - value)
        if i is not None:
            return [i, j]
        seen.setdefault(value, j)
    return []
