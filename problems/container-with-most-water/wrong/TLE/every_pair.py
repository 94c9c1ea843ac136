# fails: test_large_input
# Correct but O(n^2): tries every pair of lines, about 5 * 10**9 pairs on the large input.
def max_area(height: list[int]) -> int:
    best = 0
    for i in range(len(height)):
        for j in range(i + 1, len(height)):
            best = max(best, min(height[i], height[j]) * (j - i))
    return best
