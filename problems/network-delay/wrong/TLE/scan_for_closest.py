# fails: test_large_input
# Correct Dijkstra, but finds the next closest node by scanning all n nodes: O(V^2 + E).
def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    links = [[] for _ in range(n + 1)]
    for u, v, w in times:
        links[u].append((v, w))
    inf = float("inf")
    dist = [inf] * (n + 1)
    dist[k] = 0
    done = [False] * (n + 1)
    for _ in range(n):
        node = min((v for v in range(1, n + 1) if not done[v]), key=lambda v: dist[v])
        if dist[node] == inf:
            return -1
        done[node] = True
        for nxt, w in links[node]:
            dist[nxt] = min(dist[nxt], dist[node] + w)
    return max(dist[1:])
