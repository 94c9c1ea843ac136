# fails: test_prefix_rule, test_arbitrary_lists
# Only looks for the first differing letter; never notices a word placed before its own prefix.
from collections import deque


def alien_order(words: list[str]) -> str:
    letters = dict.fromkeys(c for word in words for c in word)
    later = {c: set() for c in letters}
    for first, second in zip(words, words[1:]):
        for a, b in zip(first, second):
            if a != b:
                later[a].add(b)
                break
    waiting = dict.fromkeys(letters, 0)
    for c in letters:
        for d in later[c]:
            waiting[d] += 1
    ready = deque(c for c in letters if waiting[c] == 0)
    order = []
    while ready:
        c = ready.popleft()
        order.append(c)
        for d in later[c]:
            waiting[d] -= 1
            if waiting[d] == 0:
                ready.append(d)
    return "".join(order) if len(order) == len(letters) else ""
