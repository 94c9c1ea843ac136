# fails: test_examples, test_wide_basin, test_equal_walls, test_nested_basins, test_large_input, test_matches_reference
# Monotonic stack that fills each layer between two walls, but takes the layer's width as i - wall instead of i - wall - 1.
def trap(height: list[int]) -> int:
    water = 0
    stack: list[int] = []
    for i, h in enumerate(height):
        while stack and height[stack[-1]] < h:
            bottom = height[stack.pop()]
            if not stack:
                break
            wall = stack[-1]
            water += (min(height[wall], h) - bottom) * (i - wall)
        stack.append(i)
    return water
