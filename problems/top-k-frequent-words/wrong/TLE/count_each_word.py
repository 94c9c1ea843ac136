# fails: test_large_input
# Correct but O(n * distinct words): words.count rescans the whole list for every distinct word.
def top_k_frequent(words: list[str], k: int) -> list[str]:
    return sorted(set(words), key=lambda word: (-words.count(word), word))[:k]
