def trap(height: list[int]) -> int:
    # The water over a bar is capped by the lower of the two tallest walls
    # around it.  Whichever side's tallest wall so far is lower caps the bar
    # next to it on that side (the other side holds something at least as
    # tall), so that bar is settled and its pointer moves inwards.
    water = 0
    left, right = 0, len(height) - 1
    left_max = right_max = 0
    while left < right:
        left_max = max(left_max, height[left])
        right_max = max(right_max, height[right])
        if left_max <= right_max:
            water += left_max - height[left]
            left += 1
        else:
            water += right_max - height[right]
            right -= 1
    return water
