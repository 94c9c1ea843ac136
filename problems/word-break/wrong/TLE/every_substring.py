# fails: test_large_input
# Correct DP, but tries every earlier cut j for each i, not just the word lengths: O(n^2) slices.
def word_break(s: str, word_dict: list[str]) -> bool:
    words = set(word_dict)
    fits = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        for j in range(i):
            if fits[j] and s[j:i] in words:
                fits[i] = True
                break
    return fits[len(s)]
