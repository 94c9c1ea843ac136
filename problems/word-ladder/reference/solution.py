from collections import defaultdict, deque


def ladder_length(begin_word: str, end_word: str, word_list: list[str]) -> int:
    words = set(word_list)
    if end_word not in words:
        return 0
    # Words one letter apart share a pattern with that letter blanked out:
    # "hot" and "dot" are both in the "*ot" bucket.
    buckets: defaultdict[str, list[str]] = defaultdict(list)
    for word in words:
        for pattern in _patterns(word):
            buckets[pattern].append(word)
    # Breadth-first: the first time end_word is reached, the ladder is shortest.
    seen = {begin_word}
    queue = deque([(begin_word, 1)])
    while queue:
        word, length = queue.popleft()
        if word == end_word:
            return length
        for pattern in _patterns(word):
            # Every word of a bucket is reached the first time the bucket is
            # opened, so each bucket is emptied once: O(N * L) patterns in all.
            for neighbour in buckets.pop(pattern, ()):
                if neighbour not in seen:
                    seen.add(neighbour)
                    queue.append((neighbour, length + 1))
    return 0


def _patterns(word: str) -> list[str]:
    return [word[:i] + "*" + word[i + 1 :] for i in range(len(word))]
