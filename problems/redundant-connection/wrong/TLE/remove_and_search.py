# fails: test_large_input
# Removes each edge in turn, keeping the last whose removal leaves the graph connected: O(n) per edge, O(n^2) in all.
def find_redundant_connection(edges: list[list[int]]) -> list[int]:
    n = len(edges)
    answer = []
    for skip in range(n):
        neighbours = [[] for _ in range(n + 1)]
        for i, (a, b) in enumerate(edges):
            if i != skip:
                neighbours[a].append(b)
                neighbours[b].append(a)
        seen = {1}
        stack = [1]
        while stack:
            for nxt in neighbours[stack.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        if len(seen) == n:
            answer = edges[skip]
    return answer
