# fails: test_shortest_of_several, test_matches_reference
# Depth-first search: returns the length of the first ladder it finds, which need not be the shortest.
def ladder_length(begin_word: str, end_word: str, word_list: list[str]) -> int:
    words = set(word_list)
    if end_word not in words:
        return 0
    seen = set()
    stack = [(begin_word, 1)]
    while stack:
        word, length = stack.pop()
        if word == end_word:
            return length
        if word in seen:
            continue
        seen.add(word)
        for i in range(len(word)):
            for letter in "abcdefghijklmnopqrstuvwxyz":
                neighbour = word[:i] + letter + word[i + 1 :]
                if neighbour in words and neighbour not in seen:
                    stack.append((neighbour, length + 1))
    return 0
