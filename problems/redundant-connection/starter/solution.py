def find_redundant_connection(edges: list[list[int]]) -> list[int]:
    """The last edge in `edges` whose removal leaves a tree."""
    return []
