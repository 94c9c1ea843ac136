# fails: test_single_word, test_letters_without_constraints, test_sorted_lists
# Builds the graph from the ordering edges only: a letter in no edge never gets into the answer.
from collections import deque


def alien_order(words: list[str]) -> str:
    later = {}
    waiting = {}
    for first, second in zip(words, words[1:]):
        for a, b in zip(first, second):
            if a != b:
                later.setdefault(b, set())
                waiting.setdefault(a, 0)
                if b not in later.setdefault(a, set()):
                    later[a].add(b)
                    waiting[b] = waiting.get(b, 0) + 1
                break
        else:
            if len(first) > len(second):
                return ""
    ready = deque(c for c in waiting if waiting[c] == 0)
    order = []
    while ready:
        c = ready.popleft()
        order.append(c)
        for d in later[c]:
            waiting[d] -= 1
            if waiting[d] == 0:
                ready.append(d)
    return "".join(order) if len(order) == len(waiting) else ""
