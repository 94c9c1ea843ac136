# fails: test_examples, test_wide_basin, test_nested_basins, test_large_input, test_matches_reference
# Fills each bar only up to the lower of its two neighbours: a basin wider than one bar is not filled.
def trap(height: list[int]) -> int:
    water = 0
    for i in range(1, len(height) - 1):
        water += max(0, min(height[i - 1], height[i + 1]) - height[i])
    return water
