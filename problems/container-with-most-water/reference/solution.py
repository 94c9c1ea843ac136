def max_area(height: list[int]) -> int:
    # Start with the widest container.  Moving the taller line inwards can
    # only lose width without raising the water level (the shorter line
    # still caps it), so the shorter line is the one that may be worth moving.
    best = 0
    left, right = 0, len(height) - 1
    while left < right:
        if height[left] <= height[right]:
            best = max(best, height[left] * (right - left))
            left += 1
        else:
            best = max(best, height[right] * (right - left))
            right -= 1
    return best
