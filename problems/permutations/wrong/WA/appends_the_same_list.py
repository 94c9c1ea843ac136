# fails: test_examples, test_one_and_two_values, test_matches_reference
# Appends the arrangement it keeps changing instead of a copy: every entry of
# the answer is that one list, empty again once the search is done.
def permute(nums: list[int]) -> list[list[int]]:
    found, arrangement = [], []

    def extend():
        if len(arrangement) == len(nums):
            found.append(arrangement)
            return
        for value in nums:
            if value not in arrangement:
                arrangement.append(value)
                extend()
                arrangement.pop()

    extend()
    return found
