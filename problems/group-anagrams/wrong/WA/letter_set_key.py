# fails: test_examples, test_same_letters_different_counts, test_matches_reference
# Keys each group by the set of letters, not their counts: "ab" and "aab" land in one group.
def group_anagrams(strs: list[str]) -> list[list[str]]:
    groups: dict[frozenset[str], list[str]] = {}
    for word in strs:
        groups.setdefault(frozenset(word), []).append(word)
    return list(groups.values())
