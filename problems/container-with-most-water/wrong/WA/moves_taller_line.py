# fails: test_examples, test_large_input, test_matches_reference
# Two pointers that move the taller line inwards: the shorter line keeps capping every later container.
def max_area(height: list[int]) -> int:
    best = 0
    left, right = 0, len(height) - 1
    while left < right:
        best = max(best, min(height[left], height[right]) * (right - left))
        if height[left] > height[right]:
            left += 1
        else:
            right -= 1
    return best
