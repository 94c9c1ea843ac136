import heapq
from collections import Counter


def top_k_frequent(words: list[str], k: int) -> list[str]:
    # nsmallest keeps a heap of k candidates: O(n log k) instead of sorting every word.
    counts = Counter(words)
    return heapq.nsmallest(k, counts, key=lambda word: (-counts[word], word))
