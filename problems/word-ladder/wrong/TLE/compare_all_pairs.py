# fails: test_large_input
# Correct BFS, but builds the graph by comparing every pair of words: O(N^2 * L) for N words.
from collections import deque


def ladder_length(begin_word: str, end_word: str, word_list: list[str]) -> int:
    words = list(dict.fromkeys([begin_word, *word_list]))
    if end_word not in word_list:
        return 0
    neighbours = {word: [] for word in words}
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            if sum(x != y for x, y in zip(a, b, strict=True)) == 1:
                neighbours[a].append(b)
                neighbours[b].append(a)
    seen = {begin_word}
    queue = deque([(begin_word, 1)])
    while queue:
        word, length = queue.popleft()
        if word == end_word:
            return length
        for neighbour in neighbours[word]:
            if neighbour not in seen:
                seen.add(neighbour)
                queue.append((neighbour, length + 1))
    return 0
