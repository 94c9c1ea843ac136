# fails: test_examples, test_contradiction, test_arbitrary_lists
# DFS topological sort with a plain visited set: a back edge (a cycle) is silently ignored.
def alien_order(words: list[str]) -> str:
    letters = dict.fromkeys(c for word in words for c in word)
    later = {c: [] for c in letters}
    for first, second in zip(words, words[1:]):
        for a, b in zip(first, second):
            if a != b:
                later[a].append(b)
                break
        else:
            if len(first) > len(second):
                return ""
    visited = set()
    finished = []

    def visit(c):
        visited.add(c)
        for d in later[c]:
            if d not in visited:
                visit(d)
        finished.append(c)

    for c in letters:
        if c not in visited:
            visit(c)
    return "".join(reversed(finished))
