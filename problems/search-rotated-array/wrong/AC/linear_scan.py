# complexity: worse
# Correct, but looks at every value in turn: O(n) against the O(log n) the
# statement asks for.  No time limit catches it (passing the list in costs
# as much), so the complexity hint must.
def search_rotated(nums: list[int], target: int) -> int:
    for i, value in enumerate(nums):
        if value == target:
            return i
    return -1
