# fails: test_examples, test_last_of_the_cycle, test_matches_reference
# Union-find over the edges from the END of the list: it returns the FIRST cycle edge in the list, not the last.
def find_redundant_connection(edges: list[list[int]]) -> list[int]:
    parent = list(range(len(edges) + 1))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in reversed(edges):
        ra, rb = root(a), root(b)
        if ra == rb:
            return [a, b]
        parent[ra] = rb
    return []
