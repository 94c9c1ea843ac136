def find_redundant_connection(edges: list[list[int]]) -> list[int]:
    # Union-find over the edges in order: the first edge whose ends are
    # already connected closes the cycle, and every other cycle edge came
    # before it, so it is the last cycle edge in the list.
    parent = list(range(len(edges) + 1))
    size = [1] * (len(edges) + 1)

    def root(node: int) -> int:
        top = node
        while parent[top] != top:
            top = parent[top]
        while parent[node] != top:  # path compression, without recursion
            parent[node], node = top, parent[node]
        return top

    for a, b in edges:
        ra, rb = root(a), root(b)
        if ra == rb:
            return [a, b]
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        parent[rb] = ra  # the smaller tree goes under the larger
        size[ra] += size[rb]
    return []  # unreachable for valid input: n edges on n nodes always close a cycle
