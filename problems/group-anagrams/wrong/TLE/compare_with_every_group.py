# fails: test_large_input
# Correct but O(n^2 k): compares each string's letter counts with every group found so far; 10,000 groups of one.
from collections import Counter


def group_anagrams(strs: list[str]) -> list[list[str]]:
    groups: list[tuple[Counter[str], list[str]]] = []
    for word in strs:
        counts = Counter(word)
        for letters, members in groups:
            if letters == counts:
                members.append(word)
                break
        else:
            groups.append((counts, [word]))
    return [members for _, members in groups]
