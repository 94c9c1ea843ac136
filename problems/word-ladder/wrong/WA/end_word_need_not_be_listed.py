# fails: test_end_word_not_in_list, test_matches_reference
# Stops when a word is one change from end_word, without checking that end_word is in the list.
from collections import deque


def ladder_length(begin_word: str, end_word: str, word_list: list[str]) -> int:
    words = set(word_list)
    seen = {begin_word}
    queue = deque([(begin_word, 1)])
    while queue:
        word, length = queue.popleft()
        if sum(a != b for a, b in zip(word, end_word, strict=True)) == 1:
            return length + 1
        for i in range(len(word)):
            for letter in "abcdefghijklmnopqrstuvwxyz":
                neighbour = word[:i] + letter + word[i + 1 :]
                if neighbour in words and neighbour not in seen:
                    seen.add(neighbour)
                    queue.append((neighbour, length + 1))
    return 0
