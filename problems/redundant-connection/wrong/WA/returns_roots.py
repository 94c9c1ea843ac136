# fails: test_examples, test_triangle, test_matches_reference
# Finds the right edge, but returns its ends' union-find roots (one node, twice) instead of the edge itself.
def find_redundant_connection(edges: list[list[int]]) -> list[int]:
    parent = list(range(len(edges) + 1))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in edges:
        ra, rb = root(a), root(b)
        if ra == rb:
            return [ra, rb]
        parent[ra] = rb
    return []
