# fails: test_examples, test_rising_and_falling, test_matches_reference
# Measures a bar's rectangle only when a lower bar pops it: bars still on the
# stack at the end (a rising run up to the last bar) are never measured.
def largest_rectangle_area(heights: list[int]) -> int:
    best = 0
    rising = []
    for right, height in enumerate(heights):
        while rising and heights[rising[-1]] >= height:
            top = heights[rising.pop()]
            left = rising[-1] + 1 if rising else 0
            best = max(best, top * (right - left))
        rising.append(right)
    return best
