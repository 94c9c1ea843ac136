# fails: test_examples, test_two_lines, test_large_input, test_matches_reference
# Width off by one: counts the lines from i to j (j - i + 1) instead of the distance between them (j - i).
def max_area(height: list[int]) -> int:
    best = 0
    left, right = 0, len(height) - 1
    while left < right:
        best = max(best, min(height[left], height[right]) * (right - left + 1))
        if height[left] <= height[right]:
            left += 1
        else:
            right -= 1
    return best
