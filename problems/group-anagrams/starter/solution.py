def group_anagrams(strs: list[str]) -> list[list[str]]:
    """Anagrams grouped; members in input order, groups by first appearance."""
    raise NotImplementedError("write your solution here")
