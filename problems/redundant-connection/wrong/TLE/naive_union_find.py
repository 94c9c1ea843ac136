# fails: test_large_input
# Union-find with neither path compression nor union by size: roots form a chain, O(n) per find, O(n^2) in all.
def find_redundant_connection(edges: list[list[int]]) -> list[int]:
    parent = list(range(len(edges) + 1))

    def root(node: int) -> int:
        while parent[node] != node:
            node = parent[node]
        return node

    for a, b in edges:
        ra, rb = root(a), root(b)
        if ra == rb:
            return [a, b]
        parent[ra] = rb
    return []
