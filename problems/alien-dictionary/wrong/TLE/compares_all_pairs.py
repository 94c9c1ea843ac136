# fails: test_large_input
# Correct but compares every pair of words, not just neighbours: O(n^2 * L).
def alien_order(words: list[str]) -> str:
    letters = {c for word in words for c in word}
    later = {c: set() for c in letters}
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            for a, b in zip(words[i], words[j]):
                if a != b:
                    later[a].add(b)
                    break
            else:
                if len(words[i]) > len(words[j]):
                    return ""
    waiting = {c: 0 for c in letters}
    for c in letters:
        for d in later[c]:
            waiting[d] += 1
    ready = [c for c in letters if waiting[c] == 0]
    order = []
    while ready:
        c = ready.pop()
        order.append(c)
        for d in later[c]:
            waiting[d] -= 1
            if waiting[d] == 0:
                ready.append(d)
    return "".join(order) if len(order) == len(letters) else ""
