# fails: test_large_input
# Correct but O(n^2): for every bar, scans the whole list for the tallest bar on each side.
def trap(height: list[int]) -> int:
    water = 0
    for i in range(len(height)):
        left = max(height[: i + 1])
        right = max(height[i:])
        water += min(left, right) - height[i]
    return water
