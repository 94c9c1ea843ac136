# fails: test_examples, test_no_pair
# Checks the map after inserting, so one element can pair with itself.
def two_sum(nums: list[int], target: int) -> list[int]:
    seen: dict[int, int] = {}
    for j, value in enumerate(nums):
        seen.setdefault(value, j)
        i = seen.get(target - value)
        if i is not None:
            return sorted([i, j])
    return []
