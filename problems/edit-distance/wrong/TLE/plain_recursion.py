# fails: test_large_input
# Correct recursion over the three operations, but without memoisation: up to 3 branches per step, exponential.
def edit_distance(word1: str, word2: str) -> int:
    if not word1 or not word2:
        return len(word1) + len(word2)
    if word1[0] == word2[0]:
        return edit_distance(word1[1:], word2[1:])
    return 1 + min(edit_distance(word1[1:], word2), edit_distance(word1, word2[1:]), edit_distance(word1[1:], word2[1:]))
