# fails: test_examples, test_best_letter_is_not_the_longest_run, test_large_input, test_matches_reference
# Greedy: extends the longest run by k characters, but a letter with shorter runs split by single others can win.
def character_replacement(s: str, k: int) -> int:
    longest = run = 0
    for i, char in enumerate(s):
        run = run + 1 if i and char == s[i - 1] else 1
        longest = max(longest, run)
    return min(len(s), longest + k)
