# fails: test_large_input
# Correct memoised recursion, but it recurses up to m + n = 1000 levels deep: over the recursion limit (RecursionError).
from functools import cache


def edit_distance(word1: str, word2: str) -> int:
    @cache
    def distance(i: int, j: int) -> int:
        if i == len(word1) or j == len(word2):
            return len(word1) - i + len(word2) - j
        if word1[i] == word2[j]:
            return distance(i + 1, j + 1)
        return 1 + min(distance(i + 1, j), distance(i, j + 1), distance(i + 1, j + 1))

    return distance(0, 0)
