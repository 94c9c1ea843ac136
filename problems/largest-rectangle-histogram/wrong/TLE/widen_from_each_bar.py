# fails: test_large_input
# Correct but O(n^2): from each bar it widens left and right while the bars are
# at least as high, which covers the whole histogram for each bar of a rising run.
def largest_rectangle_area(heights: list[int]) -> int:
    best = 0
    n = len(heights)
    for i, height in enumerate(heights):
        left = i
        while left > 0 and heights[left - 1] >= height:
            left -= 1
        right = i
        while right + 1 < n and heights[right + 1] >= height:
            right += 1
        best = max(best, height * (right - left + 1))
    return best
