def largest_rectangle_area(heights: list[int]) -> int:
    # A stack of bars with increasing heights, each one's left edge being just
    # after the bar below it on the stack. A lower bar ends the rectangles of
    # the taller bars above it: each is popped once, its area known then. A
    # final bar of height 0 pops whatever is left.
    best = 0
    rising: list[int] = []  # indices; their heights increase bottom to top
    for right, height in enumerate([*heights, 0]):
        while rising and heights[rising[-1]] >= height:
            top = heights[rising.pop()]
            left = rising[-1] + 1 if rising else 0
            best = max(best, top * (right - left))
        rising.append(right)
    return best
