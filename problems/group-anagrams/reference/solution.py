def group_anagrams(strs: list[str]) -> list[list[str]]:
    # Anagrams have the same sorted letters: that is the group's key.  Dicts
    # keep insertion order, so the groups come out by first appearance and
    # each group's members in input order.
    groups: dict[str, list[str]] = {}
    for word in strs:
        groups.setdefault("".join(sorted(word)), []).append(word)
    return list(groups.values())
