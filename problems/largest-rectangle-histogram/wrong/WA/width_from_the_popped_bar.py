# fails: test_examples, test_rising_and_falling, test_matches_reference
# Takes a popped bar's rectangle as starting at the bar itself, but it also
# reaches left over the taller bars popped before it: [2, 1, 2] gives 2, not 3.
def largest_rectangle_area(heights: list[int]) -> int:
    best = 0
    rising = []
    for right, height in enumerate([*heights, 0]):
        while rising and heights[rising[-1]] >= height:
            start = rising.pop()
            best = max(best, heights[start] * (right - start))
        rising.append(right)
    return best
