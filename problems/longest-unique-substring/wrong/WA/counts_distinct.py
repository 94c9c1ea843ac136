# fails: test_examples, test_adjacent_repeats, test_matches_reference
# Counts the distinct characters of the whole string, not of one substring.
def longest_unique_substring(s: str) -> int:
    return len(set(s))
