# fails: test_examples, test_order, test_large_input, test_matches_reference
# Groups correctly but returns the groups sorted, and each group sorted, instead of in the order of the input.
def group_anagrams(strs: list[str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for word in strs:
        groups.setdefault("".join(sorted(word)), []).append(word)
    return sorted(sorted(group) for group in groups.values())
