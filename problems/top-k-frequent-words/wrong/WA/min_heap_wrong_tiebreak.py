# fails: test_tie_at_the_cutoff, test_matches_reference
# A size-k min-heap of (count, word): on a tie it pops the alphabetically SMALLER
# word, the one that should stay, so the wrong words survive at the cutoff.
import heapq
from collections import Counter


def top_k_frequent(words: list[str], k: int) -> list[str]:
    heap: list[tuple[int, str]] = []
    for word, count in Counter(words).items():
        heapq.heappush(heap, (count, word))
        if len(heap) > k:
            heapq.heappop(heap)
    return [word for _, word in sorted(heap, key=lambda item: (-item[0], item[1]))]
