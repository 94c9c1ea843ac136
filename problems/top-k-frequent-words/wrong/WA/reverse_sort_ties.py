# fails: test_examples, test_all_tied, test_tie_at_the_cutoff, test_matches_reference
# Sorts by (count, word) with reverse=True: the counts come out right, the ties in reverse alphabetical order.
from collections import Counter


def top_k_frequent(words: list[str], k: int) -> list[str]:
    counts = Counter(words)
    return sorted(counts, key=lambda word: (counts[word], word), reverse=True)[:k]
