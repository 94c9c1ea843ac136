from collections import deque


def alien_order(words: list[str]) -> str:
    # Dicts as ordered sets: iteration follows first appearance, never hashing,
    # so the answer is the same on every run.
    letters = dict.fromkeys(c for word in words for c in word)
    later: dict[str, dict[str, None]] = {c: {} for c in letters}  # c -> letters known to come after c
    for first, second in zip(words, words[1:]):
        for a, b in zip(first, second):
            if a != b:
                later[a][b] = None  # the first difference is the only thing a pair tells us
                break
        else:
            if len(first) > len(second):
                return ""  # a word placed before its own proper prefix: no order can do that
    # Kahn's algorithm: repeatedly take a letter that nothing left must precede.
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
    return "".join(order) if len(order) == len(letters) else ""  # leftovers sit on a cycle
